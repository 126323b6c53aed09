import type { Engine } from '../database.js';

/** The few column types that differ between the engines; migrations name them through this. */
export interface ColumnTypes {
  instant: 'timestamptz' | 'text';
}

export function columnTypes(engine: Engine): ColumnTypes {
  return { instant: engine === 'postgres' ? 'timestamptz' : 'text' };
}
