import type { InterviewType, InviteMode, InvitedApplicant, InviteWizardState, OfferStep } from './wizard-state';

/** Where a new wizard starts: the source's usual interview, the length the demo organisation books. */
const FIRST_TYPE: InterviewType = 'in_person';
const FIRST_DURATION_MINUTES = 45;
const FIRST_BREAK_MINUTES = 15;

/** Times not offered yet: one window to fill in (most offers are one), no single slots, the default deadline. */
export const FRESH_OFFER: OfferStep = {
  seatsPerSlot: 1,
  windows: [{ date: '', from: '', to: '' }],
  slots: [],
  deadline: { date: '', time: '' },
};

/** A wizard nobody has typed in yet: the signed-in recruiter takes part, date and time are still to be chosen. */
export function freshWizard(projectId: string, applicants: InvitedApplicant[], recruiterId: string): InviteWizardState {
  return {
    version: 1,
    projectId,
    step: 1,
    mode: 'fixed',
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
    offer: FRESH_OFFER,
    message: null,
  };
}

/**
 * The wizard with the other way chosen. What both ways share (type, recruiters, length, place) stays; step 2 fills
 * itself in again, as an invitation to book has texts of its own.
 */
export function withMode(wizard: InviteWizardState, mode: InviteMode): InviteWizardState {
  return mode === wizard.mode ? wizard : { ...wizard, mode, message: null };
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
