import { applicantColumns, applicantValues } from './applicant-columns.js';
import { checkApplicant, type ApplicantField, type ApplicantProblem, type ApplicantValues, type NewApplicant } from './applicant-fields.js';
import { readCsvTable } from './csv-table.js';
import type { Language } from './languages.js';

/** What importing a row does. */
export type ImportOutcome = 'new_candidate' | 'existing_candidate' | 'already_in_project' | 'error';

export interface CheckedRow {
  rowNumber: number;
  /** The cells as written (trimmed), to show beside the outcome. */
  values: ApplicantValues;
  check: { ok: true; applicant: NewApplicant } | { ok: false; problems: ApplicantProblem[] };
}

export interface PlannedRow {
  rowNumber: number;
  values: ApplicantValues;
  outcome: ImportOutcome;
  problems: ApplicantProblem[];
  /** For rows to import: the applicant as stored, and the candidate reused if any. */
  applicant: NewApplicant | null;
  candidateId: string | null;
}

export const MAX_IMPORT_ROWS = 5000;

export type ImportFileProblem =
  | { problem: 'missing_columns'; columns: ApplicantField[] }
  | { problem: 'too_many_rows'; rows: number; limit: number }
  | { problem: 'no_rows' };

export class ImportFileError extends Error {
  constructor(readonly detail: ImportFileProblem) {
    super(
      detail.problem === 'missing_columns'
        ? `The file has no column for ${detail.columns.join(', ')}.`
        : detail.problem === 'too_many_rows'
          ? `The file has ${detail.rows} rows; at most ${detail.limit} can be imported at once.`
          : 'The file has a header but no rows.',
    );
    this.name = 'ImportFileError';
  }
}

/** A file's rows, each checked on its own; the file itself is refused when it lacks a needed column or is too long. */
export function checkImportFile(text: string, defaultLanguage: Language): { rows: CheckedRow[]; ignoredColumns: string[] } {
  const table = readCsvTable(text);
  const columns = applicantColumns(table.header);
  if (columns.missing.length > 0) throw new ImportFileError({ problem: 'missing_columns', columns: columns.missing });
  if (table.rows.length === 0) throw new ImportFileError({ problem: 'no_rows' });
  if (table.rows.length > MAX_IMPORT_ROWS) throw new ImportFileError({ problem: 'too_many_rows', rows: table.rows.length, limit: MAX_IMPORT_ROWS });
  const rows = table.rows.map((row) => {
    const values = applicantValues(row, columns.indexes);
    return { rowNumber: row.rowNumber, values, check: checkApplicant(values, defaultLanguage) };
  });
  return { rows, ignoredColumns: columns.ignored };
}

/** The organisation's candidates with an email of the file, by that (normalised) email. */
export type KnownCandidates = ReadonlyMap<string, { candidateId: string; inProject: boolean }>;

/**
 * What importing each row will do, given the candidates the organisation already has. A candidate is one person per
 * email: a known email reuses the candidate (their details as stored stay), and an email a row above already
 * brings is an error of the later row, so a file never adds one person twice.
 */
export function planImport(rows: CheckedRow[], known: KnownCandidates): PlannedRow[] {
  const seen = new Set<string>();
  return rows.map(({ rowNumber, values, check }) => {
    const base = { rowNumber, values, problems: [], applicant: null, candidateId: null };
    if (!check.ok) return { ...base, outcome: 'error', problems: check.problems };
    const { applicant } = check;
    if (seen.has(applicant.email)) return { ...base, outcome: 'error', problems: [{ field: 'email', problem: 'repeated' }] };
    seen.add(applicant.email);
    const candidate = known.get(applicant.email);
    if (!candidate) return { ...base, outcome: 'new_candidate', applicant };
    return { ...base, outcome: candidate.inProject ? 'already_in_project' : 'existing_candidate', applicant, candidateId: candidate.candidateId };
  });
}

/** The emails to look up before planning: those of rows that can be imported. */
export function emailsToLookUp(rows: CheckedRow[]): string[] {
  return [...new Set(rows.flatMap((row) => (row.check.ok ? [row.check.applicant.email] : [])))];
}
