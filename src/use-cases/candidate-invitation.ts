import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Context } from '../context.js';
import { findInvitationByLink, type InvitationByLink } from '../db/repositories/candidate-invitations.js';
import { recruitersOf } from '../db/repositories/interviews.js';
import { TEXTS } from '../domain/i18n.js';
import { formatDuration, formatInterviewDate, formatInterviewTime, formatNameList } from '../domain/interview-formatting.js';
import { languageOr, type Language } from '../domain/languages.js';
import type { Answer } from '../domain/response-status.js';
import { confirmLinkHash } from '../security/confirm-link-token.js';
import { recordAnswer } from './record-answer.js';

/** A link works until this long after its interview; then it is as unknown as a made-up one. */
export const LINK_LIFETIME_AFTER_INTERVIEW_MS = 30 * 24 * 60 * 60 * 1000;
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/** The interview as the candidate's page shows it, every value already worded in the candidate's language. */
export interface CandidateInterviewDetails {
  companyName: string;
  jobTitle: string;
  interviewType: string;
  date: string;
  time: string;
  duration: string;
  where: string | null;
  meetingUrl: string | null;
  recruiters: string;
}

/** A link that shows no invitation: unknown, expired or cancelled; or one past answering, which says why. */
export type UnanswerableLink = { state: 'not_found' } | { state: 'closed'; language: Language; reason: 'started' | 'withdrawn' };

/** A link whose invitation takes answers, and whose. */
interface OpenLink {
  state: 'open';
  language: Language;
  invitationId: string;
  organisationId: string;
  candidateId: string;
}

export type CandidateView =
  | UnanswerableLink
  | (OpenLink & {
      currentAnswer: 'awaiting' | 'accepted' | 'declined' | 'new_time_requested';
      details: CandidateInterviewDetails;
      /** The interview as its calendar file states it ("add to my calendar"). */
      calendar: CandidateCalendarEntry;
    });

export interface CandidateCalendarEntry {
  interviewId: string;
  /** The interview's current version, as in its emailed calendar file: the download and the email are one event. */
  sequence: number;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
}

/** As many distinct worded times as a burst of candidates needs; the oldest goes when it is full. */
const WORDED_TIMES_CAPACITY = 1000;
const wordedTimes = new Map<string, Pick<CandidateInterviewDetails, 'date' | 'time' | 'duration'>>();

/**
 * An interview's date, time and duration in a language. Wording them is most of a page view's own work (Intl's
 * zone names), and every candidate of an interview and language gets the same words: they are worded once per
 * distinct start, end, zone, length and language. Nothing else goes into them, so they need no other invalidation.
 */
export function wordedTime(startsAt: Date, endsAt: Date, timeZone: string, durationMinutes: number, language: Language): Pick<CandidateInterviewDetails, 'date' | 'time' | 'duration'> {
  const key = `${startsAt.getTime()}|${endsAt.getTime()}|${timeZone}|${durationMinutes}|${language}`;
  let worded = wordedTimes.get(key);
  if (!worded) {
    worded = {
      date: formatInterviewDate(startsAt, timeZone, language),
      time: formatInterviewTime(startsAt, endsAt, timeZone, language),
      duration: formatDuration(durationMinutes, language),
    };
    if (wordedTimes.size >= WORDED_TIMES_CAPACITY) wordedTimes.delete(wordedTimes.keys().next().value!);
    wordedTimes.set(key, worded);
  }
  return worded;
}

function languageOf(row: InvitationByLink): Language {
  return languageOr(row.language, row.default_language as Language);
}

async function lookUp(ctx: Context, token: string): Promise<InvitationByLink | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const row = await findInvitationByLink(ctx.db, confirmLinkHash(token, ctx.secret));
  if (!row) return undefined;
  const expired = ctx.clock.now().getTime() >= new Date(row.starts_at).getTime() + LINK_LIFETIME_AFTER_INTERVIEW_MS;
  return expired ? undefined : row;
}

/**
 * Whether a link's invitation may be answered, with what its answer needs: the invitation, its candidate and the
 * words of the page after it. No more is read or worded, since every answer asks it.
 */
export type CandidateAnswerTarget = UnanswerableLink | (OpenLink & { companyName: string; jobTitle: string });

type LinkState =
  | UnanswerableLink
  | { state: 'open'; language: Language; row: InvitationByLink; startsAt: Date; currentAnswer: Extract<CandidateView, { state: 'open' }>['currentAnswer'] };

const openLink = (language: Language, row: InvitationByLink): OpenLink => ({
  state: 'open',
  language,
  invitationId: row.invitation_id,
  organisationId: row.organisation_id,
  candidateId: row.candidate_id,
});

/** The one rule of what a link shows, for the page and the answer alike. */
async function linkState(ctx: Context, token: string): Promise<LinkState> {
  const row = await lookUp(ctx, token);
  if (!row) return { state: 'not_found' };
  const language = languageOf(row);
  if (row.response_status === 'not_relevant') return { state: 'closed', language, reason: 'withdrawn' };
  // A cancelled interview's link is as dead as an unknown one; the candidate was told by email.
  if (row.interview_status === 'cancelled' || row.response_status === 'cancelled') return { state: 'not_found' };
  const startsAt = new Date(row.starts_at);
  if (ctx.clock.now().getTime() >= startsAt.getTime()) return { state: 'closed', language, reason: 'started' };
  return { state: 'open', language, row, startsAt, currentAnswer: row.response_status };
}

/** What the candidate's page shows for a link. Reading it never changes anything: mail scanners open links too. */
export async function candidateView(ctx: Context, token: string): Promise<CandidateView> {
  const link = await linkState(ctx, token);
  if (link.state !== 'open') return link;
  const { language, row, startsAt, currentAnswer } = link;
  const recruiters = (await recruitersOf(ctx.db, row.organisation_id, [row.interview_id])).get(row.interview_id) ?? [];
  const endsAt = new Date(row.ends_at);
  const isVideo = row.type === 'video';
  return {
    ...openLink(language, row),
    currentAnswer,
    details: {
      companyName: row.company_name,
      jobTitle: row.job_title,
      interviewType: TEXTS[language].interviewTypes[row.type],
      ...wordedTime(startsAt, endsAt, row.time_zone, row.duration_minutes, language),
      where: row.location ?? (row.type === 'phone' ? TEXTS[language].phoneCallLocation : null),
      meetingUrl: isVideo ? row.meeting_url : null,
      recruiters: formatNameList(recruiters.map((recruiter) => recruiter.name), language),
    },
    calendar: { interviewId: row.interview_id, sequence: row.sequence, startsAt, endsAt, timeZone: row.time_zone },
  };
}

/** What an answer to a link is given: as the page would show it, without the interview's recruiters and times. */
export async function candidateAnswerTarget(ctx: Context, token: string): Promise<CandidateAnswerTarget> {
  const link = await linkState(ctx, token);
  if (link.state !== 'open') return link;
  const { language, row } = link;
  return {
    ...openLink(language, row),
    companyName: row.company_name,
    jobTitle: row.job_title,
  };
}

/** Ties a form to its invitation, so that a form copied from elsewhere cannot post to it. */
export function answerFormToken(invitationId: string, secret: string): string {
  return createHmac('sha256', secret).update(`answer-form:${invitationId}`).digest('base64url');
}

export function isAnswerFormToken(given: string, invitationId: string, secret: string): boolean {
  const expected = Buffer.from(answerFormToken(invitationId, secret));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** The candidate's answer from the page; the page states who may answer what (see domain/response-status.ts). */
export async function answerAsCandidate(
  ctx: Context,
  publicUrl: URL,
  view: Pick<Extract<CandidateAnswerTarget, { state: 'open' }>, 'organisationId' | 'invitationId' | 'candidateId'>,
  answer: Answer,
  message: string | null,
): Promise<void> {
  await recordAnswer(ctx, {
    organisationId: view.organisationId,
    invitationId: view.invitationId,
    answer,
    actor: { type: 'candidate', id: view.candidateId },
    message,
    publicUrl,
  });
}
