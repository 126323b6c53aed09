import { devMailboxTransport } from '../../src/delivery/dev-mailbox-transport.js';
import { devSmsTransport } from '../../src/delivery/dev-sms-transport.js';
import type { EmailTransport } from '../../src/delivery/email-transport.js';
import { deliverDueMessages, type DeliveryReport, type WorkerLog } from '../../src/delivery/outbox-worker.js';
import type { SmsTransport } from '../../src/delivery/sms-transport.js';
import type { TestApp } from './test-app.js';

export const silentLog: WorkerLog = { info() {}, warn() {}, error() {} };

/**
 * One pass of the outbox worker over everything due at the test clock's time, through the given transports or
 * the development ones.
 */
export function deliverDue(test: TestApp, transports: { email?: EmailTransport; sms?: SmsTransport } = {}): Promise<DeliveryReport> {
  const { db } = test.ctx;
  return deliverDueMessages(
    {
      db,
      clock: test.clock,
      secret: test.config.sessionSecret,
      publicUrl: test.config.publicUrl,
      email: transports.email ?? devMailboxTransport(db, test.clock),
      sms: transports.sms ?? devSmsTransport(db, test.clock),
      log: silentLog,
    },
    1000,
  );
}
