import { byNamespace } from './catalog-namespaces';

/** Every English catalog, in one chunk loaded when the screens are in English. */
export default byNamespace(import.meta.glob<Record<string, unknown>>(['./en.json', '../features/*/en.json', '../features/*/*/en.json'], { eager: true, import: 'default' }));
