/** Why the server refused a file as a whole (src/domain/csv-table.ts, applicant-import.ts), for the screen to word. */
export type FileProblem =
  | { problem: 'missing_columns'; columns: string[] }
  | { problem: 'too_many_rows'; rows: number; limit: number }
  | { problem: 'no_rows' }
  | { problem: 'empty' }
  | { problem: 'malformed'; line: number }
  | { problem: 'too_large' };

/** An ApiError as far as this rule reads it; structural, so it stays free of the browser-bound client. */
interface Refusal {
  status: number;
  details?: unknown;
}

const KNOWN = ['missing_columns', 'too_many_rows', 'no_rows', 'empty', 'malformed'];

function isRefusal(error: unknown): error is Refusal {
  return typeof error === 'object' && error !== null && typeof (error as Refusal).status === 'number';
}

export function fileProblem(error: unknown): FileProblem | null {
  if (!isRefusal(error)) return null;
  if (error.status === 413) return { problem: 'too_large' };
  if (error.status !== 400 || !Array.isArray(error.details)) return null;
  const file: unknown = (error.details[0] as { file?: unknown } | undefined)?.file;
  if (typeof file !== 'object' || file === null || !KNOWN.includes((file as { problem?: string }).problem ?? '')) return null;
  return file as FileProblem;
}
