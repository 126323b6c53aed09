import type { SendMailOptions } from 'nodemailer';

/** A rendered email, ready for a transport. */
export interface OutgoingEmail {
  organisationId: string;
  /** The outbox row's id. */
  outboxId: string;
  /** RFC 5322 Message-ID, the same on every attempt. */
  messageId: string;
  from: string;
  to: string;
  replyTo: string | null;
  subject: string;
  text: string;
  html: string | null;
  calendar: { method: string; content: string } | null;
}

export interface EmailTransport {
  send(email: OutgoingEmail): Promise<void>;
  close(): Promise<void>;
}

/** A failure the transport knows will not go away by trying again (a refused address, say). */
export class PermanentDeliveryError extends Error {
  override name = 'PermanentDeliveryError';
}

export function toMailOptions(email: OutgoingEmail): SendMailOptions {
  return {
    messageId: email.messageId,
    from: email.from,
    to: email.to,
    ...(email.replyTo ? { replyTo: email.replyTo } : {}),
    subject: email.subject,
    text: email.text,
    ...(email.html ? { html: email.html } : {}),
    // As an alternative part and an attachment: Outlook and Gmail then offer "accept" in the mail itself.
    ...(email.calendar ? { icalEvent: { method: email.calendar.method, filename: 'invitation.ics', content: email.calendar.content } } : {}),
  };
}
