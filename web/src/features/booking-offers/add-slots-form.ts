import * as z from 'zod/mini';
import type { AddSlotsBody } from './queries';

/**
 * "Tilføj tider": windows of a day (date, from, to), filled with slots like the offer's others, and single slots
 * (date, time), all in the organisation's zone. The checks as typed, the body sent, and the server's refusals read
 * back to the row they name. Messages are catalog keys under `booking-offers:add.errors`.
 */
export interface AddSlotsValues {
  windows: { date: string; from: string; to: string }[];
  slots: { date: string; time: string }[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

const date = z.string().check(z.regex(DATE, 'dateMissing'));
const time = z.string().check(z.regex(TIME, 'timeMissing'));

export const addSlotsSchema = z
  .object({
    windows: z.array(
      z.object({ date, from: time, to: time }).check(
        z.refine((window) => !TIME.test(window.from) || !TIME.test(window.to) || window.to > window.from, { message: 'toBeforeFrom', path: ['to'] }),
      ),
    ),
    slots: z.array(z.object({ date, time })),
  })
  .check(z.refine((values) => values.windows.length + values.slots.length > 0, { message: 'nothingToAdd', path: ['root'] }));

export function addSlotsBody(values: AddSlotsValues): AddSlotsBody {
  return { ...(values.windows.length > 0 && { windows: values.windows }), ...(values.slots.length > 0 && { slots: values.slots }) };
}

/** What the server says is wrong with a window or slot, as a catalog key where it is one we know. */
export type SlotProblem = 'overlaps' | 'inPast' | 'tooShort' | 'nonexistent' | 'invalid';

const KNOWN: [RegExp, SlotProblem][] = [
  [/^overlap/, 'overlaps'],
  [/^is in the past/, 'inPast'],
  [/^is too short/, 'tooShort'],
  [/clocks skip/, 'nonexistent'],
  [/^is not a real date/, 'invalid'],
];

export interface ServerProblem {
  /** `windows.1`, `slots.0`, or `root` for the form as a whole (too many times, or the windows together). */
  at: string;
  /** A known problem, said in the reader's language; otherwise the server's own sentence. */
  problem: SlotProblem | null;
  message: string;
}

/**
 * The 400's details, each to its row: the server names `windows[1]` or `slots[0]` (its own rules) or
 * `windows.1.from` (the schema's), perhaps after `body.`; anything wider is the form's.
 */
export function serverProblems(details: unknown): ServerProblem[] {
  if (!Array.isArray(details)) return [];
  return details.flatMap((detail: unknown) => {
    if (typeof detail !== 'object' || detail === null || !('field' in detail) || typeof detail.field !== 'string') return [];
    const message = 'message' in detail && typeof detail.message === 'string' ? detail.message : '';
    const row = /^(?:body\.)?(windows|slots)(?:\[(\d+)\]|\.(\d+))/.exec(detail.field);
    const at = row ? `${row[1]}.${row[2] ?? row[3]}` : 'root';
    return [{ at, problem: KNOWN.find(([pattern]) => pattern.test(message))?.[1] ?? null, message }];
  });
}
