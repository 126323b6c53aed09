import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeTwilio, type FakeTwilio, type FakeTwilioFailure } from '../../test/support/fake-twilio.js';
import { PermanentDeliveryError } from './email-transport.js';
import type { OutgoingSms, SmsTransport } from './sms-transport.js';
import { twilioSmsTransport, type TwilioSmsOptions } from './twilio-sms-transport.js';

const NUMBER = '+4520123456';
const SENDER = '+4570112233';
const MESSAGING_SERVICE = 'MG9752274e9e519418a7406176694466fa';
const BODY = 'Hej Åse! Husk samtalen i morgen kl. 10:00 – svar her: https://jobs.example/i/abc?x=1&y=2+3';

function sms(overrides: Partial<OutgoingSms> = {}): OutgoingSms {
  return { organisationId: 'organisation-1', outboxId: 'outbox-1', to: NUMBER, body: BODY, ...overrides };
}

/** What `send` threw, or null when it did not throw. */
async function failureOf(sending: Promise<void>): Promise<Error | null> {
  try {
    await sending;
    return null;
  } catch (error) {
    if (!(error instanceof Error)) throw new Error(`send threw a non-Error: ${String(error)}`);
    return error;
  }
}

let twilio: FakeTwilio;
beforeEach(async () => {
  twilio = await startFakeTwilio();
});
afterEach(async () => {
  await twilio.close();
});

function transportFor(overrides: Partial<TwilioSmsOptions> = {}): SmsTransport {
  return twilioSmsTransport({
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: SENDER,
    apiBaseUrl: twilio.url,
    ...overrides,
  });
}

describe('twilioSmsTransport', () => {
  it("posts the message form-encoded to the account's Messages resource with basic auth", async () => {
    await transportFor().send(sms());

    expect(twilio.requests).toHaveLength(1);
    const request = twilio.requests[0]!;
    expect(request.method).toBe('POST');
    expect(request.path).toBe(`/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`);
    expect(request.username).toBe(twilio.accountSid);
    expect(request.password).toBe(twilio.authToken);
    expect(request.contentType).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request.fields).toEqual({ To: NUMBER, From: SENDER, Body: BODY });
    expect(request.answer).toBe(201);
    expect(twilio.received).toEqual([{ sid: expect.stringMatching(/^SM[0-9a-f]{32}$/), to: NUMBER, from: SENDER, messagingServiceSid: null, body: BODY }]);
  });

  it('sends through a Messaging Service when the sender is its SID', async () => {
    await transportFor({ from: MESSAGING_SERVICE }).send(sms());

    expect(twilio.requests[0]!.fields).toEqual({ To: NUMBER, MessagingServiceSid: MESSAGING_SERVICE, Body: BODY });
    expect(twilio.received[0]).toMatchObject({ from: null, messagingServiceSid: MESSAGING_SERVICE });
  });

  it('keeps an alphanumeric sender ID that merely starts with MG as the From', async () => {
    await transportFor({ from: 'MGByg' }).send(sms());

    expect(twilio.requests[0]!.fields).toEqual({ To: NUMBER, From: 'MGByg', Body: BODY });
  });

  it('accepts an API base URL with a trailing slash', async () => {
    await transportFor({ apiBaseUrl: `${twilio.url}/` }).send(sms());

    expect(twilio.received).toHaveLength(1);
  });

  it("reports an invalid number as a permanent failure naming Twilio's code and text, without the number", async () => {
    twilio.failNext(1, { status: 400, code: 21211 });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).toBeInstanceOf(PermanentDeliveryError);
    // Twilio's own text quoted the number; the stored reason must not.
    expect(twilio.requests[0]!.answer).toBe(400);
    expect(failure?.message).toBe("Twilio refused the number (21211: The 'To' number [number] is not a valid phone number.)");
    expect(failure?.message).not.toContain('20123456');
  });

  it('removes the number however Twilio writes it, and the number as it was sent', async () => {
    // The fake itself refuses a number that is not E.164, quoting it as it was sent.
    const sent = await failureOf(transportFor().send(sms({ to: '20 12 34 56' })));
    expect(sent).toBeInstanceOf(PermanentDeliveryError);
    expect(sent?.message).toBe("Twilio refused the number (21211: The 'To' number [number] is not a valid phone number.)");

    twilio.failNext(1, { status: 400, code: 21614, message: 'To number: (+45) 20-12-34-56, is not a mobile number' });
    const reformatted = await failureOf(transportFor().send(sms()));
    expect(reformatted).toBeInstanceOf(PermanentDeliveryError);
    expect(reformatted?.message).toContain('21614');
    expect(reformatted?.message).not.toMatch(/\d{2}\D{0,2}\d{2}\D{0,2}\d{2}\D{0,2}\d{2}/);
  });

  it.each([21211, 21214, 21408, 21610, 21614])('reports Twilio error %i about the number as a permanent failure', async (code) => {
    twilio.failNext(1, { status: 400, code, message: 'Refused' });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe(`Twilio refused the number (${code}: Refused)`);
  });

  it('reports a message body Twilio will never take as a permanent failure', async () => {
    twilio.failNext(1, { status: 400, code: 21617, message: 'The concatenated message body exceeds the 1600 character limit.' });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe('Twilio refused the message (21617: The concatenated message body exceeds the 1600 character limit.)');
  });

  it('reports rate limiting (429) as a failure worth retrying', async () => {
    twilio.failNext(1, { status: 429 });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe('Twilio asked to slow down (429, 20429: Too Many Requests)');
  });

  it("reports Twilio's own failure (500) as a failure worth retrying", async () => {
    twilio.failNext(1, { status: 500 });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe('Twilio failed (500, 20500: An internal server error has occurred)');
  });

  it("reports a proxy's error page as a failure worth retrying, without repeating the page", async () => {
    twilio.failNext(1, { status: 502, rawBody: '<html><body>Bad gateway for +4520123456</body></html>' });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe('Twilio failed (502)');
  });

  it('reports an unknown refusal (another 4xx) as a failure worth retrying', async () => {
    twilio.failNext(1, { status: 400, code: 21606, message: "The 'From' phone number +4570112233 is not a valid, SMS-capable inbound phone number or short code for your account." });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toMatch(/^Twilio refused the request \(400, 21606: The 'From' phone number \[number\] is not a valid/);
  });

  it('reports wrong credentials as a failure worth retrying that says so, so an operator can correct them', async () => {
    const wrongToken = 'wrong-token-0123456789abcdef0123';

    const failure = await failureOf(transportFor({ authToken: wrongToken }).send(sms()));

    expect(twilio.requests[0]!.answer).toBe(401);
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe('Twilio refused the credentials (401, 20003: Authenticate); check the Twilio account SID and auth token');
    expect(failure?.message).not.toContain(wrongToken);
    expect(twilio.received).toHaveLength(0);
  });

  it('reports a forbidden account (403) as a credentials failure worth retrying', async () => {
    twilio.failNext(1, { status: 403, code: 20003, message: 'Permission Denied' });

    const failure = await failureOf(transportFor().send(sms()));

    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toMatch(/^Twilio refused the credentials \(403, 20003: Permission Denied\)/);
  });

  it('gives up on a gateway that does not answer within the timeout, as a failure worth retrying', async () => {
    // The fake never answers this request, so the timeout is certain to pass however busy the machine is.
    twilio.hangNext(1);

    const failure = await failureOf(transportFor({ timeoutMs: 200 }).send(sms()));

    expect(twilio.requests[0]!.answer).toBe('hung');
    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe('Twilio did not answer within 200 ms');

    // The next request is answered again (with the default timeout: how fast a round trip is does not matter here).
    await transportFor().send(sms());
    expect(twilio.received).toHaveLength(1);
  });

  it('reports a gateway that cannot be reached as a failure worth retrying', async () => {
    const gone = await startFakeTwilio();
    await gone.close();

    const failure = await failureOf(transportFor({ apiBaseUrl: gone.url }).send(sms()));

    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toBe('Twilio could not be reached (ECONNREFUSED)');
  });

  it('uses the fetch it is given', async () => {
    const seen: string[] = [];
    const recordingFetch: typeof fetch = (input, init) => {
      seen.push(String(input));
      return fetch(input, init);
    };

    await transportFor({ fetch: recordingFetch }).send(sms());

    expect(seen).toEqual([`${twilio.url}/2010-04-01/Accounts/${twilio.accountSid}/Messages.json`]);
    expect(twilio.received).toHaveLength(1);
  });

  it('never puts the auth token, the number or the text into an error', async () => {
    const failures: FakeTwilioFailure[] = [
      { status: 400, code: 21211 },
      { status: 400, code: 21408 },
      { status: 400, code: 21614 },
      // Should Twilio ever quote everything it was sent:
      { status: 400, code: 21610, message: (request) => `Refused ${JSON.stringify(request)}` },
      { status: 400, code: 21999, message: (request) => `Refused ${JSON.stringify(request)}` },
      { status: 401, code: 20003, message: (request) => `Authenticate ${request.password ?? ''}` },
      { status: 429 },
      { status: 500, code: 20500, message: (request) => `Failed ${request.fields.Body ?? ''}` },
      { status: 503, rawBody: 'Service Unavailable' },
    ];
    const errors: Error[] = [];
    for (const failure of failures) {
      twilio.failNext(1, failure);
      errors.push((await failureOf(transportFor().send(sms())))!);
    }
    errors.push((await failureOf(transportFor({ authToken: `${twilio.authToken}-wrong` }).send(sms())))!);
    twilio.hangNext(1);
    errors.push((await failureOf(transportFor({ timeoutMs: 100 }).send(sms())))!);
    const gone = await startFakeTwilio();
    await gone.close();
    errors.push((await failureOf(transportFor({ apiBaseUrl: gone.url }).send(sms())))!);

    expect(errors).toHaveLength(failures.length + 3);
    for (const error of errors) {
      expect(error).toBeInstanceOf(Error);
      const shown = `${error.message}\n${String(error)}\n${error.stack ?? ''}`;
      expect(shown).not.toContain(twilio.authToken);
      expect(shown).not.toContain('20123456');
      expect(shown).not.toContain('Husk samtalen');
    }
  });
});
