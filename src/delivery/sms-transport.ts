/** A text message, ready for a transport. */
export interface OutgoingSms {
  organisationId: string;
  /** The outbox row's id; also the idempotency key a gateway may accept. */
  outboxId: string;
  /** E.164. */
  to: string;
  body: string;
}

export interface SmsTransport {
  send(sms: OutgoingSms): Promise<void>;
  close(): Promise<void>;
}
