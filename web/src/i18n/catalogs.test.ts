import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from './languages';

const WEB_SRC = new URL('..', import.meta.url).pathname;

/** Every folder holding catalogs: `i18n/` itself and each screen under `features/`. */
function catalogFolders(): string[] {
  const features = readdirSync(join(WEB_SRC, 'features')).map((name) => join(WEB_SRC, 'features', name));
  return [join(WEB_SRC, 'i18n'), ...features].filter((folder) => readdirSync(folder).some((file) => /^[a-z]{2}\.json$/.test(file)));
}

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keys(inner, prefix ? `${prefix}.${key}` : key));
}

function catalog(folder: string, language: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(folder, `${language}.json`), 'utf8'));
}

describe('the message catalogs', () => {
  it.each(catalogFolders().map((folder) => [folder.slice(WEB_SRC.length)]))('of %s have the same keys in Danish and English', (folder) => {
    const [first, ...others] = UI_LANGUAGES.map((language) => keys(catalog(join(WEB_SRC, folder), language)).sort());
    for (const other of others) expect(other).toEqual(first);
  });

  it('have no empty text', () => {
    for (const folder of catalogFolders()) {
      for (const language of UI_LANGUAGES) {
        const empty = keys(catalog(folder, language)).filter((key) => {
          const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog(folder, language));
          return typeof text !== 'string' || text.trim() === '';
        });
        expect(empty, `${folder} ${language}`).toEqual([]);
      }
    }
  });
});
