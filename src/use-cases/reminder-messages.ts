import type { NewMessage } from '../db/repositories/messages.js';
import type { PlannedReminder } from './invite-to-interview/plan-reminders.js';
import { outboxMessage, type MessageFields } from './outbox-message.js';

/** A reminder is queued like any message, due at its time and dropped if still unsent when the interview begins. */
export function reminderMessages(
  reminder: PlannedReminder,
  base: Pick<MessageFields, 'organisationId' | 'applicationId' | 'invitationId' | 'bookingInvitationId' | 'interviewId' | 'sender' | 'replyTo'>,
  candidate: { email: string; mobile: string | null },
  publicUrl: URL,
  now: Date,
): NewMessage[] {
  if (reminder.status !== 'scheduled') return [];
  const common = { ...base, kind: 'reminder' as const, dueAt: reminder.dueAt, notAfter: reminder.notAfter };
  const messages: NewMessage[] = [];
  if (reminder.email) {
    const { subject, text, html, source } = reminder.email;
    messages.push(outboxMessage({ ...common, recipient: candidate.email, subject, text, html, source }, publicUrl, now));
  }
  if (reminder.sms && candidate.mobile) {
    const { text, source } = reminder.sms;
    messages.push(outboxMessage({ ...common, channel: 'sms', recipient: candidate.mobile, subject: '', text, source }, publicUrl, now));
  }
  return messages;
}
