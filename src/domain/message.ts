/** What an outgoing message is for; later kinds (reminders, SMS) join the same outbox. */
export const MESSAGE_KINDS = [
  'interview_invitation',
  'booking_invitation',
  'recruiter_calendar',
  'reminder',
  'interview_cancellation',
  'booking_confirmation',
  'answer_notice',
  'user_invitation',
  'password_reset',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

/** Samtale's emails that carry a user's one-time link to choose a password: the only ones the worker fills one into. */
export const USER_LINK_KINDS: readonly OutboxKind[] = ['user_invitation', 'password_reset'];

export const MESSAGE_STATUSES = ['queued', 'sending', 'sent', 'failed', 'cancelled'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

export type Channel = 'email' | 'sms';

/** What the outbox carries besides the messages recruiters see: events posted to an organisation's webhooks. */
export type OutboxKind = MessageKind | 'webhook_event';
export type OutboxChannel = Channel | 'webhook';

/** A message as the recruiter sees it on the candidate's page. */
export interface MessageSummary {
  id: string;
  /** The interview invitation it belongs to: its email, its reminders, the recruiters' notice of its answer. */
  invitationId: string | null;
  kind: MessageKind;
  channel: Channel;
  recipient: string;
  subject: string;
  status: MessageStatus;
  attempts: number;
  /** When it is (or was) to go: at once for an invitation, 09:00 on the chosen day for a reminder. */
  dueAt: string;
  sentAt: string | null;
  error: string | null;
  createdAt: string;
}
