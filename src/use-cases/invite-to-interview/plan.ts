import type { Db } from '../../db/database.js';
import { findApplications } from '../../db/repositories/applications.js';
import { bookingsBetween } from '../../db/repositories/interviews.js';
import { findProject } from '../../db/repositories/projects.js';
import { deactivatedUserIds, findUsers, isUserEmail } from '../../db/repositories/users.js';
import type { ApplicationWithCandidate } from '../../domain/application.js';
import { fullName } from '../../domain/candidate.js';
import { defaultIncludeConfirmLink } from '../../domain/confirm-link.js';
import { interviewDateProblem } from '../../domain/interview-date-range.js';
import { overlapsAnyOf, planInterviewSlots, type Slot } from '../../domain/interview-schedule.js';
import type { InterviewType } from '../../domain/interview.js';
import { renderInvitationEmail } from '../../domain/invitation-email.js';
import { invitationValues } from '../../domain/invitation-values.js';
import { languageOr, type Language } from '../../domain/languages.js';
import { localDateTimeToInstant } from '../../domain/local-time.js';
import type { Organisation } from '../../domain/organisation.js';
import type { Project } from '../../domain/project.js';
import { MESSAGE_TEMPLATES } from '../../domain/message-templates.js';
import type { TemplateValues } from '../../domain/template.js';
import type { User } from '../../domain/user.js';
import { AppError, invalidField, notFound } from '../../errors.js';
import { CONFIRM_LINK_PLACEHOLDER, sampleConfirmLinkUrl } from '../../security/confirm-link-token.js';
import type { Session } from '../authenticate.js';
import { emailLogo } from '../organisation-logo.js';
import { mapInTurns } from '../in-turns.js';
import { planReminders, type PlannedReminder } from './plan-reminders.js';
import type { InvitationRequest } from './request.js';
import { checkedVariants, variantLanguage } from './variants.js';
import type { EmailLogo } from '../../domain/organisation-logo.js';

/** The rendered email of one recipient; the confirmation link is still a placeholder. */
export interface PlannedEmail {
  subject: string;
  text: string;
  html: string;
  /** The variables' values, for the calendar file that goes with the email. */
  values: TemplateValues;
}

export interface PlannedInvitation {
  application: ApplicationWithCandidate;
  /** Index into `interviews`. */
  interviewIndex: number;
  language: Language;
  email: PlannedEmail | null;
  reminder: PlannedReminder;
}

export interface Warning {
  code: 'recruiter_busy' | 'language_fallback' | 'missing_mobile';
  message: string;
  applicationId?: string;
  recruiterId?: string;
  /** For 'recruiter_busy': the recruiter and their other interview, for a screen to word in its own language and zone. */
  recruiterName?: string;
  startsAt?: string;
  endsAt?: string;
  /** For 'recruiter_busy': the other one is a time they offered for booking that nobody has booked yet. */
  offered?: boolean;
}

export interface InvitationPlan {
  organisation: Organisation;
  project: Project;
  actor: User;
  recruiters: User[];
  type: InterviewType;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  interviews: Slot[];
  invitations: PlannedInvitation[];
  sender: string;
  confirmLink: { default: boolean; included: boolean };
  warnings: Warning[];
}

/** Sending goes ahead although candidates would get no SMS reminder only when the recruiter said so, having seen them. */
export function refuseUnacknowledgedMissingMobiles(warnings: Warning[], acknowledged: boolean | undefined): void {
  const missingMobiles = warnings.filter((warning) => warning.code === 'missing_mobile');
  if (missingMobiles.length > 0 && !acknowledged) {
    throw new AppError(
      'conflict',
      'Some candidates have no mobile number and would get no SMS reminder. Send again with acknowledgeWarnings: true to go ahead.',
      { warnings: missingMobiles },
    );
  }
}

function checkUnique(ids: string[], field: string): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) throw invalidField(`${field}[${index}]`, 'is given twice.');
    seen.add(id);
  });
}

export async function invitableApplications(db: Db, organisationId: string, projectId: string, ids: string[]): Promise<ApplicationWithCandidate[]> {
  checkUnique(ids, 'applicationIds');
  const found = new Map((await findApplications(db, organisationId, ids)).map((application) => [application.id, application]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) throw new AppError('not_found', 'Some applications were not found.', { applicationIds: missing });
  return ids.map((id, index) => {
    const application = found.get(id)!;
    if (application.projectId !== projectId) throw invalidField(`applicationIds[${index}]`, 'belongs to another recruitment project.');
    if (application.status === 'withdrawn') {
      throw invalidField(`applicationIds[${index}]`, `is withdrawn: ${fullName(application.candidate)} has withdrawn the application.`);
    }
    return application;
  });
}

/**
 * The recruiters asked for, each a user of the organisation. A deactivated user is no longer offered: only one who
 * already takes part (`staying`, when an interview is changed) may stay on.
 */
export async function participatingRecruiters(db: Db, organisationId: string, ids: string[], field = 'interview.recruiterIds', staying: string[] = []): Promise<User[]> {
  checkUnique(ids, field);
  const found = new Map((await findUsers(db, organisationId, ids)).map((user) => [user.id, user]));
  const deactivated = await deactivatedUserIds(db, organisationId, ids);
  return ids.map((id, index) => {
    const user = found.get(id);
    if (!user) throw invalidField(`${field}[${index}]`, 'is not a user of your organisation.');
    if (deactivated.has(id) && !staying.includes(id)) throw invalidField(`${field}[${index}]`, 'is deactivated and can no longer take part in interviews.');
    return user;
  });
}

function interviewStart(request: InvitationRequest['interview'], timeZone: string, now: Date): Date {
  const result = localDateTimeToInstant(request.date, request.time, timeZone);
  if (!result.ok && result.reason === 'nonexistent') {
    throw invalidField('interview.time', `does not exist on ${request.date} in ${timeZone}: the clocks skip it. Choose another time.`);
  }
  if (!result.ok) throw invalidField('interview.date', 'and interview.time are not a valid date and time.');
  if (result.instant.getTime() <= now.getTime()) throw invalidField('interview.date', 'and interview.time are in the past.');
  const tooFarAhead = interviewDateProblem(request.date, now, timeZone);
  if (tooFarAhead) throw invalidField('interview.date', tooFarAhead);
  return result.instant;
}

export async function senderAddress(db: Db, organisation: Organisation, requested: string | undefined): Promise<string> {
  if (requested === undefined || requested.toLowerCase() === organisation.defaultSenderAddress.toLowerCase()) {
    return organisation.defaultSenderAddress;
  }
  if (await isUserEmail(db, organisation.id, requested)) return requested;
  throw invalidField('email.from', "must be the organisation's sender address or the address of one of its users.");
}

export function overlapWarnings(bookings: Awaited<ReturnType<typeof bookingsBetween>>, slots: Slot[]): Warning[] {
  const overlapsASlot = overlapsAnyOf(slots);
  return bookings
    .filter((booking) => overlapsASlot({ startsAt: new Date(booking.startsAt), endsAt: new Date(booking.endsAt) }))
    .map((booking) => ({
      code: 'recruiter_busy' as const,
      recruiterId: booking.recruiterId,
      recruiterName: booking.recruiterName,
      startsAt: new Date(booking.startsAt).toISOString(),
      endsAt: new Date(booking.endsAt).toISOString(),
      ...(booking.freeOfferedSlot
        ? { offered: true, message: `${booking.recruiterName} already offers a time for booking from ${booking.startsAt} to ${booking.endsAt}.` }
        : { message: `${booking.recruiterName} already has an interview from ${booking.startsAt} to ${booking.endsAt}.` }),
    }));
}

/**
 * Checks an invitation request and works out everything it would send, without writing anything: the preview
 * shows this plan, and sending stores it.
 */
export async function planInvitations(
  db: Db,
  session: Session,
  projectId: string,
  request: InvitationRequest,
  now: Date,
  publicUrl: URL,
): Promise<InvitationPlan> {
  const { organisation, user: actor } = session;
  // A confirmation link of the real length, to count SMS segments with.
  const sampleLink = sampleConfirmLinkUrl(publicUrl);
  const logo = await emailLogo(db, organisation.id, publicUrl);
  const project = await findProject(db, organisation.id, projectId);
  if (!project) throw notFound('The recruitment project');
  if (project.status === 'closed') throw new AppError('validation_failed', 'The recruitment project is closed: open it again to invite applicants.');

  const applications = await invitableApplications(db, organisation.id, project.id, request.applicationIds);
  const recruiters = await participatingRecruiters(db, organisation.id, request.interview.recruiterIds);
  const { type, durationMinutes, breakMinutes = 0 } = request.interview;
  const meetingUrl = request.interview.meetingUrl?.trim() || null;
  if (type === 'video' && !meetingUrl) throw invalidField('interview.meetingUrl', 'is needed for a video interview.');
  const startsAt = interviewStart(request.interview, organisation.timeZone, now);
  const interviews = planInterviewSlots({ type, startsAt, durationMinutes, breakMinutes, applicantCount: applications.length });
  const interviewIndexOf = (position: number) => (type === 'group' ? 0 : position);

  const bookings = await bookingsBetween(db, organisation.id, recruiters.map((r) => r.id), interviews[0]!.startsAt, interviews.at(-1)!.endsAt);
  const warnings = overlapWarnings(bookings, interviews);
  const location = request.interview.location?.trim() || null;
  const sender = await senderAddress(db, organisation, request.email.from);

  const recruiterNames = recruiters.map((recruiter) => recruiter.name);
  const slotOf = (position: number) => interviews[interviewIndexOf(position)]!;
  /**
   * The variables' values for one applicant, worded in the given language. Worked out once each: the invitation,
   * the reminder email and the SMS usually share a language.
   */
  const worded = new Map<string, TemplateValues>();
  const valuesFor = (position: number) => (language: Language) => {
    const key = `${position}:${language}`;
    const known = worded.get(key);
    if (known) return known;
    const slot = slotOf(position);
    const values = invitationValues({
      candidate: applications[position]!.candidate,
      jobTitle: project.title,
      companyName: organisation.name,
      interview: { type, startsAt: slot.startsAt, endsAt: slot.endsAt, durationMinutes, location, meetingUrl },
      recruiterNames,
      sender: actor.name,
      language,
      timeZone: organisation.timeZone,
      confirmLink: CONFIRM_LINK_PLACEHOLDER,
    });
    worded.set(key, values);
    return values;
  };

  const emails = await planEmails(request.email, applications, organisation, valuesFor, warnings, logo, 'interview_invitation');
  const { reminders, warnings: reminderWarnings } = await planReminders(
    request.reminder,
    applications.map((application, position) => ({ application, slot: slotOf(position), valuesFor: valuesFor(position) })),
    { organisation, actor, now, sampleLink, logo },
  );
  const invitations = applications.map((application, position) => ({
    application,
    interviewIndex: interviewIndexOf(position),
    language: emails.languages[position]!,
    email: emails.rendered[position] ?? null,
    reminder: reminders[position]!,
  }));
  return {
    organisation,
    project,
    actor,
    recruiters,
    type,
    durationMinutes,
    location,
    meetingUrl,
    interviews,
    invitations,
    sender,
    confirmLink: emails.confirmLink,
    warnings: [...warnings, ...reminderWarnings],
  };
}

/**
 * The invitation emails, each in its candidate's language; with "no email", only the languages. An invitation to
 * book may also use its deadline, and its link sentence asks the candidate to choose a time.
 */
export async function planEmails(
  email: InvitationRequest['email'],
  applications: ApplicationWithCandidate[],
  organisation: Organisation,
  valuesFor: (position: number) => (language: Language) => TemplateValues,
  warnings: Warning[],
  logo: EmailLogo | null,
  kind: 'interview_invitation' | 'booking_invitation',
): Promise<{ languages: Language[]; rendered: PlannedEmail[]; confirmLink: InvitationPlan['confirmLink'] }> {
  if (email.action === 'no_email') {
    const languages = applications.map(({ candidate }) => languageOr(candidate.language, organisation.defaultLanguage));
    return { languages, rendered: [], confirmLink: { default: false, included: false } };
  }
  const variants = checkedVariants(email.variants, 'email.variants', ['subject', 'body'], MESSAGE_TEMPLATES[kind].variables);
  const languages = applications.map((application) => {
    const { language, fellBack } = variantLanguage(application, variants, organisation, 'email.variants');
    if (fellBack) {
      warnings.push({
        code: 'language_fallback',
        applicationId: application.id,
        message: `${fullName(application.candidate)} gets the ${language} variant: there is none in "${application.candidate.language}".`,
      });
    }
    return language;
  });
  const used = [...new Set(languages)];
  const confirmLinkDefault = defaultIncludeConfirmLink(used.map((language) => variants.get(language)!.body));
  const included = email.includeConfirmLink ?? confirmLinkDefault;
  const rendered = await mapInTurns(languages, (language, position) => {
    const values = valuesFor(position)(language);
    return { ...renderInvitationEmail(variants.get(language)!, values, language, included, logo, kind), values };
  });
  return { languages, rendered, confirmLink: { default: confirmLinkDefault, included } };
}
