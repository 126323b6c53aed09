import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UI_LANGUAGES } from './languages';

const WEB_SRC = new URL('..', import.meta.url).pathname;

const subfolders = (folder: string) =>
  readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(folder, entry.name));

/** Every folder holding catalogs: `i18n/` itself, each screen under `features/` and each part of a screen one further down. */
function catalogFolders(): string[] {
  const features = subfolders(join(WEB_SRC, 'features'));
  return [join(WEB_SRC, 'i18n'), ...features, ...features.flatMap(subfolders)].filter((folder) =>
    readdirSync(folder).some((file) => /^[a-z]{2}\.json$/.test(file)),
  );
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
