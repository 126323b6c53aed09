import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Db } from '../db/database.js';
import { devMailboxTransport } from './dev-mailbox-transport.js';
import type { EmailTransport } from './email-transport.js';
import { startOutboxWorker, type RunningWorker, type WorkerLog } from './outbox-worker.js';
import { smtpTransport } from './smtp-transport.js';

export function emailTransportFor(config: Config, db: Db, clock: Clock): EmailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : devMailboxTransport(db, clock);
}

/** Starts delivering the outbox with the transport the configuration names; stopping also closes the transport. */
export function startDelivery(config: Config, db: Db, clock: Clock, log: WorkerLog): RunningWorker {
  const email = emailTransportFor(config, db, clock);
  const worker = startOutboxWorker({ db, clock, secret: config.sessionSecret, publicUrl: config.publicUrl, email, log });
  return {
    lastTickAt: worker.lastTickAt,
    async stop() {
      await worker.stop();
      await email.close();
    },
  };
}
