import { v7 as timeOrderedUuid } from 'uuid';
import type { NewMessage } from '../../src/db/repositories/messages.js';
import { devMailboxTransport } from '../../src/delivery/dev-mailbox-transport.js';
import { devSmsTransport } from '../../src/delivery/dev-sms-transport.js';
import type { EmailTransport } from '../../src/delivery/email-transport.js';
import { deliverDueMessages, type DeliveryReport, type WorkerLog } from '../../src/delivery/outbox-worker.js';
import type { SmsTransport } from '../../src/delivery/sms-transport.js';
import type { HostLookup } from '../../src/delivery/webhook-transport.js';
import type { TestApp } from './test-app.js';

export const silentLog: WorkerLog = { info() {}, warn() {}, error() {} };

/**
 * One pass of the outbox worker over everything due at the test clock's time, through the given transports or
 * the development ones; webhooks' host names resolved by `lookup`, or the system.
 */
export function deliverDue(test: TestApp, transports: { email?: EmailTransport; sms?: SmsTransport; lookup?: HostLookup } = {}): Promise<DeliveryReport> {
  const { db } = test.ctx;
  return deliverDueMessages(
    {
      db,
      clock: test.clock,
      secret: test.config.sessionSecret,
      publicUrl: test.config.publicUrl,
      webhooksToLoopback: test.config.webhooksToLoopback,
      ...(transports.lookup && { lookup: transports.lookup }),
      email: transports.email ?? devMailboxTransport(db, test.clock),
      sms: transports.sms ?? devSmsTransport(db, test.clock),
      log: silentLog,
    },
    { limit: 1000 },
  );
}

/** An outbox email due at `at`, as the invitation use case queues one; override what a test is about. */
export function newOutboxMessage(organisationId: string, at: Date, overrides: Partial<NewMessage> = {}): NewMessage {
  const id = timeOrderedUuid();
  return {
    id,
    organisation_id: organisationId,
    kind: 'interview_invitation',
    channel: 'email',
    application_id: null,
    invitation_id: null,
    interview_id: null,
    recipient: 'aase.kandidat@mail.example',
    sender: 'Nordhavn Byg A/S <jobs@nordhavn.example>',
    reply_to: 'mette.rekrutter@nordhavn.example',
    subject: 'Invitation til samtale: Tømrer hos Nordhavn Byg',
    text_body: 'Kære Åse\n\nVi vil gerne invitere dig til samtale.\n',
    html_body: '<p>Kære Åse</p><p>Vi vil gerne invitere dig til samtale.</p>',
    calendar: null,
    message_id: `<${id}@jobs.example>`,
    next_attempt_at: at.toISOString(),
    created_at: at.toISOString(),
    ...overrides,
  };
}

/** A mail server that answers every message with `answer`, as during an outage. */
export function refusingServer(answer: () => Error): EmailTransport & { tries: number } {
  const server = {
    tries: 0,
    async send() {
      server.tries += 1;
      throw answer();
    },
    async close() {},
  };
  return server;
}
