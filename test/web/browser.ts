import { mkdir } from 'node:fs/promises';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** The README names this folder: every screen of the web app, in both languages and at both widths. */
export const SCREENSHOT_DIR = new URL('../../test-results/screens/', import.meta.url);

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface RecruiterBrowser {
  context: BrowserContext;
  page: Page;
  /** Console errors (a CSP refusal is one), failed requests and uncaught exceptions, as they happened. */
  problems: string[];
}

/**
 * A Danish recruiter's browser on the other side of the Atlantic: a time shown in the browser's zone instead of
 * the organisation's is five or six hours off, and fails a test.
 *
 * `clockAt` stops the page's clock at that instant, given as the server's test clock is (startWebAppServer's `now`):
 * the screens that say "today", open on this week or hold back days that have passed then agree with the server.
 */
export async function recruiterBrowser(browser: Browser, base: string, viewport = DESKTOP, { clockAt }: { clockAt?: string } = {}): Promise<RecruiterBrowser> {
  const context = await browser.newContext({ baseURL: base, viewport, locale: 'da-DK', timezoneId: 'America/New_York' });
  const page = await context.newPage();
  if (clockAt) await page.clock.setFixedTime(new Date(clockAt));
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // A failed request is also logged to the console; it is judged by its response below.
    if (message.text().startsWith('Failed to load resource')) return;
    problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  page.on('response', (response) => {
    // 401 from /api/me is how the app learns nobody is signed in; every other failure is a problem.
    if (response.status() >= 400 && !(response.status() === 401 && response.url().endsWith('/api/me'))) {
      problems.push(`${response.status()} ${new URL(response.url()).pathname}`);
    }
  });
  return { context, page, problems };
}

/** From the frame, Administration and then one of its tabs (Indstillinger, Brugere, Skabeloner, Integrationer). */
export async function openAdministration(page: Page, tab: string): Promise<void> {
  await page.getByRole('link', { name: 'Administration', exact: true }).click();
  await page.getByRole('navigation', { name: 'Administration' }).getByRole('link', { name: tab }).click();
}

const SIGN_IN_WORDS = {
  da: { email: 'E-mail', password: 'Adgangskode', submit: 'Log ind' },
  en: { email: 'Email', password: 'Password', submit: 'Sign in' },
};

export async function signIn(page: Page, email = 'anna@demo.example', password = 'samtale-demo', language: 'da' | 'en' = 'da'): Promise<void> {
  const words = SIGN_IN_WORDS[language];
  await page.getByLabel(words.email, { exact: true }).fill(email);
  await page.getByLabel(words.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: words.submit }).click();
}

/**
 * Saves `<name>-<language>-<width>.png`, after the page has settled, for people to look at: the whole page on a
 * desktop, the screen as a phone shows it on a phone.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const language = await page.evaluate(() => document.documentElement.lang);
  const width = page.viewportSize()?.width ?? 0;
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: new URL(`${name}-${language}-${width}.png`, SCREENSHOT_DIR).pathname, fullPage: width > PHONE.width });
}

/**
 * axe-core on the page as it is: no serious or critical violation. It runs in the page's main frame only (through
 * the debugging protocol, which the page's CSP does not govern): the one frame the app has shows an email's own
 * HTML in a sandbox that allows no script, and is the email's, not the app's.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(axe.source);
  const { violations } = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { iframes: false }));
  const severe = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  expect(severe.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Nothing wider than the screen: a phone user never scrolls sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}
