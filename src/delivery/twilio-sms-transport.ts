import { PermanentDeliveryError } from './email-transport.js';
import type { OutgoingSms, SmsTransport } from './sms-transport.js';

export interface TwilioSmsOptions {
  accountSid: string;
  authToken: string;
  /** A Twilio phone number (E.164), an alphanumeric sender ID, or a Messaging Service SID (`MG` + 32 hex). */
  from: string;
  /** Default `https://api.twilio.com`; tests point it at a fake. */
  apiBaseUrl?: string;
  fetch?: typeof fetch;
  /** How long one request may take, answer included. Default 30 s: well within the worker's 5-minute lease. */
  timeoutMs?: number;
}

export const DEFAULT_TWILIO_API_BASE_URL = 'https://api.twilio.com';
export const DEFAULT_TWILIO_TIMEOUT_MS = 30_000;

const MESSAGING_SERVICE_SID = /^MG[0-9a-fA-F]{32}$/;

/**
 * Twilio error codes about the recipient that sending again cannot cure: an invalid or unreachable number, one
 * that is not a mobile, a region the account may not send to, a recipient who unsubscribed (replied STOP).
 */
const REFUSED_NUMBER_CODES = new Set([
  21211, // invalid 'To' phone number
  21214, // 'To' phone number cannot be reached
  21217, // phone number does not appear to be valid
  21265, // 'To' number cannot be a short code
  21408, // permission to send an SMS has not been enabled for the region of the 'To' number
  21610, // the recipient unsubscribed
  21612, // 'To' number is not currently reachable via SMS
  21614, // 'To' number is not a valid mobile number
]);

/** Twilio error codes about the message itself, which is the same on every attempt. */
const REFUSED_MESSAGE_CODES = new Set([
  21602, // body required
  21617, // body longer than 1600 characters
]);

/** Long enough for Twilio's sentence, short enough for a line on the application's page. */
const MAX_GATEWAY_TEXT = 200;

/** Values that must not reach an error message, each with what stands in its place. */
type Redactions = readonly (readonly [string, string])[];

interface TwilioError {
  code: number | null;
  message: string | null;
}

function parseTwilioError(text: string): TwilioError {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') {
      const { code, message } = parsed as { code?: unknown; message?: unknown };
      return { code: typeof code === 'number' ? code : null, message: typeof message === 'string' ? message : null };
    }
  } catch {
    // Not JSON: a proxy's error page, say. Its text is not repeated.
  }
  return { code: null, message: null };
}

/**
 * Gateway text made safe to store and show: Twilio quotes the recipient's number in some messages ("The 'To'
 * number +4512345678 is not a valid phone number."), so the number as sent and anything that looks like a
 * phone number are replaced, as are the credentials should they ever appear.
 */
function scrub(text: string, known: Redactions): string {
  let clean = text;
  for (const [value, replacement] of known) {
    if (value.length >= 3) clean = clean.split(value).join(replacement);
  }
  clean = clean.replace(/\+?\d(?:[\s().-]{0,2}\d){5,}/g, '[number]');
  clean = clean.replace(/\s+/g, ' ').trim();
  return clean.length > MAX_GATEWAY_TEXT ? `${clean.slice(0, MAX_GATEWAY_TEXT - 1)}…` : clean;
}

/** `21211: The 'To' number [number] is not a valid phone number.`, or what is known of it. */
function describeTwilioError(error: TwilioError, known: Redactions): string {
  const message = error.message === null ? '' : scrub(error.message, known);
  if (error.code !== null && message) return `${error.code}: ${message}`;
  if (error.code !== null) return String(error.code);
  return message;
}

function failureFor(status: number, error: TwilioError, known: Redactions): Error {
  const detail = describeTwilioError(error, known);
  const answered = detail ? `${status}, ${detail}` : String(status);
  if (status === 401 || status === 403) {
    // Retried: an operator can correct the configuration and the message still goes.
    return new Error(`Twilio refused the credentials (${answered}); check the Twilio account SID and auth token`);
  }
  if (status === 400 && error.code !== null && REFUSED_NUMBER_CODES.has(error.code)) {
    return new PermanentDeliveryError(`Twilio refused the number (${detail})`);
  }
  if (status === 400 && error.code !== null && REFUSED_MESSAGE_CODES.has(error.code)) {
    return new PermanentDeliveryError(`Twilio refused the message (${detail})`);
  }
  if (status === 429) return new Error(`Twilio asked to slow down (${answered})`);
  if (status >= 500) return new Error(`Twilio failed (${answered})`);
  // Any other refusal: most likely the sender or the account's settings, which an operator can fix.
  return new Error(`Twilio refused the request (${answered})`);
}

/** A failure to get any answer, described without the request (its URL, headers or form). */
function unanswered(error: unknown, timeoutMs: number): Error {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    const limit = timeoutMs % 1000 === 0 ? `${timeoutMs / 1000} s` : `${timeoutMs} ms`;
    return new Error(`Twilio did not answer within ${limit}`);
  }
  const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === 'string' && /^[A-Z0-9_]+$/.test(cause.code) ? ` (${cause.code})` : '';
  return new Error(`Twilio could not be reached${code}`);
}

/**
 * Delivery through Twilio's Messages API. A refused number is a permanent failure; rate limiting, Twilio's own
 * failures, network trouble, a timeout and wrong credentials are retried by the worker. Error messages are stored
 * and shown to recruiters, so they name Twilio's error code and text but never the number, the text or the token.
 *
 * Twilio's Messages API takes no idempotency key: when an answer is lost (a timeout after Twilio accepted the
 * request), the retry sends the text a second time.
 */
export function twilioSmsTransport(options: TwilioSmsOptions): SmsTransport {
  const { accountSid, authToken, from } = options;
  if (!accountSid || !authToken || !from) throw new Error('twilioSmsTransport needs an account SID, an auth token and a sender');
  const baseUrl = (options.apiBaseUrl ?? DEFAULT_TWILIO_API_BASE_URL).replace(/\/+$/, '');
  const endpoint = `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${accountSid}:${authToken}`, 'utf8').toString('base64')}`;
  const doFetch = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TWILIO_TIMEOUT_MS;
  const sender: [string, string] = MESSAGING_SERVICE_SID.test(from) ? ['MessagingServiceSid', from] : ['From', from];

  return {
    async send(sms: OutgoingSms) {
      const form = new URLSearchParams([['To', sms.to], sender, ['Body', sms.body]]);
      const known: Redactions = [
        [authToken, '[redacted]'],
        [sms.body, '[text]'],
        [sms.to, '[number]'],
      ];
      let status: number;
      let text: string;
      try {
        // The signal covers the answer's body too: a gateway that sends headers and then stalls is cut off as well.
        const response = await doFetch(endpoint, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded; charset=utf-8',
            accept: 'application/json',
          },
          body: form.toString(),
          // Never follow a redirect with the credentials in tow.
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
        status = response.status;
        text = await response.text();
      } catch (error) {
        throw unanswered(error, timeoutMs);
      }
      // 201 with the message's `sid`. Any 2xx means Twilio took the message: failing now would send it twice.
      if (status >= 200 && status < 300) return;
      throw failureFor(status, parseTwilioError(text), known);
    },
    async close() {},
  };
}
