import type { Context } from '../../context.js';
import type { ApplicationWithCandidate } from '../../domain/application.js';
import { CONFIRM_LINK_PLACEHOLDER, confirmLinkUrl } from '../../security/confirm-link-token.js';
import type { Session } from '../authenticate.js';
import type { Warning } from '../invite-to-interview/plan.js';
import { planOffer } from './plan.js';
import type { OfferRequest } from './request.js';

export interface OfferPreview {
  slots: { startsAt: string; endsAt: string; seats: number }[];
  deadlineAt: string;
  recipients: { application: ApplicationWithCandidate; language: string; email: { subject: string; text: string; html: string } }[];
  confirmLink: { default: boolean; included: boolean };
  warnings: Warning[];
}

/** What an offer of times would offer and send to each applicant. Writes nothing. */
export async function previewOffer(ctx: Context, publicUrl: URL, session: Session, projectId: string, request: OfferRequest): Promise<OfferPreview> {
  const plan = await planOffer(ctx.db, session, projectId, request, ctx.clock.now(), publicUrl);
  // Each real link is made when the email leaves; the preview shows where it will point.
  const sampleLink = confirmLinkUrl(publicUrl, '…');
  const withSample = (text: string) => text.replaceAll(CONFIRM_LINK_PLACEHOLDER, sampleLink);
  return {
    slots: plan.slots.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString(), seats: plan.seats })),
    deadlineAt: plan.deadline.toISOString(),
    recipients: plan.invitations.map(({ application, language, email }) => ({
      application,
      language,
      email: { subject: email.subject, text: withSample(email.text), html: withSample(email.html) },
    })),
    confirmLink: plan.confirmLink,
    warnings: plan.warnings,
  };
}
