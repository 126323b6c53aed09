import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { UI_LANGUAGES, type UiLanguage } from './languages';

/**
 * Message catalogs: the frame's own in `i18n/<language>.json` (namespace `common`), and one pair per screen in
 * `features/<screen>/<language>.json` (namespace `<screen>`), so a screen and its words live together. A part of a
 * screen built on its own keeps its words one folder down, `features/<screen>/<part>/` (namespace `<screen>/<part>`),
 * so two people building one screen never edit the same catalog.
 */
const catalogs = import.meta.glob<Record<string, unknown>>(['./*.json', '../features/*/*.json', '../features/*/*/*.json'], {
  eager: true,
  import: 'default',
});

function resources(): Resource {
  const result: Resource = Object.fromEntries(UI_LANGUAGES.map((language) => [language, {}]));
  for (const [path, catalog] of Object.entries(catalogs)) {
    const [, folder, language] = /(?:features\/([^/]+(?:\/[^/]+)?)\/)?([a-z]{2})\.json$/.exec(path) ?? [];
    if (!language || !(UI_LANGUAGES as readonly string[]).includes(language)) continue;
    result[language]![folder ?? 'common'] = catalog;
  }
  return result;
}

export function startI18n(language: UiLanguage) {
  return i18next.use(initReactI18next).init({
    resources: resources(),
    lng: language,
    fallbackLng: false,
    defaultNS: 'common',
    fallbackNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
}

export { i18next };
