import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { setupToken } from '../../src/security/setup-token.js';
import { DESKTOP, openAdministration, recruiterBrowser, signIn } from './browser.js';
import { danishExcelExport } from './danish-excel-export.js';
import { openInviteStepTwo } from './invite-wizard.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * A company starts for real, all in the web app: a production server on an empty database with mail over SMTP.
 * Signe sets Fjordside Tømrer up from the address with the setup token, invites Jonas, a recruiter, whose invitation
 * reaches the test's SMTP server; Jonas chooses his password from its link and signs in. Signe turns SMS on for the
 * organisation and grants Jonas SMS access. Jonas creates a project, imports 20 applicants from a Danish Excel export
 * (semicolons, Windows-1252) whose one bad row is reported and not imported, and invites three of them to interview
 * with an SMS and email reminder; their invitations reach the SMTP server. The tests follow one another.
 *
 * Monday 30 November 2026, 09:00 in Copenhagen; the browsers are Danish and in New York.
 */
const NOW = '2026-11-30T08:00:00Z';
const SIGNE = { name: 'Signe Dahl', email: 'signe@fjordside.example', password: 'en lang nok adgangssætning' };
const JONAS = { name: 'Jonas Holm', email: 'jonas@fjordside.example', password: 'jonas vælger sin egen lange kode' };
const PROJECT = 'Tømrer til Nordhavn';
const INVITED = ['Søren Østergård 1', 'Åse Østergård 2', 'Ærø Østergård 3'];
const web = webAppInChromium(NOW, { smtp: true, empty: true });

async function browserAt(path: string) {
  const browser = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
  await browser.page.goto(path);
  return browser;
}

async function signedIn(person: { email: string; password: string }) {
  const browser = await browserAt('/login');
  await signIn(browser.page, person.email, person.password);
  await expect.poll(() => new URL(browser.page.url()).pathname).toBe('/projects');
  return browser;
}

const smsAccessOf = async (page: Page) => ((await (await page.request.get('/api/me')).json()) as { smsAccess: boolean }).smsAccess;

describe('a company starts for real (production, empty database, mail over SMTP)', () => {
  it('Signe sets up the organisation and its administrator from the address the server printed', async () => {
    const { page, problems, context } = await browserAt('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/setup');
    await page.goto(`/setup?token=${setupToken(web.test.config.sessionSecret)}`);
    await page.getByLabel('Organisationens navn').fill('Fjordside Tømrer ApS');
    await page.getByLabel('Tidszone').selectOption('Europe/Copenhagen');
    await page.getByLabel('Standardsprog').selectOption('da');
    await page.getByLabel('Navn', { exact: true }).fill(SIGNE.name);
    await page.getByLabel('E-mail').fill(SIGNE.email);
    await page.getByLabel('Adgangskode').fill(SIGNE.password);
    await page.getByRole('button', { name: 'Opsæt og log ind' }).click();

    await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');
    await expect.poll(() => page.getByText(SIGNE.name).isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Signe invites Jonas as a recruiter, and the invitation email reaches the SMTP server', async () => {
    const { page, problems, context } = await signedIn(SIGNE);
    await openAdministration(page, 'Brugere');
    await page.getByRole('button', { name: 'Inviter bruger' }).click();
    await page.getByLabel('Navn', { exact: true }).fill(JONAS.name);
    await page.getByLabel('E-mail', { exact: true }).fill(JONAS.email);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Invitationen er sendt til ${JONAS.email}.`);

    const [mail] = await web.smtp.mailsTo(JONAS.email, { subject: /^Du er inviteret til Samtale hos Fjordside Tømrer ApS$/ });
    expect(mail!.text).toMatch(/\/choose-password#[\w-]+/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Jonas chooses his password from the link in the email and signs in, without SMS access yet', async () => {
    const [mail] = await web.smtp.mailsTo(JONAS.email, { subject: /^Du er inviteret/ });
    const link = /https?:\/\/\S+\/choose-password#[\w-]+/.exec(mail!.text)![0];
    const { page, problems, context } = await browserAt(link);
    await page.getByLabel('Ny adgangskode', { exact: true }).fill(JONAS.password);
    await page.getByLabel('Gentag adgangskoden', { exact: true }).fill(JONAS.password);
    await page.getByRole('button', { name: 'Gem adgangskode' }).click();
    await page.getByRole('link', { name: 'Log ind' }).click();
    await signIn(page, JONAS.email, JONAS.password);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    expect(await smsAccessOf(page)).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Signe turns SMS reminders on for the organisation and grants Jonas SMS access', async () => {
    const { page, problems, context } = await signedIn(SIGNE);
    await openAdministration(page, 'Indstillinger');
    await page.getByLabel('Påmindelser må sendes som SMS').check();
    await page.getByRole('button', { name: 'Gem indstillinger' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Indstillingerne er gemt.' }).isVisible()).toBe(true);

    await openAdministration(page, 'Brugere');
    await page.getByLabel(`SMS-adgang for ${JONAS.name}`).check();
    await expect.poll(() => page.getByRole('status').textContent()).toBe(`Gemt: ${JONAS.name}.`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Jonas creates a project and imports 20 applicants from a Windows-1252 CSV, its one bad row reported and not imported', async () => {
    const { page, problems, context } = await signedIn(JONAS);
    expect(await smsAccessOf(page)).toBe(true);
    await page.getByTestId('new-project').click();
    const newProject = page.getByRole('dialog');
    await newProject.getByLabel('Titel', { exact: true }).fill(PROJECT);
    await newProject.getByRole('button', { name: 'Opret projekt' }).click();
    await expect.poll(() => page.getByRole('heading', { name: PROJECT }).isVisible()).toBe(true);

    await page.getByTestId('import-csv').click();
    const importing = page.getByRole('dialog');
    await importing.getByTestId('csv-file').setInputFiles({ name: 'ansøgere.csv', mimeType: 'text/csv', buffer: danishExcelExport() });
    await expect.poll(() => importing.getByTestId('import-summary').textContent()).toBe(
      '21 rækker: 20 nye kandidater, 0 kandidater I har i forvejen, 0 allerede i projektet, 1 med fejl (importeres ikke).',
    );
    expect(await importing.locator('tr[data-outcome="error"]').textContent()).toMatch(/^12Bjørn Kærgård.*Ikke en gyldig e-mailadresse/);
    await importing.getByTestId('run-import').click();
    await expect.poll(() => page.getByTestId('project-notice').textContent()).toBe('20 ansøgere er importeret.');

    await page.getByTestId('tab-all-applications').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(20);
    expect(await page.getByRole('link', { name: 'Bjørn Kærgård' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('Jonas invites three of them to interview with an SMS and email reminder, and their invitations reach the SMTP server', async () => {
    const { page, problems, context } = await signedIn(JONAS);
    await openInviteStepTwo(page, { project: PROJECT, names: INVITED, date: '03122026', time: '1000', durationMinutes: 30, location: 'Fjordside Tømrer, Sundkrogsgade 5' });
    await page.getByTestId('reminder-channel-sms_email').click();
    await page.getByTestId('reminder-days-2').click();
    await expect.poll(() => page.getByTestId('reminder-due').textContent()).toBe('Den første påmindelse sendes tirsdag den 1. december 2026 kl. 09.00 CET.');
    await page.getByTestId('wizard-send').click();
    await expect.poll(() => page.getByTestId('invitations-sent').textContent()).toMatch(/3 invitationer sendt · 3 påmindelser planlagt · 0 sprunget over/);
    for (const name of INVITED) {
      const row = page.getByTestId('application-row').filter({ has: page.getByRole('link', { name, exact: true }) });
      await expect.poll(() => row.textContent()).toMatch(/Indkaldt til samtale/);
    }

    // Søren and Ærø wrote Danish ("Dansk", "da"), Åse English: each gets the invitation in their language.
    const subjects = await Promise.all(
      ['import1@mail.example', 'import2@mail.example', 'import3@mail.example'].map(async (address) => (await web.smtp.mailsTo(address))[0]!.subject),
    );
    expect(subjects).toEqual([
      `Invitation til samtale: ${PROJECT} hos Fjordside Tømrer ApS`,
      `Interview invitation: ${PROJECT} at Fjordside Tømrer ApS`,
      `Invitation til samtale: ${PROJECT} hos Fjordside Tømrer ApS`,
    ]);
    expect(await web.smtp.mailsTo('import4@mail.example', { count: 0 })).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
