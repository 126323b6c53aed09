import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request to the Messages API as the server saw it, whatever it answered. */
export interface FakeTwilioRequest {
  method: string;
  path: string;
  /** The decoded `user:password` of HTTP basic auth, or null without it. */
  username: string | null;
  password: string | null;
  contentType: string | null;
  /** The form fields; a field sent twice keeps its last value. */
  fields: Record<string, string>;
  /** The HTTP status answered, or `'hung'` for a request never answered. */
  answer: number | 'hung';
}

/** A message the server accepted. */
export interface FakeTwilioMessage {
  sid: string;
  to: string;
  /** `From`, or null when sent through a Messaging Service. */
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
}

/** An answer other than acceptance: a status with Twilio's error JSON, or a body of its own (a proxy's page). */
export interface FakeTwilioFailure {
  status: number;
  /** Twilio's error code; default from the status (400 → 21211, 401 → 20003, 429 → 20429, 5xx → 20500). */
  code?: number;
  /** Twilio's error text; default Twilio's own for the code, quoting the `To` number where Twilio does. */
  message?: string | ((request: FakeTwilioRequest) => string);
  /** Sent as it is (text/html) instead of the error JSON. */
  rawBody?: string;
}

export interface FakeTwilio {
  /** `http://127.0.0.1:<port>`, for the transport's `apiBaseUrl`. */
  url: string;
  accountSid: string;
  authToken: string;
  /** Every request, in the order it arrived. */
  requests: FakeTwilioRequest[];
  /** Accepted messages, in the order they arrived. */
  received: FakeTwilioMessage[];
  /** Answers the next `count` well-formed, authenticated requests with `failure` instead of accepting them. */
  failNext(count: number, failure: FakeTwilioFailure): void;
  /** Never answers the next `count` well-formed, authenticated requests. */
  hangNext(count: number): void;
  /** Stops listening and drops every connection, hung ones included. */
  close(): Promise<void>;
}

type Behaviour = { kind: 'fail'; failure: FakeTwilioFailure } | { kind: 'hang' };

const E164 = /^\+[1-9]\d{1,14}$/;

const DEFAULT_CODES: Record<number, number> = { 400: 21211, 401: 20003, 403: 20003, 404: 20404, 429: 20429 };

/** Twilio's texts for the codes the tests use (the number quoted as Twilio quotes it). */
const TWILIO_MESSAGES: Record<number, (request: FakeTwilioRequest) => string> = {
  20003: () => 'Authenticate',
  20404: (request) => `The requested resource ${request.path} was not found`,
  20429: () => 'Too Many Requests',
  20500: () => 'An internal server error has occurred',
  21211: (request) => `The 'To' number ${request.fields.To ?? ''} is not a valid phone number.`,
  21408: (request) => `Permission to send an SMS has not been enabled for the region indicated by the 'To' number: ${request.fields.To ?? ''}.`,
  21602: () => 'Message body is required.',
  21603: () => "A 'From' phone number is required.",
  21604: () => "A 'To' phone number is required.",
  21610: () => 'Attempt to send to unsubscribed recipient',
  21614: (request) => `To number: ${request.fields.To ?? ''}, is not a mobile number`,
};

function twilioError(status: number, code: number, message: string) {
  return { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status };
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function basicAuth(header: string | undefined): { username: string | null; password: string | null } {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match) return { username: null, password: null };
  const decoded = Buffer.from(match[1]!, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return { username: null, password: null };
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/**
 * A real HTTP server on 127.0.0.1 (a free port) that speaks Twilio's Messages API as far as Samtale uses it:
 * `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` with HTTP basic auth and a form-encoded `To`, `From` or
 * `MessagingServiceSid`, and `Body`. It answers 201 with the message resource, or Twilio's error JSON for a wrong
 * method (405), path (404), credentials (401), form (400 with 21211, 21602, 21603 or 21604), or when told to.
 */
export async function startFakeTwilio(
  credentials: { accountSid?: string; authToken?: string } = {},
): Promise<FakeTwilio> {
  const accountSid = credentials.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = credentials.authToken ?? randomBytes(16).toString('hex');
  const messagesPath = `/2010-04-01/Accounts/${accountSid}/Messages.json`;
  const requests: FakeTwilioRequest[] = [];
  const received: FakeTwilioMessage[] = [];
  const script: { remaining: number; behaviour: Behaviour }[] = [];

  const answer = (response: ServerResponse, record: FakeTwilioRequest, status: number, payload: object) => {
    record.answer = status;
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(payload));
  };
  const refuse = (response: ServerResponse, record: FakeTwilioRequest, status: number, code: number) => {
    answer(response, record, status, twilioError(status, code, TWILIO_MESSAGES[code]?.(record) ?? 'Error'));
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const text = await readBody(request);
    const contentType = request.headers['content-type'] ?? null;
    const isForm = contentType !== null && /^application\/x-www-form-urlencoded\s*(;|$)/i.test(contentType);
    const record: FakeTwilioRequest = {
      method: request.method ?? '',
      path: (request.url ?? '').split('?')[0]!,
      ...basicAuth(request.headers.authorization),
      contentType,
      fields: isForm ? Object.fromEntries(new URLSearchParams(text)) : {},
      answer: 'hung',
    };
    requests.push(record);

    if (record.username !== accountSid || record.password !== authToken) return refuse(response, record, 401, 20003);
    if (record.path !== messagesPath) return refuse(response, record, 404, 20404);
    if (record.method !== 'POST') return answer(response, record, 405, twilioError(405, 20004, 'Method not allowed'));
    if (!isForm) return answer(response, record, 400, twilioError(400, 20001, 'Expected application/x-www-form-urlencoded'));
    const { To: to, From: from, MessagingServiceSid: messagingServiceSid, Body: body } = record.fields;
    if (!to) return refuse(response, record, 400, 21604);
    if (!from && !messagingServiceSid) return refuse(response, record, 400, 21603);
    if (!body) return refuse(response, record, 400, 21602);

    const scripted = script[0];
    if (scripted) {
      scripted.remaining -= 1;
      if (scripted.remaining <= 0) script.shift();
      if (scripted.behaviour.kind === 'hang') return; // The request stays open until the client gives up or close().
      const { failure } = scripted.behaviour;
      record.answer = failure.status;
      if (failure.rawBody !== undefined) {
        response.writeHead(failure.status, { 'content-type': 'text/html; charset=utf-8' });
        response.end(failure.rawBody);
        return;
      }
      const code = failure.code ?? DEFAULT_CODES[failure.status] ?? (failure.status >= 500 ? 20500 : 20001);
      const message =
        typeof failure.message === 'function' ? failure.message(record) : (failure.message ?? TWILIO_MESSAGES[code]?.(record) ?? 'Error');
      return answer(response, record, failure.status, twilioError(failure.status, code, message));
    }

    if (!E164.test(to)) return refuse(response, record, 400, 21211);
    const sid = `SM${randomBytes(16).toString('hex')}`;
    received.push({ sid, to, from: from ?? null, messagingServiceSid: messagingServiceSid ?? null, body });
    const now = new Date().toUTCString().replace('GMT', '+0000');
    answer(response, record, 201, {
      account_sid: accountSid,
      api_version: '2010-04-01',
      body,
      date_created: now,
      date_sent: null,
      date_updated: now,
      direction: 'outbound-api',
      error_code: null,
      error_message: null,
      from: from ?? null,
      messaging_service_sid: messagingServiceSid ?? null,
      num_media: '0',
      num_segments: '1',
      price: null,
      price_unit: 'USD',
      sid,
      status: messagingServiceSid ? 'accepted' : 'queued',
      to,
      uri: `${messagesPath.replace(/\.json$/, '')}/${sid}.json`,
    });
  };

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    accountSid,
    authToken,
    requests,
    received,
    failNext(count, failure) {
      if (count > 0) script.push({ remaining: count, behaviour: { kind: 'fail', failure } });
    },
    hangNext(count) {
      if (count > 0) script.push({ remaining: count, behaviour: { kind: 'hang' } });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
