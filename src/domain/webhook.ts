/** What an organisation's ATS can hear of, by webhook. */
export const WEBHOOK_EVENT_TYPES = [
  'invitation.sent',
  'invitation.answered',
  'interview.moved',
  'interview.cancelled',
  'reminder.sent',
  'reminder.failed',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** A registered receiver as an administrator sees it, with how its latest deliveries went. */
export interface WebhookEndpoint {
  id: string;
  url: string;
  events: WebhookEventType[];
  createdBy: { id: string; name: string };
  createdAt: string;
  recentDeliveries: WebhookDelivery[];
}

export interface WebhookDelivery {
  id: string;
  eventType: WebhookEventType;
  status: 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled';
  attempts: number;
  nextAttemptAt: string;
  sentAt: string | null;
  error: string | null;
  createdAt: string;
}

/** Something that happened, before it is addressed to the endpoints that want it. */
export interface WebhookEvent {
  id: string;
  type: WebhookEventType;
  occurredAt: string;
  data: object;
}

/**
 * The body every endpoint gets for an event. The event id is the same for each endpoint and on every retry, so a
 * receiver that got it twice (a retry after a lost 2xx) can tell.
 */
export function webhookBody(organisationId: string, event: WebhookEvent): string {
  return JSON.stringify({ id: event.id, type: event.type, occurredAt: event.occurredAt, organisationId, data: event.data });
}

/**
 * Where Samtale may post an organisation's events: https only, as the body carries candidates' answers. `loopback`
 * lets a test's receiver on http://127.0.0.1 through; the configuration never allows it in production.
 */
export function webhookUrlProblem(url: string, { loopback }: { loopback: boolean }): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  if (parsed.username || parsed.password) return 'may not hold a user name or password';
  if (parsed.protocol === 'https:') return null;
  if (loopback && parsed.protocol === 'http:' && parsed.hostname === '127.0.0.1') return null;
  return 'must be an https:// address';
}

/**
 * An invitation as every event about it describes it: each event concerns one candidate's invitation, and carries
 * the ATS's own ids (null for what it did not put into Samtale) beside Samtale's.
 */
export interface InvitationSnapshot {
  invitation: { id: string; responseStatus: string };
  interview: { id: string; type: string; status: string; startsAt: string; endsAt: string; location: string | null; meetingUrl: string | null };
  application: { id: string; externalId: string | null; status: string };
  candidate: { id: string; externalId: string | null };
  project: { id: string; externalId: string | null };
}
