import type { Context } from '../../context.js';
import type { ApplicationWithCandidate } from '../../domain/application.js';
import { CONFIRM_LINK_PLACEHOLDER, confirmLinkUrl } from '../../security/confirm-link-token.js';
import type { Session } from '../authenticate.js';
import { reminderOutcome, type PlannedReminder, type ReminderOutcome } from './plan-reminders.js';
import { planInvitations, type Warning } from './plan.js';
import type { InvitationRequest } from './request.js';

export interface PreviewRecipient {
  application: ApplicationWithCandidate;
  language: string;
  slot: { startsAt: string; endsAt: string };
  email: { subject: string; text: string; html: string } | null;
  reminder: ReminderPreview;
}

export type ReminderPreview = ReminderOutcome & {
  email?: { subject: string; text: string; html: string } | null;
  sms?: { text: string; segments: number; encoding: 'GSM-7' | 'UCS-2' } | null;
};

function reminderPreview(reminder: PlannedReminder, withSample: (text: string) => string): ReminderPreview {
  const outcome = reminderOutcome(reminder);
  if (reminder.status !== 'scheduled') return outcome;
  const { email, sms } = reminder;
  return {
    ...outcome,
    email: email && { subject: email.subject, text: withSample(email.text), html: withSample(email.html) },
    sms: sms && { text: withSample(sms.text), segments: sms.segments, encoding: sms.encoding },
  };
}

export interface Preview {
  recipients: PreviewRecipient[];
  interviews: { startsAt: string; endsAt: string }[];
  confirmLink: { default: boolean; included: boolean };
  warnings: Warning[];
}

/** Step 2 of the invitation page: what each recipient would get. Writes nothing. */
export async function previewInvitations(
  ctx: Context,
  publicUrl: URL,
  session: Session,
  projectId: string,
  request: InvitationRequest,
): Promise<Preview> {
  const plan = await planInvitations(ctx.db, session, projectId, request, ctx.clock.now(), publicUrl);
  // Each real link is made when the email leaves; the preview shows where it will point.
  const sampleLink = confirmLinkUrl(publicUrl, '…');
  const withSample = (text: string) => text.replaceAll(CONFIRM_LINK_PLACEHOLDER, sampleLink);
  const slots = plan.interviews.map((slot) => ({ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() }));
  return {
    recipients: plan.invitations.map((planned) => ({
      application: planned.application,
      language: planned.language,
      slot: slots[planned.interviewIndex]!,
      email: planned.email && {
        subject: planned.email.subject,
        text: withSample(planned.email.text),
        html: withSample(planned.email.html),
      },
      reminder: reminderPreview(planned.reminder, withSample),
    })),
    interviews: slots,
    confirmLink: plan.confirmLink,
    warnings: plan.warnings,
  };
}
