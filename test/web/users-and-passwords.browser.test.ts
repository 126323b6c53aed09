import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, openAdministration, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Users and their passwords: anna, the demo's administrator, invites Dora on the Users screen; the invitation email
 * reaches the test's SMTP server; Dora chooses her password from the link in it and signs in; anna grants her SMS
 * access, which Dora's session then has; Dora forgets her password and sets a new one from the reset email; anna
 * deactivates her, which ends her session. The tests follow one another.
 */
const NOW = '2026-11-30T08:00:00Z';
const DORA = 'dora.dahl@nordhavn.example';
const DORA_PASSWORD = 'dora vælger en lang adgangskode';
const web = webAppInChromium(NOW, { smtp: true });
let doraPage: Page;

const CHOOSE_LINK = /https?:\/\/\S+\/choose-password#[\w-]+/;

/** The link in the latest mail to Dora whose subject matches, once `count` of them have arrived. */
async function linkInMailToDora(subject: RegExp, count = 1): Promise<string> {
  const mails = await web.smtp.mailsTo(DORA, { subject, count });
  const link = CHOOSE_LINK.exec(mails.at(-1)!.text)?.[0];
  expect(link).toBeDefined();
  return link!;
}

async function signedInAnna(viewport = DESKTOP, language: 'da' | 'en' = 'da') {
  const anna = await recruiterBrowser(web.browser, web.base, viewport, { clockAt: NOW });
  await anna.context.addInitScript((chosen) => window === window.top && localStorage.setItem('samtale.language', chosen), language);
  await anna.page.goto('/login');
  await signIn(anna.page, 'anna@demo.example', 'samtale-demo', language);
  await expect.poll(() => new URL(anna.page.url()).pathname).toBe('/projects');
  return anna;
}

const doraRow = (page: Page) => page.getByTestId(`user-${DORA}`);
const smsAccess = async (page: Page) => (await page.request.get('/api/me')).json().then((me: { smsAccess: boolean }) => me.smsAccess);

describe('users and passwords, with mail over SMTP (da-DK browser in New York)', () => {
  it('anna invites Dora on the Users screen, reached from the frame', async () => {
    const { page, context, problems } = await signedInAnna();
    await openAdministration(page, 'Brugere');
    await expect.poll(() => page.getByRole('heading', { name: 'Brugere', level: 1 }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Inviter bruger' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Dora Dahl');
    await page.getByLabel('E-mail', { exact: true }).fill(DORA);
    await page.getByRole('button', { name: 'Send invitation' }).click();

    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Invitationen er sendt til ${DORA}.`);
    expect(await doraRow(page).textContent()).toMatch(/Dora Dahl.*Inviteret/);
    await expectAccessible(page);
    await screenshot(page, 'users');
    // A second invitation replaces the first: Dora uses the link of the latest.
    await doraRow(page).getByRole('button', { name: 'Send invitation igen' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toMatch(/^Invitationen er sendt igen til dora\.dahl@nordhavn\.example\./);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Dora gets the invitation by email, chooses her password from its link and signs in, without SMS access', async () => {
    const link = await linkInMailToDora(/^Du er inviteret til Samtale hos Nordhavn Byg A\/S$/, 2);
    const dora = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await dora.page.goto(link);
    await expect.poll(() => dora.page.getByRole('heading', { name: 'Vælg adgangskode', level: 1 }).isVisible()).toBe(true);
    expect(await dora.page.getByText(/Velkommen til Samtale, Dora Dahl/).isVisible()).toBe(true);
    await expectAccessible(dora.page);
    await screenshot(dora.page, 'choose-password');

    await dora.page.getByLabel('Ny adgangskode', { exact: true }).fill(DORA_PASSWORD);
    await dora.page.getByLabel('Gentag adgangskoden', { exact: true }).fill(DORA_PASSWORD);
    await dora.page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await dora.page.getByRole('link', { name: 'Log ind' }).click();
    await signIn(dora.page, DORA, DORA_PASSWORD);
    await expect.poll(() => new URL(dora.page.url()).pathname).toBe('/projects');
    expect(await dora.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    expect(await smsAccess(dora.page)).toBe(false);
    expect(dora.problems).toEqual([]);
    doraPage = dora.page;
  });

  it('anna grants Dora SMS access, which Dora’s session then has', async () => {
    const { page, context, problems } = await signedInAnna();
    await page.goto('/users');
    await page.getByLabel('SMS-adgang for Dora Dahl').check();
    await expect.poll(() => page.getByRole('status').textContent()).toBe('Gemt: Dora Dahl.');
    expect(await doraRow(page).textContent()).toMatch(/Aktiv/);
    expect(await smsAccess(doraPage)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Dora forgets her password and chooses a new one from the reset email', async () => {
    const dora = await recruiterBrowser(web.browser, web.base, PHONE, { clockAt: NOW });
    await dora.page.goto('/login');
    await dora.page.getByRole('link', { name: 'Glemt adgangskode?' }).click();
    await expect.poll(() => dora.page.getByRole('heading', { name: 'Glemt adgangskode', level: 1 }).isVisible()).toBe(true);
    await expectAccessible(dora.page);
    await screenshot(dora.page, 'forgot-password');
    await dora.page.getByLabel('E-mail', { exact: true }).fill(DORA);
    await dora.page.getByRole('button', { name: 'Send link' }).click();
    await expect.poll(() => dora.page.getByRole('status').textContent()).toMatch(/Hvis adressen hører til en bruger, er et link på vej/);

    const link = await linkInMailToDora(/^Vælg en ny adgangskode til Samtale$/);
    await dora.page.goto(link);
    await expect.poll(() => dora.page.getByRole('heading', { name: 'Vælg en ny adgangskode', level: 1 }).isVisible()).toBe(true);
    await expectAccessible(dora.page);
    await expectNoSidewaysScroll(dora.page);
    await screenshot(dora.page, 'choose-password');
    await dora.page.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => dora.page.getByRole('heading', { level: 1 }).textContent()).toBe('Choose a new password');
    await screenshot(dora.page, 'choose-password');
    await dora.page.setViewportSize(DESKTOP);
    await screenshot(dora.page, 'choose-password');

    await dora.page.getByLabel('New password', { exact: true }).fill('doras nye og lange adgangskode');
    await dora.page.getByLabel('Repeat the password', { exact: true }).fill('doras nye og lange adgangskode');
    await dora.page.getByRole('button', { name: 'Save password' }).click();
    await expect.poll(() => dora.page.getByRole('status').textContent()).toBe('Your password is saved. Sign in with it now.');
    // Setting a new password ends the sessions Dora had.
    expect((await doraPage.request.get('/api/me')).status()).toBe(401);
    expect(dora.problems).toEqual([]);
    await dora.context.close();
  });

  it('a used link says it no longer works and offers to ask for a new one', async () => {
    const link = await linkInMailToDora(/^Vælg en ny adgangskode til Samtale$/);
    const dora = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await dora.page.goto(link);
    await expect.poll(() => dora.page.getByRole('alert').textContent()).toMatch(/^Linket virker ikke længere/);
    expect(await dora.page.getByRole('link', { name: 'Bed om et nyt link' }).getAttribute('href')).toBe('/forgot-password');
    expect(dora.problems).toEqual(['404 /api/auth/password-link']);
    await dora.context.close();
  });

  it('anna opens Skift adgangskode from her name, and a wrong current password is refused at its field', async () => {
    const { page, context, problems } = await signedInAnna();
    await page.getByRole('link', { name: /Anna Holm/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Skift adgangskode', level: 1 }).isVisible()).toBe(true);
    await page.getByLabel('Nuværende adgangskode', { exact: true }).fill('ikke den rigtige');
    await page.getByLabel('Ny adgangskode', { exact: true }).fill('annas nye lange adgangskode');
    await page.getByLabel('Gentag adgangskoden', { exact: true }).fill('annas nye lange adgangskode');
    await page.getByRole('button', { name: 'Skift adgangskode' }).click();
    await expect.poll(() => page.getByText('Det er ikke din nuværende adgangskode.').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'change-password');
    // The refusal is the one answer expected to fail.
    expect(problems).toEqual(['400 /api/me/password']);
    await context.close();
  });

  it.each([
    { language: 'da', viewport: PHONE },
    { language: 'en', viewport: DESKTOP },
    { language: 'en', viewport: PHONE },
  ] as const)('shows the Users screen in "$language" at $viewport.width px, accessible and fitting the screen', async ({ language, viewport }) => {
    const { page, context, problems } = await signedInAnna(viewport, language);
    await page.goto('/users');
    await expect.poll(() => doraRow(page).isVisible()).toBe(true);
    await expectAccessible(page);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'users');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('anna deactivates Dora after confirming, and Dora can no longer sign in', async () => {
    const { page, context, problems } = await signedInAnna();
    await page.goto('/users');
    await doraRow(page).getByRole('button', { name: 'Deaktiver' }).click();
    const question = page.getByTestId('activation-question');
    expect(await question.getByRole('heading').textContent()).toBe('Deaktiver Dora Dahl?');
    await screenshot(page, 'users-deactivate');
    await question.getByRole('button', { name: 'Deaktiver' }).click();
    await expect.poll(() => doraRow(page).textContent()).toMatch(/Deaktiveret/);
    const refused = await page.request.post('/api/auth/login', { data: { email: DORA, password: 'doras nye og lange adgangskode' } });
    expect(refused.status()).toBe(401);
    expect(problems).toEqual([]);
    await context.close();
  });
});
