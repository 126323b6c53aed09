import { CsvError, parse } from 'csv-parse/sync';

/** One line of data as a spreadsheet numbers it: the header is row 1, and a cell spanning lines stays in its row. */
export interface CsvRow {
  rowNumber: number;
  cells: string[];
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

export type CsvProblem = { problem: 'empty' } | { problem: 'malformed'; line: number };

export class CsvTableError extends Error {
  constructor(readonly detail: CsvProblem) {
    super(detail.problem === 'empty' ? 'The file has no header row.' : `The file cannot be read as CSV (at line ${detail.line}).`);
    this.name = 'CsvTableError';
  }
}

const SEPARATORS = [';', ',', '\t'] as const;
/** Excel's own way to name the separator: a first line "sep=;". */
const SEPARATOR_LINE = /^sep=(.)\r?\n/i;

/**
 * The separator the header row uses. Danish Excel writes ";" (the comma is the decimal mark), most other tools ","
 * and "Unicode text" a tab; the one found most often outside quotes in the first line with anything in it wins, ";" on a tie.
 */
export function detectSeparator(text: string): string {
  const firstLine = text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '';
  const counts = new Map<string, number>(SEPARATORS.map((separator) => [separator, 0]));
  let quoted = false;
  for (const character of firstLine) {
    if (character === '"') quoted = !quoted;
    else if (!quoted && counts.has(character)) counts.set(character, counts.get(character)! + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  return best && best[1] > 0 ? best[0] : ',';
}

/**
 * A CSV file's header and data rows, cells trimmed. Rows with nothing in them (";;;" lines Excel leaves below a
 * table) are dropped, keeping the numbers of the others; a row may have fewer or more cells than the header.
 */
export function readCsvTable(text: string): CsvTable {
  const named = SEPARATOR_LINE.exec(text);
  const body = named ? text.slice(named[0].length) : text;
  const delimiter = named?.[1] ?? detectSeparator(body);
  let records: string[][];
  try {
    records = parse(body, { delimiter, relax_column_count: true, relax_quotes: true, bom: true, trim: true });
  } catch (error) {
    if (error instanceof CsvError) throw new CsvTableError({ problem: 'malformed', line: typeof error.lines === 'number' ? error.lines : 1 });
    throw error;
  }
  const numbered = records.map((cells, index) => ({ rowNumber: index + 1, cells })).filter((row) => row.cells.some((cell) => cell !== ''));
  const [header, ...rows] = numbered;
  if (!header) throw new CsvTableError({ problem: 'empty' });
  return { header: header.cells, rows };
}
