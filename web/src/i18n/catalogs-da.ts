import { byNamespace } from './catalog-namespaces';

/** Every Danish catalog, in one chunk loaded when the screens are in Danish. */
export default byNamespace(import.meta.glob<Record<string, unknown>>(['./da.json', '../features/*/da.json', '../features/*/*/da.json'], { eager: true, import: 'default' }));
