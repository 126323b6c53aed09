import { MAX_DURATION_MINUTES, MIN_DURATION_MINUTES, INTERVIEW_TYPES } from '@domain/interview';
import { SUPPORTED_LANGUAGES } from '@domain/languages';
import * as z from 'zod/mini';
import { FRESH_OFFER } from './wizard-start';
import type { InviteWizardState } from './wizard-state';

/**
 * The wizard kept in the tab's sessionStorage, one per project: a reload brings it back at the same step with
 * everything typed; a new tab starts afresh. What is read is checked whole, because it may have been written by an
 * older release or edited by hand: anything that does not fit is a fresh start, never a crash.
 */
export function wizardStorageKey(projectId: string): string {
  return `samtale.invite-to-interview.${projectId}`;
}

const language = z.enum(SUPPORTED_LANGUAGES);
const text = z.string();
const wholeMinutes = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

const messageStep = z.object({
  action: z.enum(['send_email', 'no_email']),
  from: text,
  variants: z.partialRecord(language, z.object({ subject: text, body: text })),
  includeConfirmLink: z.nullable(z.boolean()),
  reminder: z.object({
    channel: z.enum(['none', 'email', 'sms', 'sms_email']),
    daysBefore: z.literal([1, 2, 3, 5, 7]),
    email: z.partialRecord(language, z.object({ subject: text, body: text, signature: text })),
    sms: z.partialRecord(language, z.object({ text })),
  }),
  sendWithoutSmsToMissingMobile: z.boolean(),
});

const offerStep = z.object({
  seatsPerSlot: z.int().check(z.minimum(1), z.maximum(50)),
  windows: z.array(z.object({ date: text, from: text, to: text })),
  slots: z.array(z.object({ date: text, time: text })),
  deadline: z.object({ date: text, time: text }),
});

const storedWizard = z.object({
  version: z.literal(1),
  projectId: text,
  step: z.literal([1, 2]),
  // Absent in a wizard stored before times could be offered: it fixed the time.
  mode: z.optional(z.enum(['fixed', 'offer'])),
  applicants: z
    .array(z.object({ applicationId: z.string().check(z.minLength(1)), name: text, language: text, hasMobile: z.boolean() }))
    .check(z.minLength(1)),
  interview: z.object({
    type: z.enum(INTERVIEW_TYPES),
    recruiterIds: z.array(text),
    date: text,
    time: text,
    durationMinutes: wholeMinutes(MIN_DURATION_MINUTES, MAX_DURATION_MINUTES),
    breakMinutes: wholeMinutes(0, 240),
    location: text,
    meetingUrl: text,
  }),
  offer: z.optional(offerStep),
  message: z.nullable(messageStep),
});

/** The wizard stored for `projectId`, or null when there is none or it cannot be read as one. */
export function parseWizard(stored: string | null, projectId: string): InviteWizardState | null {
  if (!stored) return null;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return null;
  }
  const result = storedWizard.safeParse(value);
  if (!result.success || result.data.projectId !== projectId) return null;
  const { mode = 'fixed', offer = FRESH_OFFER, ...rest } = result.data;
  return { ...rest, mode, offer };
}

export function loadWizard(storage: Pick<Storage, 'getItem'> | undefined, projectId: string): InviteWizardState | null {
  try {
    return parseWizard(storage?.getItem(wizardStorageKey(projectId)) ?? null, projectId);
  } catch {
    return null;
  }
}

export function saveWizard(storage: Pick<Storage, 'setItem'> | undefined, wizard: InviteWizardState): void {
  try {
    storage?.setItem(wizardStorageKey(wizard.projectId), JSON.stringify(wizard));
  } catch {
    // Storage full or refused (private mode): the wizard still works, only a reload would start it afresh.
  }
}

/** Sent or closed: the next Invite to interview in this project starts afresh. */
export function forgetWizard(storage: Pick<Storage, 'removeItem'> | undefined, projectId: string): void {
  try {
    storage?.removeItem(wizardStorageKey(projectId));
  } catch {
    // Refused: what is left is only read back for the same applicants, and then it is what they typed.
  }
}
