import { v7 as timeOrderedUuid } from 'uuid';
import type { NewMessage } from '../db/repositories/messages.js';
import type { CalendarInvitationInput } from '../domain/calendar-invitation.js';
import type { Channel, MessageKind } from '../domain/message.js';

export interface MessageFields {
  organisationId: string;
  kind: MessageKind;
  channel?: Channel;
  recipient: string;
  sender: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html?: string | null;
  calendar?: CalendarInvitationInput | null;
  applicationId?: string | null;
  invitationId?: string | null;
  interviewId?: string | null;
  /** An email about a booking: the worker fills in the booking page's link instead of the invitation's. */
  bookingInvitationId?: string | null;
  /** When it is to go; now for anything but a reminder. */
  dueAt: Date;
  notAfter?: Date | null;
  source?: object | null;
}

/**
 * A message for the outbox (an email unless said otherwise), with an id and a Message-ID of its own. The Message-ID
 * is fixed here, once, so that a message delivered twice is recognisably the same message.
 */
export function outboxMessage(fields: MessageFields, publicUrl: URL, now: Date): NewMessage {
  // Time-ordered, so that messages due at one instant go out in the order they were queued (see claimDueMessages).
  const id = timeOrderedUuid();
  return {
    id,
    organisation_id: fields.organisationId,
    kind: fields.kind,
    channel: fields.channel ?? 'email',
    application_id: fields.applicationId ?? null,
    invitation_id: fields.invitationId ?? null,
    interview_id: fields.interviewId ?? null,
    booking_invitation_id: fields.bookingInvitationId ?? null,
    recipient: fields.recipient,
    sender: fields.sender,
    reply_to: fields.replyTo,
    subject: fields.subject,
    text_body: fields.text,
    html_body: fields.html ?? null,
    calendar: fields.calendar ?? null,
    message_id: `<${id}@${publicUrl.hostname}>`,
    next_attempt_at: fields.dueAt.toISOString(),
    not_after: fields.notAfter?.toISOString() ?? null,
    source_json: fields.source ? JSON.stringify(fields.source) : null,
    created_at: now.toISOString(),
  };
}
