/** The largest logo the server takes (src/domain/organisation-logo.ts). */
export const MAX_LOGO_BYTES = 200_000;

/** Why a logo was not taken, for the screen to word; catalog keys under `organisation-settings/logo:problems`. */
export type LogoProblem = 'empty' | 'too_large' | 'not_png_or_jpeg';

const KNOWN: readonly string[] = ['empty', 'too_large', 'not_png_or_jpeg'];

/** A file the screen can refuse before sending it: too large to be taken anyway. */
export function fileProblem(file: { size: number }): LogoProblem | null {
  if (file.size === 0) return 'empty';
  return file.size > MAX_LOGO_BYTES ? 'too_large' : null;
}

/** An ApiError as far as this rule reads it; structural, so it stays free of the browser-bound client. */
interface Refusal {
  status: number;
  details?: unknown;
}

/** The problem the server named in refusing an upload, or null for another failure (the network, say). */
export function refusalProblem(error: unknown): LogoProblem | null {
  if (typeof error !== 'object' || error === null || typeof (error as Refusal).status !== 'number') return null;
  const { status, details } = error as Refusal;
  if (status === 413) return 'too_large';
  if (status !== 400 || !Array.isArray(details)) return null;
  const problem: unknown = (details[0] as { problem?: unknown } | undefined)?.problem;
  return typeof problem === 'string' && KNOWN.includes(problem) ? (problem as LogoProblem) : null;
}
