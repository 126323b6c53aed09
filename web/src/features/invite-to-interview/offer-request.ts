import type { Body } from '../../api/types';
import { emailPart, reminderPart, type InterviewStep, type InviteWizardState, type OfferStep } from './wizard-state';

/** The request of Tilbyd tider, sent and previewed: POST /api/projects/{projectId}/booking-offers(/preview). */
export type OfferRequest = Body<'/api/projects/{projectId}/booking-offers', 'post'>;

/** The email is the link to book, so an offer always sends one; without step 2's texts, the organisation's templates. */
const TEMPLATE_EMAIL: OfferRequest['email'] = { action: 'send_email' };

function offerPart(interview: InterviewStep, offer: OfferStep): OfferRequest['offer'] {
  const location = interview.location.trim();
  const meetingUrl = interview.meetingUrl.trim();
  const isGroup = interview.type === 'group';
  const { windows, slots, deadline } = offer;
  return {
    type: interview.type,
    recruiterIds: interview.recruiterIds,
    durationMinutes: interview.durationMinutes,
    breakMinutes: interview.breakMinutes,
    // The server refuses more than one seat for anything but a group, so a number left from a group is not sent.
    seatsPerSlot: isGroup ? offer.seatsPerSlot : 1,
    ...(location && interview.type !== 'video' ? { location } : {}),
    ...(interview.type === 'video' && meetingUrl ? { meetingUrl } : {}),
    ...(windows.length > 0 ? { windows } : {}),
    ...(slots.length > 0 ? { slots } : {}),
    ...(deadline.date && deadline.time ? { deadline } : {}),
  };
}

/**
 * The offer for the wizard as it stands. Before step 2 is filled in it asks for the organisation's texts and no
 * reminder, which is what step 1's preview (slots, deadline, busy recruiters) needs.
 */
export function offerRequest(state: InviteWizardState): OfferRequest {
  const { message } = state;
  // "No email" is not a way to offer times, nor an email without its link: the link is the only way to book. Left
  // to the server's default, it is added wherever a variant lacks {confirmlink}.
  const email = message ? emailPart({ ...message, action: 'send_email', includeConfirmLink: null }) : TEMPLATE_EMAIL;
  return {
    applicationIds: state.applicants.map((applicant) => applicant.applicationId),
    offer: offerPart(state.interview, state.offer),
    email: email as OfferRequest['email'],
    ...(message ? { reminder: reminderPart(message) } : {}),
    ...(message?.sendWithoutSmsToMissingMobile ? { acknowledgeWarnings: true } : {}),
  };
}
