import type { InvitationPreview } from './invitation-answers';
import { languageFallbacks } from './message-languages';
import { usesSms, type FieldProblem } from './message-problems';
import type { CandidateLanguage, InvitedApplicant, MessageStep } from './wizard-state';

/** Everything the recruiter should know before pressing Send, gathered in one place. */
export interface SendWarnings {
  /** Candidates who get no SMS reminder for want of a mobile number. */
  missingMobile: string[];
  /** Candidates whose reminder day has already come at 09:00, so none is sent. */
  reminderTooLate: string[];
  /** The preview's warnings of participating recruiters who already have an interview then, each once. */
  recruiterBusy: InvitationPreview['warnings'];
  /** Candidates who get the organisation's default language because there is no variant in their own. */
  languageFallbacks: { name: string; language: string }[];
}

interface WarningInput {
  applicants: readonly InvitedApplicant[];
  message: MessageStep;
  /** The last preview the server gave; null before the first. */
  preview: Pick<InvitationPreview, 'recipients' | 'warnings'> | null;
  written: readonly CandidateLanguage[];
  organisationDefault: CandidateLanguage;
}

/**
 * The warnings worked out here come from the wizard's own state (mobile numbers, languages) and so show at once;
 * those only the server knows (a reminder too late by its clock, a recruiter's other interviews) come from the preview.
 */
export function sendWarnings({ applicants, message, preview, written, organisationDefault }: WarningInput): SendWarnings {
  const nameOf = new Map(applicants.map((applicant) => [applicant.applicationId, applicant.name]));
  const sendsAnything = message.action === 'send_email' || message.reminder.channel !== 'none';
  const reminderTooLate =
    message.reminder.channel === 'none'
      ? []
      : (preview?.recipients ?? [])
          .filter((recipient) => recipient.reminder.status === 'skipped_too_late')
          .map((recipient) => nameOf.get(recipient.applicationId) ?? `${recipient.candidate.firstName} ${recipient.candidate.lastName}`);
  return {
    missingMobile: usesSms(message.reminder.channel) ? applicants.filter((applicant) => !applicant.hasMobile).map((applicant) => applicant.name) : [],
    reminderTooLate,
    recruiterBusy: (preview?.warnings ?? []).filter(
      (warning, index, all) => warning.code === 'recruiter_busy' && all.findIndex((other) => other.message === warning.message) === index,
    ),
    languageFallbacks: sendsAnything
      ? languageFallbacks(applicants, written, organisationDefault).map((applicant) => ({ name: applicant.name, language: applicant.language }))
      : [],
  };
}

export function hasWarnings(warnings: SendWarnings): boolean {
  return Object.values(warnings).some((list) => list.length > 0);
}

/** Why Send is refused, if it is: a text the server would refuse, or SMS-less candidates not yet accepted. */
export function sendRefusal(message: MessageStep, problems: readonly FieldProblem[], warnings: SendWarnings): 'problems' | 'missing_mobile' | null {
  if (problems.length > 0) return 'problems';
  if (warnings.missingMobile.length > 0 && !message.sendWithoutSmsToMissingMobile) return 'missing_mobile';
  return null;
}
