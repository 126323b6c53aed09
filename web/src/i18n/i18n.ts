import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { UiLanguage } from './languages';

/**
 * Message catalogs: the frame's own in `i18n/<language>.json` (namespace `common`), and one pair per screen in
 * `features/<screen>/<language>.json` (namespace `<screen>`), so a screen and its words live together. A part of a
 * screen built on its own keeps its words one folder down, `features/<screen>/<part>/` (namespace `<screen>/<part>`),
 * so two people building one screen never edit the same catalog.
 *
 * Each language's catalogs are one chunk, loaded before the first screen in that language: the first load brings
 * one language's words, not both, and switching language loads the other's before the screens change.
 */
const CATALOGS: Record<UiLanguage, () => Promise<{ default: Record<string, Record<string, unknown>> }>> = {
  da: () => import('./catalogs-da'),
  en: () => import('./catalogs-en'),
};

const catalogsOf = async (language: string) => (language in CATALOGS ? (await CATALOGS[language as UiLanguage]()).default : {});

/** i18next asks for a language's namespace on a change of language; the language's chunk answers for all of them. */
const catalogBackend: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    catalogsOf(language).then(
      (catalogs) => callback(null, catalogs[namespace] ?? {}),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

export async function startI18n(language: UiLanguage) {
  const catalogs = await catalogsOf(language);
  return i18next
    .use(catalogBackend)
    .use(initReactI18next)
    .init({
      resources: { [language]: catalogs },
      // The other language comes from the backend when the screens change to it.
      partialBundledLanguages: true,
      ns: Object.keys(catalogs),
      lng: language,
      fallbackLng: false,
      defaultNS: 'common',
      fallbackNS: 'common',
      interpolation: { escapeValue: false },
      returnNull: false,
    });
}

export { i18next };
