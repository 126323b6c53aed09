import { seedDemoData } from '../../src/demo/seed-demo.js';
import { deliverDue } from '../support/outbox.js';
import { freePort } from '../support/processes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

export const DEMO_PASSWORD = 'samtale-demo';

/**
 * The real server on 127.0.0.1 serving the built web app, with the demo organisation made at a fixed moment of
 * the test clock (so the demo's interview is at a known Copenhagen time) and its emails already delivered to the
 * development mailbox.
 */
export async function startWebAppServer(now: string): Promise<{ test: TestApp; base: string }> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const test = await createTestApp({ PUBLIC_URL: base });
  test.clock.set(now);
  await seedDemoData(test.ctx, DEMO_PASSWORD, new URL(base));
  await deliverDue(test);
  await test.app.listen({ host: '127.0.0.1', port });
  return { test, base };
}
