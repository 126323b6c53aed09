import type { ApplicationAndCv, ApplicationStatus } from '../../api/types';
import { isApplicationStatus } from '../../ui/application-statuses';

export type HistoryEvent = ApplicationAndCv['history'][number];
export type InterviewType = ApplicationAndCv['invitations'][number]['interview']['type'];

/**
 * A value for a sentence of the history: plain text (a name, an action), a number (for plurals), a catalog key to
 * translate (`term`), or an instant to format in the organisation's zone (`instant`).
 */
export type SentenceValue = string | number | { term: string } | { instant: string };

/** One event of the audit trail as a sentence: a key under `history.sentence.` with its values, and what was said. */
export interface HistorySentence {
  key: string;
  values: Record<string, SentenceValue>;
  /** The candidate's own words that came with an answer, shown as a quotation under the sentence. */
  quote?: string;
}

export interface HistoryContext {
  /** Each invitation's interview type, by invitation id: the audit event names the invitation, not the type. */
  interviewTypes: ReadonlyMap<string, InterviewType>;
}

const ANSWERS = ['accepted', 'declined', 'new_time_requested', 'not_relevant'] as const;
type Answer = (typeof ANSWERS)[number];
const INTERVIEW_TYPES: readonly string[] = ['phone', 'in_person', 'group', 'video'] satisfies InterviewType[];

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown, name: string): string | undefined {
  const found = field(value, name);
  return typeof found === 'string' && found !== '' ? found : undefined;
}

function status(value: unknown): ApplicationStatus | undefined {
  const found = text(value, 'status');
  return found !== undefined && isApplicationStatus(found) ? found : undefined;
}

function isAnswer(value: string | undefined): value is Answer {
  return (ANSWERS as readonly (string | undefined)[]).includes(value);
}

/** Who did it: a recruiter by name, or "the candidate" / "the system" in the reader's language. */
function actorOf(event: HistoryEvent): SentenceValue {
  if (event.actor.type === 'candidate') return { term: 'history.actor.candidate' };
  if (event.actor.type === 'system') return { term: 'history.actor.system' };
  return event.actor.name ?? { term: 'history.actor.unknownUser' };
}

const statusTerm = (value: ApplicationStatus) => ({ term: `applicationStatus.${value}` });

const BOOKING_SENTENCES = { 'booking.booked': 'timeBooked', 'booking.changed': 'bookingChanged', 'booking.cancelled': 'bookingCancelled' } as const;

/**
 * What an audit event means, in words a recruiter reads: "Anna Holm invited the candidate to an in-person
 * interview", "The candidate accepted the invitation". An action this screen does not know yet, or an event whose
 * details are not as expected, still becomes a sentence (naming the action), never an error.
 */
export function historySentence(event: HistoryEvent, context: HistoryContext): HistorySentence {
  const actor = actorOf(event);
  const { before, after } = event;

  switch (event.action) {
    case 'application.imported': {
      const imported = status(after);
      return imported ? { key: 'imported', values: { actor, status: statusTerm(imported) } } : { key: 'importedWithoutStatus', values: { actor } };
    }
    case 'application.invited_to_interview': {
      const invitationId = text(after, 'invitationId');
      const type = invitationId === undefined ? undefined : context.interviewTypes.get(invitationId);
      const interview = { term: `history.interview.${type !== undefined && INTERVIEW_TYPES.includes(type) ? type : 'unknown'}` };
      return { key: field(after, 'email') === false ? 'invitedWithoutEmail' : 'invited', values: { actor, interview } };
    }
    case 'invitation.answered': {
      const answer = text(after, 'responseStatus');
      if (!isAnswer(answer)) break;
      const message = text(after, 'message');
      const sentence: HistorySentence =
        event.actor.type === 'candidate'
          ? { key: `answeredByCandidate.${answer}`, values: {} }
          : { key: 'answerRecorded', values: { actor, answer: { term: `responseStatus.${answer}` } } };
      return message === undefined ? sentence : { ...sentence, quote: message };
    }
    case 'invitation.cancelled':
      return { key: 'interviewCancelled', values: { actor } };
    case 'invitation.reset_by_change': {
      const startsAt = text(after, 'startsAt');
      return startsAt === undefined || Number.isNaN(Date.parse(startsAt))
        ? { key: 'interviewChanged', values: { actor } }
        : { key: 'interviewMoved', values: { actor, time: { instant: startsAt } } };
    }
    case 'reminders.cancelled':
    case 'reminders.restored': {
      const count = field(after, 'count');
      if (typeof count !== 'number' || !Number.isInteger(count) || count < 0) break;
      return { key: event.action === 'reminders.cancelled' ? 'remindersCancelled' : 'remindersRestored', values: { count } };
    }
    case 'application.withdrawn':
      return event.actor.type === 'candidate'
        ? { key: 'withdrawnByCandidate', values: {} }
        : { key: 'statusSet', values: { actor, status: statusTerm('withdrawn') } };
    case 'message.retried':
      return { key: 'messageRetried', values: { actor } };
    // A candidate choosing from offered times: the time itself is on the invitation card, the booking line above it.
    case 'booking.booked':
    case 'booking.changed':
    case 'booking.cancelled':
      return { key: BOOKING_SENTENCES[event.action], values: {} };
  }

  // Not known here (or not as expected): a change of status still reads well; anything else is named as it is.
  const from = status(before);
  const to = status(after);
  if (from && to && from !== to) return { key: 'statusChanged', values: { actor, from: statusTerm(from), to: statusTerm(to) } };
  return { key: 'unknown', values: { actor, action: event.action } };
}
