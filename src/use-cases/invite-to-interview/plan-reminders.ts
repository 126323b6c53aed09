import type { ApplicationWithCandidate } from '../../domain/application.js';
import { fullName } from '../../domain/candidate.js';
import type { Slot } from '../../domain/interview-schedule.js';
import { renderReminderEmail, renderReminderSms, type ReminderEmailParts } from '../../domain/reminder-message.js';
import { reminderPlanner, type ReminderDaysBefore } from '../../domain/reminder-timing.js';
import { MAX_SMS_SEGMENTS, smsSegments } from '../../domain/sms-segments.js';
import type { TemplateValues } from '../../domain/template.js';
import type { Language } from '../../domain/languages.js';
import type { Organisation } from '../../domain/organisation.js';
import type { User } from '../../domain/user.js';
import { AppError, invalidField } from '../../errors.js';
import { CONFIRM_LINK_PLACEHOLDER } from '../../security/confirm-link-token.js';
import { mapInTurns } from '../in-turns.js';
import type { ReminderRequest } from './request.js';
import { checkedVariants, variantLanguage, type Variants } from './variants.js';
import type { EmailLogo } from '../../domain/organisation-logo.js';

export interface PlannedSms {
  text: string;
  segments: number;
  encoding: 'GSM-7' | 'UCS-2';
}

/**
 * What a reminder was made from, kept with it: when the interview moves, the reminder is made again from this
 * for the new time.
 */
export interface ReminderSource<P> {
  daysBefore: ReminderDaysBefore;
  language: Language;
  sender: string;
  parts: P;
}

export type PlannedReminder =
  | { status: 'none' }
  | { status: 'skipped_too_late' }
  | {
      status: 'scheduled';
      dueAt: Date;
      /** The interview's start: a reminder not sent by then is dropped. */
      notAfter: Date;
      email: { subject: string; text: string; html: string; source: ReminderSource<ReminderEmailParts> } | null;
      /** Null when the channel has no SMS, or the candidate has no mobile number. */
      sms: (PlannedSms & { source: ReminderSource<{ text: string }> }) | null;
    };

/** What the recruiter is told of a candidate's reminder. */
export type ReminderOutcome =
  | { status: 'none' }
  | { status: 'skipped_too_late' }
  | { status: 'scheduled'; dueAt: string; channels: ('email' | 'sms')[] };

export function reminderOutcome(reminder: PlannedReminder): ReminderOutcome {
  if (reminder.status !== 'scheduled') return { status: reminder.status };
  const channels = [...(reminder.email ? (['email'] as const) : []), ...(reminder.sms ? (['sms'] as const) : [])];
  return { status: 'scheduled', dueAt: reminder.dueAt.toISOString(), channels };
}

export interface ReminderWarning {
  code: 'missing_mobile';
  message: string;
  applicationId: string;
}

/** What one candidate's reminder needs to be worked out. */
export interface ReminderRecipient {
  application: ApplicationWithCandidate;
  slot: Slot;
  /** The variables' values worded in a language: the reminder's variant may differ from the invitation's. */
  valuesFor: (language: Language) => TemplateValues;
}

const usesSms = (channel: ReminderRequest['channel']) => channel === 'sms' || channel === 'sms_email';
const usesEmail = (channel: ReminderRequest['channel']) => channel === 'email' || channel === 'sms_email';

/**
 * SMS costs money and is a privilege: the organisation must have it, and the recruiter must have SMS access
 * (the web app hides the options otherwise; this refuses a request that asks anyway).
 */
function checkSmsAccess(organisation: Organisation, actor: User): void {
  if (!organisation.smsEnabled) throw new AppError('forbidden', 'SMS reminders are not enabled for your organisation.');
  if (!actor.smsAccess) throw new AppError('forbidden', 'You do not have SMS access, so you cannot send SMS reminders.');
}

/**
 * Plans each candidate's reminder: when it is due (09:00 local, N calendar days before), or that it is too late
 * for one, and its rendered email and SMS. The confirmation link stays a placeholder until sending; SMS segments
 * are counted with a link of the real length.
 */
export async function planReminders(
  request: ReminderRequest | undefined,
  recipients: ReminderRecipient[],
  context: { organisation: Organisation; actor: User; now: Date; sampleLink: string; logo: EmailLogo | null },
): Promise<{ reminders: PlannedReminder[]; warnings: ReminderWarning[] }> {
  if (!request || request.channel === 'none') return { reminders: recipients.map(() => ({ status: 'none' })), warnings: [] };
  const { organisation, actor, now, sampleLink, logo } = context;
  if (usesSms(request.channel)) checkSmsAccess(organisation, actor);
  const emailVariants = usesEmail(request.channel)
    ? checkedVariants(request.email?.variants, 'reminder.email.variants', ['subject', 'body', 'signature'])
    : null;
  const smsVariants = usesSms(request.channel) ? checkedVariants(request.sms?.variants, 'reminder.sms.variants', ['text']) : null;

  const timingOf = reminderPlanner(request.daysBefore, organisation.timeZone, now);
  const warnings: ReminderWarning[] = [];
  const reminders = await mapInTurns(recipients, ({ application, slot, valuesFor }): PlannedReminder => {
    const candidate = application.candidate;
    if (smsVariants && !candidate.mobile) {
      warnings.push({ code: 'missing_mobile', applicationId: application.id, message: `${fullName(candidate)} has no mobile number and gets no SMS reminder.` });
    }
    const timing = timingOf(slot.startsAt);
    if (timing.status === 'skipped_too_late') return timing;
    return {
      status: 'scheduled',
      dueAt: timing.dueAt,
      notAfter: slot.startsAt,
      email: emailVariants && reminderEmail(application, emailVariants, { organisation, actor, daysBefore: request.daysBefore }, valuesFor, logo),
      sms: smsVariants && candidate.mobile ? reminderSms(application, smsVariants, { organisation, actor, daysBefore: request.daysBefore }, valuesFor, sampleLink) : null,
    };
  });
  return { reminders, warnings };
}

interface SourceContext {
  organisation: Organisation;
  actor: User;
  daysBefore: ReminderDaysBefore;
}

function reminderEmail(
  application: ApplicationWithCandidate,
  variants: Variants<ReminderEmailParts>,
  context: SourceContext,
  valuesFor: ReminderRecipient['valuesFor'],
  logo: EmailLogo | null,
) {
  const { language } = variantLanguage(application, variants, context.organisation, 'reminder.email.variants');
  const parts = variants.get(language)!;
  const source = { daysBefore: context.daysBefore, language, sender: context.actor.name, parts };
  return { ...renderReminderEmail(parts, valuesFor(language), language, logo), source };
}

function reminderSms(
  application: ApplicationWithCandidate,
  variants: Variants<{ text: string }>,
  context: SourceContext,
  valuesFor: ReminderRecipient['valuesFor'],
  sampleLink: string,
) {
  const { language } = variantLanguage(application, variants, context.organisation, 'reminder.sms.variants');
  const parts = variants.get(language)!;
  const text = renderReminderSms(parts.text, valuesFor(language));
  const { segments, encoding } = smsSegments(text.replaceAll(CONFIRM_LINK_PLACEHOLDER, sampleLink));
  if (segments > MAX_SMS_SEGMENTS) {
    throw invalidField(
      `reminder.sms.variants.${language}.text`,
      `would take ${segments} SMS segments for ${fullName(application.candidate)}; at most ${MAX_SMS_SEGMENTS} are allowed. Shorten the text.`,
    );
  }
  return { text, segments, encoding, source: { daysBefore: context.daysBefore, language, sender: context.actor.name, parts } };
}
