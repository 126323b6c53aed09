import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import type { Clock } from '../clock.js';
import type { Db } from '../db/database.js';
import type { OutboxMessage } from '../db/repositories/messages.js';
import { liveWebhookUrl } from '../db/repositories/webhook-endpoints.js';
import { deliverableAddress } from '../domain/webhook.js';
import { webhookSignature, webhookSigningSecret } from '../security/webhook-signature.js';
import { PermanentDeliveryError } from './email-transport.js';

/** How long a receiver may take to answer: well within the worker's lease, and no receiver holds the queue up long. */
export const WEBHOOK_TIMEOUT_MS = 10_000;

/** Every address a host name resolves to (node:dns lookup with `all: true`); tests give their own. */
export type HostLookup = (hostname: string) => Promise<LookupAddress[]>;

export const systemLookup: HostLookup = (hostname) =>
  new Promise((resolve, reject) => dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))));

export interface WebhookDeps {
  db: Db;
  clock: Clock;
  secret: string;
  /** `WEBHOOKS_TO_LOOPBACK`: a host name may resolve to 127.0.0.1, where a test's receiver listens. */
  webhooksToLoopback?: boolean;
  lookup?: HostLookup;
}

export const REFUSED_HOST = "The endpoint's host name leads to an address of a private or local network, where Samtale does not post.";

/**
 * Posts a queued event to its endpoint, signed for this attempt (a fresh timestamp each time, so a retry is not
 * refused as old). Any 2xx is delivered; anything else, or no answer in time, is an error the worker retries with
 * its usual backoff. A host name that leads inside the server's network fails for good: trying again would not
 * make it public, and an administrator sends it again once the name is fixed.
 */
export async function postWebhook(deps: WebhookDeps, row: OutboxMessage): Promise<void> {
  const url = await liveWebhookUrl(deps.db, row.organisation_id, row.recipient);
  if (url === undefined) throw new PermanentDeliveryError('The endpoint was removed.');
  const signature = webhookSignature(webhookSigningSecret(row.recipient, deps.secret), row.text_body, deps.clock.now());
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Samtale-Webhooks/1',
    'samtale-event-id': row.message_id,
    'samtale-event-type': row.subject,
    'samtale-signature': signature,
  };
  const status = await postToCheckedAddress(new URL(url), headers, row.text_body, { loopback: deps.webhooksToLoopback ?? false, lookup: deps.lookup ?? systemLookup });
  if (status < 200 || status > 299) throw new Error(`The endpoint answered ${status}.`);
}

/**
 * Resolves the host name, checks every address it gave, and connects to the one checked: the resolver is not asked
 * again on connecting, so an answer that changes between the check and the connection (DNS rebinding) is never
 * used. Redirects are not followed: the registered address is where the event may go. Answers the status.
 */
export async function postToCheckedAddress(
  url: URL,
  headers: Record<string, string>,
  body: string,
  { loopback, lookup }: { loopback: boolean; lookup: HostLookup },
): Promise<number> {
  const signal = AbortSignal.timeout(WEBHOOK_TIMEOUT_MS);
  try {
    const address = deliverableAddress(await untilAborted(lookup(hostnameOf(url)), signal), { loopback });
    if (address === null) throw new PermanentDeliveryError(REFUSED_HOST);
    return await post(url, address, headers, body, signal);
  } catch (error) {
    if (error instanceof PermanentDeliveryError) throw error;
    throw new Error(`The endpoint could not be reached: ${signal.aborted ? `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s` : reason(error)}.`);
  }
}

/** The URL's host as the resolver takes it: an IPv6 address without its brackets. */
const hostnameOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Where and how to connect: to the address checked, while the request names the host the endpoint was registered
 * with (the Host header, and for TLS the server name the certificate is checked against).
 */
export function connectionOptions(url: URL, address: LookupAddress): RequestOptions & { servername?: string } {
  const hostname = hostnameOf(url);
  return {
    protocol: url.protocol,
    host: address.address,
    family: address.family,
    port: url.port || (url.protocol === 'https:' ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    headers: { host: url.host },
    // TLS takes no IP address as a server name; a URL written with one is checked against it as the host.
    ...(isIP(hostname) === 0 ? { servername: hostname } : {}),
  };
}

function post(url: URL, address: LookupAddress, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<number> {
  const options = connectionOptions(url, address);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const request = send(
      { ...options, method: 'POST', headers: { ...headers, ...options.headers, 'content-length': String(Buffer.byteLength(body)) }, agent: false, signal },
      (response) => {
        // The answer's body is not wanted; reading it to the end lets the connection close.
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** The resolver cannot be stopped, but the worker need not wait for it past the delivery's time. */
function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const abort = () => reject(signal.reason as Error);
    if (signal.aborted) abort();
    signal.addEventListener('abort', abort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'network error';
}
