import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { TestApp } from '../support/test-app.js';
import { launchChromium } from './browser.js';
import type { SmtpInbox } from './smtp-inbox.js';
import { startWebAppServer } from './web-app-server.js';

export interface WebAppInChromium {
  browser: Browser;
  test: TestApp;
  base: string;
}

interface Options {
  /**
   * A server started afresh, from the demo as made, for each test instead of once for the file: for tests whose
   * recruiter signs out or loses a session, which the next test must not inherit.
   */
  serverPerTest?: boolean;
  /** A new customer's server: production mode on an empty database, no demo (see startWebAppServer). */
  empty?: boolean;
}

/**
 * One Chromium and the web app's server (startWebAppServer, at `now` on the test clock) for a browser test file,
 * started before its first test and stopped after its last. Call it at the top of the file: the hooks are registered
 * there, and the object's fields are filled in before any test (or a later `beforeAll` of the file) reads them,
 * which is why they are read as `web.test`, never taken apart at the top.
 */
export function webAppInChromium(now: string, options?: Options): WebAppInChromium;
export function webAppInChromium(now: string, options: Options & { smtp: true }): WebAppInChromium & { smtp: SmtpInbox };
export function webAppInChromium(now: string, { smtp = false, serverPerTest = false, empty = false }: Options & { smtp?: boolean } = {}): WebAppInChromium & { smtp?: SmtpInbox } {
  const web = {} as WebAppInChromium & { smtp?: SmtpInbox };
  const start = async () => Object.assign(web, smtp ? await startWebAppServer(now, { smtp: true, empty }) : await startWebAppServer(now, { empty }));
  // Read through the object: a server that failed to start has no `test` to close. The test's pages are closed
  // first: a request still in flight when the server closes leaves its keep-alive connection open for Fastify's
  // 72-second keepAliveTimeout, longer than the hook may take.
  const stop = async () => {
    await Promise.all((web as Partial<WebAppInChromium>).browser?.contexts().map((context) => context.close()) ?? []);
    await (web as Partial<WebAppInChromium>).test?.close();
  };
  beforeAll(async () => {
    web.browser = await launchChromium();
    if (!serverPerTest) await start();
  });
  if (serverPerTest) {
    beforeEach(start);
    afterEach(stop);
  }
  afterAll(async () => {
    await (web as Partial<WebAppInChromium>).browser?.close();
    if (!serverPerTest) await stop();
  });
  return web;
}
