import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerError, type SMTPServerSession } from 'smtp-server';

/** One message as the server saw it: the SMTP envelope and the MIME text exactly as it came over the wire. */
export interface ReceivedMessage {
  mailFrom: string | null;
  rcptTo: string[];
  raw: string;
}

/** A message the sink answered with an error instead of accepting it. */
export interface RefusedMessage extends ReceivedMessage {
  code: number;
}

export interface SmtpSink {
  /** `smtp://127.0.0.1:<port>`, for `smtpTransport`. */
  url: string;
  /** Accepted messages, in the order they arrived. */
  received: ReceivedMessage[];
  /** Messages answered with an error, in the order they arrived. */
  refused: RefusedMessage[];
  /** Answers the next `count` messages, at the end of DATA, with `code` instead of accepting them. */
  refuseNext(count: number, code: number, text?: string): void;
  /** Stops listening and drops any connection still open. */
  close(): Promise<void>;
}

interface Refusal {
  remaining: number;
  code: number;
  text: string;
}

/**
 * A real SMTP server on 127.0.0.1 (a free port) that keeps what it is sent. Plain SMTP without TLS or
 * authentication, as a relay on the same host would be. With `answerDelayMs`, a slow one: it keeps each message
 * as it arrives but answers only after the delay, so a sender killed meanwhile leaves a message delivered but
 * not recorded as sent.
 */
export async function startSmtpSink({ answerDelayMs = 0 }: { answerDelayMs?: number } = {}): Promise<SmtpSink> {
  const received: ReceivedMessage[] = [];
  const refused: RefusedMessage[] = [];
  let refusal: Refusal | null = null;

  const onData = (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      const message: ReceivedMessage = {
        mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
        rcptTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
        raw: Buffer.concat(chunks).toString('utf8'),
      };
      if (refusal && refusal.remaining > 0) {
        refusal.remaining -= 1;
        refused.push({ ...message, code: refusal.code });
        const error: SMTPServerError = Object.assign(new Error(refusal.text), { responseCode: refusal.code });
        callback(error);
        return;
      }
      received.push(message);
      if (answerDelayMs > 0) setTimeout(() => callback(null), answerDelayMs);
      else callback(null);
    });
  };

  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 50,
    onData,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // A sender killed mid-conversation resets its connections, which smtp-server reports as its own errors; a real
  // server lives on, and so does this one (unheard, they would end the test process).
  server.on('error', () => {});
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refused,
    refuseNext(count, code, text = code >= 500 ? '5.1.1 Recipient address rejected' : '4.3.0 Try again later') {
      refusal = { remaining: count, code, text };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The message parsed as a mail client would read it. */
export function parseMail(message: ReceivedMessage): Promise<ParsedMail> {
  return simpleParser(message.raw);
}

/** The addresses of a parsed To or Reply-To header. */
export function addressesOf(header: ParsedMail['to'] | ParsedMail['replyTo']): string[] {
  if (!header) return [];
  const objects = Array.isArray(header) ? header : [header];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? '')).filter(Boolean);
}
