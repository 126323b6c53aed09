import { expect } from 'vitest';
import type { EmailTransport } from '../../src/delivery/email-transport.js';
import { deliverDue } from '../support/outbox.js';
import { addressesOf, parseMail, type SmtpSink } from '../support/smtp-sink.js';
import type { TestApp } from '../support/test-app.js';

/** An email as the candidate's mail client shows it, with the link to the answer page it carries. */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  /** The first link to the candidate's answer page (…/i/<token>) in the text, or null when there is none. */
  answerLink: string | null;
}

export interface SmtpInbox {
  /**
   * One pass of the outbox at the test clock's time, through the app's SMTP transport to the test's SMTP server:
   * what the app's worker would do next. The test drives it, so nothing waits on a timer.
   */
  deliver(): Promise<void>;
  /** Every mail the SMTP server has accepted so far, in the order it arrived. */
  received(): Promise<ReceivedMail[]>;
  /**
   * Delivers what is due, then the mails to `recipient` (whose subject matches, when given), in the order they
   * arrived; waits (polling, each poll a delivery pass) until there are at least `count`.
   */
  mailsTo(recipient: string, options?: { subject?: RegExp; count?: number }): Promise<ReceivedMail[]>;
}

const ANSWER_LINK = /https?:\/\/[^\s<>"]+\/i\/[^\s<>")]+/;

/** Reads mails off `sink`; `transport` is the one the app itself would build from its SMTP_URL. */
export function smtpInbox(test: TestApp, sink: SmtpSink, transport: EmailTransport): SmtpInbox {
  const deliver = async () => {
    await deliverDue(test, { email: transport });
  };
  const received = () =>
    Promise.all(
      sink.received.map(async (message): Promise<ReceivedMail> => {
        const mail = await parseMail(message);
        const text = mail.text ?? '';
        return { to: addressesOf(mail.to), subject: mail.subject ?? '', text, answerLink: ANSWER_LINK.exec(text)?.[0] ?? null };
      }),
    );
  const matching = async (recipient: string, subject: RegExp | undefined) =>
    (await received()).filter((mail) => mail.to.includes(recipient) && (!subject || subject.test(mail.subject)));
  return {
    deliver,
    received,
    async mailsTo(recipient, { subject, count = 1 } = {}) {
      await expect
        .poll(async () => {
          await deliver();
          return (await matching(recipient, subject)).length;
        })
        .toBeGreaterThanOrEqual(count);
      return matching(recipient, subject);
    },
  };
}
