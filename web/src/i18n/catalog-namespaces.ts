/**
 * The catalogs of one language by namespace: the frame's own `i18n/<language>.json` is `common`, a screen's
 * `features/<screen>/<language>.json` is `<screen>`, and a part's one folder down is `<screen>/<part>`.
 */
export function byNamespace(catalogs: Record<string, Record<string, unknown>>): Record<string, Record<string, unknown>> {
  return Object.fromEntries(
    Object.entries(catalogs).map(([path, catalog]) => {
      const [, folder] = /(?:features\/([^/]+(?:\/[^/]+)?)\/)?[a-z]{2}\.json$/.exec(path) ?? [];
      return [folder ?? 'common', catalog];
    }),
  );
}
