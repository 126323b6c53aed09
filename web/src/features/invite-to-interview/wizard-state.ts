import type { Body } from '../../api/types';

/** The one request the wizard sends (and previews): POST /api/projects/{projectId}/interview-invitations. */
export type InvitationRequest = Body<'/api/projects/{projectId}/interview-invitations', 'post'>;
export type InterviewType = InvitationRequest['interview']['type'];
export type ReminderRequest = NonNullable<InvitationRequest['reminder']>;
export type ReminderChannel = ReminderRequest['channel'];
export type ReminderDaysBefore = ReminderRequest['daysBefore'];
/** A language a candidate can be written to in (more than the screens' Danish and English). */
export type CandidateLanguage = keyof NonNullable<InvitationRequest['email']['variants']>;

/** One chosen applicant, as much as the wizard shows without asking the server again. */
export interface InvitedApplicant {
  applicationId: string;
  name: string;
  /** The candidate's language as the application gives it; the email falls back to the organisation's when no variant exists. */
  language: string;
  hasMobile: boolean;
}

/** Step 1, the interview. Date and time are the organisation's wall clock; empty until chosen. */
export interface InterviewStep {
  type: InterviewType;
  recruiterIds: string[];
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  time: string;
  durationMinutes: number;
  /** Between back-to-back slots; a group interview has one slot and no break. */
  breakMinutes: number;
  location: string;
  meetingUrl: string;
}

export interface EmailVariant {
  subject: string;
  body: string;
}

export interface ReminderEmailVariant {
  subject: string;
  body: string;
  signature: string;
}

/** Step 2, the email and the reminder. Pre-filled from the organisation's templates the first time step 2 opens. */
export interface MessageStep {
  action: 'send_email' | 'no_email';
  from: string;
  variants: Partial<Record<CandidateLanguage, EmailVariant>>;
  /** null: the source's default, decided by whether every variant in use holds {confirmlink}. */
  includeConfirmLink: boolean | null;
  reminder: {
    channel: ReminderChannel;
    daysBefore: ReminderDaysBefore;
    email: Partial<Record<CandidateLanguage, ReminderEmailVariant>>;
    sms: Partial<Record<CandidateLanguage, { text: string }>>;
  };
  /** The recruiter said "send anyway without SMS to them" for candidates lacking a mobile number. */
  sendWithoutSmsToMissingMobile: boolean;
}

/**
 * How the applicants get their time: the recruiter fixes it (one time for a group, else back to back), or offers
 * times and each applicant books one from the link in their email.
 */
export type InviteMode = 'fixed' | 'offer';

/** A stretch of a day, in the organisation's zone, filled with slots back to back. Empty until chosen. */
export interface OfferWindow {
  /** YYYY-MM-DD */
  date: string;
  /** HH:MM */
  from: string;
  to: string;
}

/** A slot picked on its own: a day and a start, lasting the slot length. */
export interface OfferSlot {
  date: string;
  time: string;
}

/**
 * Step 1 when times are offered, beside the interview's type, recruiters, length, break and place (InterviewStep,
 * shared by both ways so a change of mind keeps them).
 */
export interface OfferStep {
  /** 1 but for a group interview. */
  seatsPerSlot: number;
  windows: OfferWindow[];
  slots: OfferSlot[];
  /** Both empty: the server's default, 24 hours before the first slot. */
  deadline: { date: string; time: string };
}

/** Everything typed in the wizard: kept in the tab's sessionStorage so a reload loses nothing. */
export interface InviteWizardState {
  version: 1;
  projectId: string;
  step: 1 | 2;
  mode: InviteMode;
  /** In slot order: the first gets the first slot. */
  applicants: InvitedApplicant[];
  interview: InterviewStep;
  offer: OfferStep;
  /** null until step 2 has been opened and pre-filled. */
  message: MessageStep | null;
}

const NO_EMAIL: InvitationRequest['email'] = { action: 'no_email' };

function interviewPart(interview: InterviewStep): InvitationRequest['interview'] {
  const location = interview.location.trim();
  const meetingUrl = interview.meetingUrl.trim();
  return {
    type: interview.type,
    recruiterIds: interview.recruiterIds,
    date: interview.date,
    time: interview.time,
    durationMinutes: interview.durationMinutes,
    ...(interview.type === 'group' ? {} : { breakMinutes: interview.breakMinutes }),
    ...(location ? { location } : {}),
    ...(interview.type === 'video' && meetingUrl ? { meetingUrl } : {}),
  };
}

export function emailPart(message: MessageStep): InvitationRequest['email'] {
  if (message.action === 'no_email') return NO_EMAIL;
  const from = message.from.trim();
  return {
    action: 'send_email',
    ...(from ? { from } : {}),
    ...(message.includeConfirmLink === null ? {} : { includeConfirmLink: message.includeConfirmLink }),
    variants: message.variants,
  };
}

export function reminderPart(message: MessageStep): ReminderRequest {
  const { channel, daysBefore, email, sms } = message.reminder;
  if (channel === 'none') return { channel, daysBefore };
  return {
    channel,
    daysBefore,
    ...(channel === 'email' || channel === 'sms_email' ? { email: { variants: email } } : {}),
    ...(channel === 'sms' || channel === 'sms_email' ? { sms: { variants: sms } } : {}),
  };
}

/**
 * The request for the wizard as it stands. Before step 2 is filled in it asks for no email and no reminder, which
 * is what step 1's preview (slots, recruiter overlaps) needs.
 */
export function invitationRequest(state: InviteWizardState): InvitationRequest {
  const { message } = state;
  return {
    applicationIds: state.applicants.map((applicant) => applicant.applicationId),
    interview: interviewPart(state.interview),
    email: message ? emailPart(message) : NO_EMAIL,
    ...(message ? { reminder: reminderPart(message) } : {}),
    ...(message?.sendWithoutSmsToMissingMobile ? { acknowledgeWarnings: true } : {}),
  };
}
