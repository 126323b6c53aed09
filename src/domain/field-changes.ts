/** What an update really changes: each field's value before and after, or undefined when nothing changes. */
export interface FieldChanges<T> {
  before: Partial<T>;
  after: Partial<T>;
}

/**
 * Compares the fields an update asks for with the current ones. A field left out (undefined) keeps its value, so
 * that the same request sent twice changes nothing the second time.
 */
export function fieldChanges<T extends object>(current: T, wanted: Partial<T>): FieldChanges<T> | undefined {
  const changed = (Object.keys(wanted) as (keyof T)[]).filter((field) => wanted[field] !== undefined && wanted[field] !== current[field]);
  if (changed.length === 0) return undefined;
  return {
    before: Object.fromEntries(changed.map((field) => [field, current[field]])) as Partial<T>,
    after: Object.fromEntries(changed.map((field) => [field, wanted[field]])) as Partial<T>,
  };
}
