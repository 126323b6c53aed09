import type { Engine } from '../database.js';

/** The few column types that differ between the engines; migrations name them through this. */
export interface ColumnTypes {
  instant: 'timestamptz' | 'text';
  /** Raw bytes (an uploaded image): Buffer in and out on both engines. */
  bytes: 'bytea' | 'blob';
}

export function columnTypes(engine: Engine): ColumnTypes {
  return engine === 'postgres' ? { instant: 'timestamptz', bytes: 'bytea' } : { instant: 'text', bytes: 'blob' };
}
