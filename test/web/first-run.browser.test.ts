import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH } from '../../src/domain/password-rule.js';
import { setupToken } from '../../src/security/setup-token.js';
import { createUser, TEST_PASSWORD } from '../support/factories.js';
import { freePort } from '../support/processes.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, launchChromium, openAdministration, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';

/**
 * A new customer's first run: the server in production mode on an empty database (no demo), set up in the web
 * app, then the organisation's settings. `npm run test:browser`.
 */
let browser: Browser;
let test: TestApp;
let base: string;
const ADMIN = { email: 'signe@fjordside.example', password: 'en lang nok adgangssætning' };

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  test = await createTestApp({ NODE_ENV: 'production', PUBLIC_URL: base });
  test.clock.set('2026-11-30T08:00:00Z');
  await test.app.listen({ host: '127.0.0.1', port });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await test?.close();
});

async function inEnglish(page: Page): Promise<void> {
  await page.getByRole('radio', { name: 'English' }).click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
}

describe('the first run', () => {
  it('shows the setup page in both languages, at both widths, to a visitor of the empty server', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context } = await recruiterBrowser(browser, base, viewport);
      await page.goto('/');
      await expect.poll(() => new URL(page.url()).pathname).toBe('/setup');
      await expect.poll(() => page.getByRole('heading', { name: 'Opsæt Samtale' }).isVisible()).toBe(true);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'setup');
      await inEnglish(page);
      await expect.poll(() => page.getByRole('heading', { name: 'Set up Samtale' }).isVisible()).toBe(true);
      await screenshot(page, 'setup');
      await context.close();
    }
  });

  it('says what is wrong as the fields are filled in, and refuses a wrong setup token', async () => {
    const { page, context } = await recruiterBrowser(browser, base);
    await page.goto('/setup');
    await page.getByLabel('Organisationens navn').fill('Fjordside Tømrer ApS');
    await page.getByLabel('E-mail').fill('signe');
    await page.getByLabel('E-mail').press('Tab');
    await expect.poll(() => page.getByText('Det ligner ikke en e-mailadresse.').isVisible()).toBe(true);
    await page.getByLabel('Adgangskode').fill('kort');
    await page.getByLabel('Adgangskode').press('Tab');
    await expect.poll(() => page.getByText(`Adgangskoden skal have mindst ${MIN_PASSWORD_LENGTH} tegn.`).isVisible()).toBe(true);

    await page.getByLabel('Navn', { exact: true }).fill('Signe Dahl');
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Adgangskode').fill(ADMIN.password);
    await page.getByLabel('Opsætningskode').fill('ikke-koden');
    await page.getByRole('button', { name: 'Opsæt og log ind' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Opsætningskoden mangler eller er forkert.');
    await context.close();
  });

  it('sets up the organisation from the address the server printed, and lands signed in as its administrator', async () => {
    const { page, context, problems } = await recruiterBrowser(browser, base);
    await page.goto(`/setup?token=${setupToken(test.config.sessionSecret)}`);
    await page.getByLabel('Organisationens navn').fill('Fjordside Tømrer ApS');
    await page.getByLabel('Tidszone').selectOption('Europe/Copenhagen');
    await page.getByLabel('Standardsprog').selectOption('da');
    await page.getByLabel('Navn', { exact: true }).fill('Signe Dahl');
    await page.getByLabel('E-mail').fill(ADMIN.email);
    await page.getByLabel('Adgangskode').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Opsæt og log ind' }).click();

    await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');
    await expect.poll(() => page.getByText('Fjordside Tømrer ApS').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Signe Dahl').isVisible()).toBe(true);
    const organisations = await test.ctx.db.selectFrom('organisations').select(['name', 'time_zone']).execute();
    expect(organisations).toEqual([{ name: 'Fjordside Tømrer ApS', time_zone: 'Europe/Copenhagen' }]);

    // Once set up, the setup page leads to sign-in.
    await page.goto('/setup');
    await expect.poll(() => new URL(page.url()).pathname).not.toBe('/setup');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('the organisation settings', () => {
  it('are reached from the frame by an administrator, and saved', async () => {
    const { page, context, problems } = await recruiterBrowser(browser, base);
    await page.goto('/login');
    await signIn(page, ADMIN.email, ADMIN.password);
    await openAdministration(page, 'Indstillinger');
    await expect.poll(() => page.getByRole('heading', { name: 'Indstillinger' }).isVisible()).toBe(true);
    await expect.poll(() => page.getByLabel('Standardafsenderadresse').inputValue()).toBe(ADMIN.email);

    await page.getByLabel('Afsendernavn').fill('Fjordside Rekruttering');
    await page.getByLabel('Påmindelser må sendes som SMS').check();
    await page.getByRole('checkbox', { name: 'Bokmål' }).uncheck();
    await page.getByRole('button', { name: 'Gem indstillinger' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' }).isVisible()).toBe(true);

    const saved = await test.ctx.db.selectFrom('organisations').select(['default_sender_name', 'sms_enabled', 'languages_json']).executeTakeFirstOrThrow();
    expect(saved).toEqual({ default_sender_name: 'Fjordside Rekruttering', sms_enabled: 1, languages_json: '["da","en","sv"]' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('look right in both languages, at both widths', async () => {
    for (const viewport of [DESKTOP, PHONE]) {
      const { page, context } = await recruiterBrowser(browser, base, viewport);
      await page.goto('/settings');
      await signIn(page, ADMIN.email, ADMIN.password);
      await expect.poll(() => page.getByRole('heading', { name: 'Indstillinger' }).isVisible()).toBe(true);
      await expect.poll(() => page.getByLabel('Afsendernavn').inputValue()).toBe('Fjordside Rekruttering');
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'settings');
      await inEnglish(page);
      await expect.poll(() => page.getByRole('heading', { name: 'Settings' }).isVisible()).toBe(true);
      await screenshot(page, 'settings');
      await context.close();
    }
  });

  it('are neither linked nor shown to a recruiter', async () => {
    const organisation = await test.ctx.db.selectFrom('organisations').select('id').executeTakeFirstOrThrow();
    const recruiter = await createUser(test.ctx.db, organisation.id, { name: 'Bo Lund', email: 'bo@fjordside.example' });
    const { page, context } = await recruiterBrowser(browser, base);
    await page.goto('/login');
    await signIn(page, recruiter.email, TEST_PASSWORD);
    await expect.poll(() => page.getByText('Bo Lund').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);

    await page.goto('/settings');
    await expect.poll(() => page.getByText('Kun administratorer kan se og ændre organisationens indstillinger.').isVisible()).toBe(true);
    await context.close();
  });
});
