import type { InterviewType, InvitedApplicant, InviteWizardState } from './wizard-state';

/** Where a new wizard starts: the source's usual interview, the length the demo organisation books. */
const FIRST_TYPE: InterviewType = 'in_person';
const FIRST_DURATION_MINUTES = 45;
const FIRST_BREAK_MINUTES = 15;

/** A wizard nobody has typed in yet: the signed-in recruiter takes part, date and time are still to be chosen. */
export function freshWizard(projectId: string, applicants: InvitedApplicant[], recruiterId: string): InviteWizardState {
  return {
    version: 1,
    projectId,
    step: 1,
    applicants,
    interview: {
      type: FIRST_TYPE,
      recruiterIds: [recruiterId],
      date: '',
      time: '',
      durationMinutes: FIRST_DURATION_MINUTES,
      breakMinutes: FIRST_BREAK_MINUTES,
      location: '',
      meetingUrl: '',
    },
    message: null,
  };
}

const idsOf = (wizard: InviteWizardState) =>
  wizard.applicants
    .map((applicant) => applicant.applicationId)
    .sort()
    .join(',');

/**
 * The wizard to show: the stored one when it invites the same applicants (a reload, or a look elsewhere and back),
 * otherwise the fresh one, as the recruiter has chosen others since.
 */
export function wizardToOpen(stored: InviteWizardState | null, fresh: InviteWizardState): InviteWizardState {
  return stored && idsOf(stored) === idsOf(fresh) ? stored : fresh;
}

/** JSON with every object's keys in one order, so two equal wizards read the same whatever built them. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_, inner: unknown) =>
    typeof inner === 'object' && inner !== null && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/** Whether the recruiter has changed anything since `fresh`: only then does leaving ask first. */
export function hasChanges(wizard: InviteWizardState, fresh: InviteWizardState): boolean {
  return canonical(wizard) !== canonical(fresh);
}
