import { afterEach, beforeEach } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.js';

export interface WebhookTestApp {
  test: TestApp;
  /** A test may put another receiver here; the one here at the end is stopped. */
  receiver: WebhookReceiver;
}

/**
 * For a test file about webhooks: before each test, a server whose endpoints may be http://127.0.0.1
 * (WEBHOOKS_TO_LOOPBACK) and an ATS's receiver there; both stopped after it. Call it at the top of the file and read
 * its fields inside the tests, where they are filled in.
 */
export function webhookTestApp(): WebhookTestApp {
  const setup = {} as WebhookTestApp;
  beforeEach(async () => {
    setup.test = await createTestApp({ WEBHOOKS_TO_LOOPBACK: 'true' });
    setup.receiver = await startWebhookReceiver();
  });
  afterEach(async () => {
    await setup.receiver.close();
    await setup.test.close();
  });
  return setup;
}
