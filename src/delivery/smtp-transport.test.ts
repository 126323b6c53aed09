import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addressesOf, parseMail, startSmtpSink, type SmtpSink } from '../../test/support/smtp-sink.js';
import { PermanentDeliveryError, type EmailTransport, type OutgoingEmail } from './email-transport.js';
import { smtpTransport } from './smtp-transport.js';

const CALENDAR = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Samtale//Test//EN', 'METHOD:REQUEST', 'END:VCALENDAR'].join('\r\n');

function email(overrides: Partial<OutgoingEmail> = {}): OutgoingEmail {
  return {
    organisationId: 'organisation-1',
    outboxId: 'outbox-1',
    messageId: '<outbox-1@jobs.example>',
    from: 'Nordhavn Byg A/S <jobs@nordhavn.example>',
    to: 'aase.kandidat@mail.example',
    replyTo: 'mette.rekrutter@nordhavn.example',
    subject: 'Invitation til samtale: Tømrer',
    text: 'Kære Åse\n\nSvar her: https://jobs.example/i/abc\n',
    html: '<p>Kære Åse</p><p><a href="https://jobs.example/i/abc">Svar</a></p>',
    calendar: null,
    ...overrides,
  };
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

let sink: SmtpSink;
let transport: EmailTransport;
beforeEach(async () => {
  sink = await startSmtpSink();
  transport = smtpTransport(sink.url);
});
afterEach(async () => {
  await transport.close();
  await sink.close();
});

describe('smtpTransport', () => {
  it('hands the message to the server from the sender to the recipient alone, with its own Message-ID', async () => {
    await transport.send(email());

    expect(sink.received).toHaveLength(1);
    const received = sink.received[0]!;
    expect(received.mailFrom).toBe('jobs@nordhavn.example');
    expect(received.rcptTo).toEqual(['aase.kandidat@mail.example']);
    const mail = await parseMail(received);
    expect(mail.messageId).toBe('<outbox-1@jobs.example>');
    expect(mail.from?.value).toEqual([{ name: 'Nordhavn Byg A/S', address: 'jobs@nordhavn.example' }]);
    expect(addressesOf(mail.to)).toEqual(['aase.kandidat@mail.example']);
    expect(addressesOf(mail.replyTo)).toEqual(['mette.rekrutter@nordhavn.example']);
    expect(mail.subject).toBe('Invitation til samtale: Tømrer');
    expect(mail.text?.trim()).toBe('Kære Åse\n\nSvar her: https://jobs.example/i/abc');
    expect(mail.html).toBe('<p>Kære Åse</p><p><a href="https://jobs.example/i/abc">Svar</a></p>');
  });

  it('sends a calendar invitation as a text/calendar part with its method, which mail clients offer to accept, and as an .ics attachment', async () => {
    await transport.send(email({ calendar: { method: 'REQUEST', content: CALENDAR } }));

    const received = sink.received[0]!;
    expect(received.raw).toMatch(/^Content-Type: text\/calendar; charset=utf-8; method=REQUEST\r?$/m);
    const mail = await parseMail(received);
    const calendarPart = mail.attachments.find((part) => part.contentType === 'text/calendar');
    expect(calendarPart?.content.toString('utf8')).toBe(CALENDAR);
    const file = mail.attachments.find((part) => part.filename === 'invitation.ics');
    expect(file?.contentDisposition).toBe('attachment');
    expect(file?.content.toString('utf8')).toBe(CALENDAR);
    // The text and HTML stay the readable alternatives.
    expect(mail.text?.trim()).toBe('Kære Åse\n\nSvar her: https://jobs.example/i/abc');
    expect(mail.html).toContain('<a href="https://jobs.example/i/abc">Svar</a>');
  });

  it("reports a 4xx answer as a failure worth retrying, carrying the server's reply", async () => {
    sink.refuseNext(1, 451, '4.3.0 Mailbox temporarily unavailable');

    const failure = await failureOf(transport.send(email()));

    expect(failure).toBeInstanceOf(Error);
    expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toContain('451 4.3.0 Mailbox temporarily unavailable');
    expect(sink.received).toHaveLength(0);
  });

  it("reports a 5xx answer as a permanent failure, carrying the server's reply", async () => {
    sink.refuseNext(1, 550, '5.1.1 Recipient address rejected: user unknown');

    const failure = await failureOf(transport.send(email()));

    expect(failure).toBeInstanceOf(PermanentDeliveryError);
    expect(failure?.message).toContain('550 5.1.1 Recipient address rejected: user unknown');
  });

  it('goes on delivering over its pooled connection after the server refused a message', async () => {
    sink.refuseNext(1, 550);
    expect(await failureOf(transport.send(email({ messageId: '<refused@jobs.example>' })))).toBeInstanceOf(PermanentDeliveryError);
    sink.refuseNext(1, 451);
    expect(await failureOf(transport.send(email({ messageId: '<deferred@jobs.example>' })))).toBeInstanceOf(Error);

    await transport.send(email({ messageId: '<accepted@jobs.example>' }));

    expect(sink.refused.map((message) => message.code)).toEqual([550, 451]);
    expect(sink.received).toHaveLength(1);
    expect((await parseMail(sink.received[0]!)).messageId).toBe('<accepted@jobs.example>');
  });

  it('reports a mail server that cannot be reached as a failure worth retrying', async () => {
    const gone = await startSmtpSink();
    await gone.close();
    const unreachable = smtpTransport(gone.url);
    try {
      const failure = await failureOf(unreachable.send(email()));
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
    } finally {
      await unreachable.close();
    }
  });

  it('gives up on a server that takes the connection but never answers, once its timeout has passed, as a failure worth retrying', async () => {
    const sockets: Socket[] = [];
    const silent = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as AddressInfo;
    // The URL's timeout stands in for the default of 30 s, which a test cannot wait for.
    const hanging = smtpTransport(`smtp://127.0.0.1:${port}?greetingTimeout=200`);
    try {
      const failure = await failureOf(hanging.send(email()));
      expect(failure).toBeInstanceOf(Error);
      expect(failure).not.toBeInstanceOf(PermanentDeliveryError);
      expect(failure!.message).toMatch(/greeting/i);
      expect(sockets).toHaveLength(1);
    } finally {
      await hanging.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });
});
