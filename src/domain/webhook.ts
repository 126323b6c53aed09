import { BlockList, isIPv4, isIPv6 } from 'node:net';

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

/** Addresses of this server's own network, which no organisation's administrator may make Samtale post to. */
const INTERNAL_NETWORKS = new BlockList();
// Multicast and the reserved block (broadcast included) too: no receiver of a customer's lives there.
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16], ['224.0.0.0', 4], ['240.0.0.0', 4]] as const) {
  INTERNAL_NETWORKS.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10], ['ff00::', 8]] as const) INTERNAL_NETWORKS.addSubnet(network, prefix, 'ipv6');

/** An IP address (IPv4, IPv6 or IPv4-mapped IPv6) of a private, loopback, link-local or unique-local network. */
export function isInternalAddress(address: string): boolean {
  if (isIPv4(address)) return INTERNAL_NETWORKS.check(address, 'ipv4');
  // BlockList checks an IPv4-mapped IPv6 address (::ffff:10.0.0.1) against the IPv4 networks too.
  return isIPv6(address) && INTERNAL_NETWORKS.check(address, 'ipv6');
}

function isInternalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[(.*)\]$/, '$1').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || isInternalAddress(host);
}

/**
 * Of the addresses an endpoint's host name resolved to, the one to post to; null when any of them is of the
 * server's own network. A name is checked as it resolves when the event leaves, since a name that looked public
 * when the endpoint was added (or one in the server's /etc/hosts) may lead inside. All must pass, not the first:
 * the connection is then made to the address checked, and no other answer of the resolver is used. `loopback`
 * lets a test's receiver on 127.0.0.1 through, as for the address itself.
 */
export function deliverableAddress<A extends { address: string }>(addresses: readonly A[], { loopback }: { loopback: boolean }): A | null {
  const allowed = (candidate: A) => (loopback && candidate.address === '127.0.0.1') || !isInternalAddress(candidate.address);
  return addresses.length > 0 && addresses.every(allowed) ? addresses[0]! : null;
}

/**
 * Where Samtale may post an organisation's events: https only, as the body carries candidates' answers, and not to
 * an address of the server's own network written as such (localhost, 10.x, 169.254.x …), which an administrator
 * of one organisation could otherwise probe through it. `loopback` lets a test's receiver on 127.0.0.1 through; the
 * configuration never allows it in production.
 */
export function webhookUrlProblem(url: string, { loopback }: { loopback: boolean }): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'is not a valid URL';
  }
  if (parsed.username || parsed.password) return 'may not hold a user name or password';
  const testReceiver = loopback && parsed.hostname === '127.0.0.1';
  if (parsed.protocol !== 'https:' && !(testReceiver && parsed.protocol === 'http:')) return 'must be an https:// address';
  if (!testReceiver && isInternalHost(parsed.hostname)) return 'may not be an address of a private or local network';
  return null;
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
