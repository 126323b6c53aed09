import { seedDemoData } from '../../src/demo/seed-demo.js';
import { emailTransportFor } from '../../src/delivery/outbox.js';
import { deliverDue } from '../support/outbox.js';
import { freePort } from '../support/processes.js';
import { startSmtpSink } from '../support/smtp-sink.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { smtpInbox, type SmtpInbox } from './smtp-inbox.js';

export const DEMO_PASSWORD = 'samtale-demo';

export interface WebAppServer {
  test: TestApp;
  base: string;
}

interface Options {
  smtp?: boolean;
  /** A new customer's server instead of the demo: production mode on an empty database, waiting to be set up. */
  empty?: boolean;
}

/**
 * The real server on 127.0.0.1 serving the built web app, with the demo organisation made at a fixed moment of
 * the test clock (so the demo's interview is at a known Copenhagen time) and its emails already delivered: to the
 * development mailbox, or with `smtp`, over SMTP to a real SMTP server started for the test, as in production
 * (the app is configured with its SMTP_URL, and has no development mailbox then). `test.close()` stops it all.
 */
export async function startWebAppServer(now: string, options?: Options & { smtp?: false }): Promise<WebAppServer>;
export async function startWebAppServer(now: string, options: Options & { smtp: true }): Promise<WebAppServer & { smtp: SmtpInbox }>;
export async function startWebAppServer(now: string, { smtp = false, empty = false }: Options = {}): Promise<WebAppServer & { smtp?: SmtpInbox }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const sink = smtp ? await startSmtpSink() : null;
  const test = await createTestApp({ PUBLIC_URL: base, ...(sink && { SMTP_URL: sink.url }), ...(empty && { NODE_ENV: 'production' }) });
  test.clock.set(now);
  if (!empty) await seedDemoData(test.ctx, DEMO_PASSWORD, new URL(base));
  if (!sink) {
    await deliverDue(test);
    await test.app.listen({ host: '127.0.0.1', port });
    return { test, base };
  }
  const transport = emailTransportFor(test.config, test.ctx.db, test.clock);
  const inbox = smtpInbox(test, sink, transport);
  await inbox.deliver();
  await test.app.listen({ host: '127.0.0.1', port });
  const close = async () => {
    await test.close();
    await transport.close();
    await sink.close();
  };
  return { test: { ...test, close }, base, smtp: inbox };
}
