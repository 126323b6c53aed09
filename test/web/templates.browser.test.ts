import { describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, openAdministration, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Skabeloner: anna, the demo's administrator, reaches the screen from Indstillinger, edits the Danish invitation with
 * a variable from the list (an unknown one is marked and stops saving), sees it rendered for the sample candidate,
 * saves it and resets it to Samtale's wording after the question; bo, a recruiter, gets no link and may not save.
 */
const NOW = '2026-11-30T08:00:00Z';
const web = webAppInChromium(NOW);

async function signedIn(email: string, viewport = DESKTOP, language: 'da' | 'en' = 'da') {
  const browser = await recruiterBrowser(web.browser, web.base, viewport, { clockAt: NOW });
  await browser.context.addInitScript((chosen) => window === window.top && localStorage.setItem('samtale.language', chosen), language);
  await browser.page.goto('/login');
  await signIn(browser.page, email, 'samtale-demo', language);
  await expect.poll(() => new URL(browser.page.url()).pathname).toBe('/projects');
  return browser;
}

const danishInvitation = async (request: { get: (url: string) => Promise<{ json: () => Promise<{ items: { language: string; subject: string; customised: boolean }[] }> }> }) =>
  (await (await request.get('/api/templates/interview-invitation')).json()).items.find((item) => item.language === 'da');

describe('templates (da-DK browser in New York)', () => {
  it('anna edits the Danish invitation, previews it for the sample candidate, saves it, and resets it after a question', async () => {
    const { page, context, problems } = await signedIn('anna@demo.example');
    await openAdministration(page, 'Indstillinger');
    await page.getByTestId('templates-link').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Skabeloner', level: 1 }).isVisible()).toBe(true);
    const panel = page.getByRole('tabpanel', { name: 'Dansk' });
    await expect.poll(() => panel.getByTestId('template-origin').textContent()).toMatch(/^Samtales ordlyd/);
    const preview = panel.getByTestId('template-preview');
    await expect.poll(() => preview.getByTestId('template-preview-subject').textContent()).toBe('Invitation til samtale: Projektleder hos Nordhavn Byg A/S');

    await panel.getByLabel('Emne', { exact: true }).fill('Samtale om {jobtitle} hos {companyname}');
    const body = panel.getByLabel('Indhold', { exact: true });
    await body.fill('Hej {navn}\n\nVelkommen til en samtale {interviewdate} kl. {interviewtime}.');
    await expect.poll(() => panel.getByText('Ukendt variabel: {navn}.', { exact: false }).isVisible()).toBe(true);
    expect(await panel.getByTestId('template-save').isDisabled()).toBe(true);
    // The variable from the list, where the misspelt one stood.
    await body.fill('Hej \n\nVelkommen til en samtale {interviewdate} kl. {interviewtime}.');
    await body.evaluate((element: HTMLTextAreaElement) => element.setSelectionRange(4, 4));
    await panel.getByTestId('insert-variable-interview_invitation.da.body').click();
    await page.getByRole('menuitem', { name: /\{firstname\}/ }).click();
    await expect.poll(() => body.inputValue()).toBe('Hej {firstname}\n\nVelkommen til en samtale {interviewdate} kl. {interviewtime}.');

    await expect.poll(() => preview.getByTestId('template-preview-subject').textContent()).toBe('Samtale om Projektleder hos Nordhavn Byg A/S');
    const text = preview.getByTestId('template-preview-text');
    await expect.poll(() => text.textContent()).toMatch(/^Hej Mette\n\nVelkommen til en samtale mandag den 7\. december 2026 kl\. 10\.00–10\.45 CET\.\n\nSvar venligst på invitationen her: http:\/\/127\.0\.0\.1:\d+\/i\/…$/);
    expect(await preview.textContent()).toContain('Mette Sørensen');
    await expectAccessible(page);
    await screenshot(page, 'templates');

    await panel.getByTestId('template-save').click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Skabelonen er gemt.');
    await expect.poll(() => panel.getByTestId('template-origin').textContent()).toBe('Organisationens egen tekst.');
    expect(await danishInvitation(page.request)).toMatchObject({ subject: 'Samtale om {jobtitle} hos {companyname}', customised: true });

    await panel.getByTestId('template-reset').click();
    const question = page.getByTestId('reset-question');
    expect(await question.textContent()).toContain('Indkaldelse (e-mail), Dansk: organisationens egen tekst slettes');
    await expectAccessible(page);
    await question.getByTestId('reset-confirm').click();
    await expect.poll(() => panel.getByRole('status').textContent()).toBe('Skabelonen bruger igen Samtales ordlyd.');
    expect(await panel.getByLabel('Emne', { exact: true }).inputValue()).toBe('Invitation til samtale: {jobtitle} hos {companyname}');
    expect(await danishInvitation(page.request)).toMatchObject({ customised: false });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('bo, a recruiter, gets no link to the templates and may not save one', async () => {
    const { page, context } = await signedIn('bo@demo.example');
    await page.goto('/templates');
    await expect.poll(() => page.getByText('Kun administratorer kan se og ændre organisationens skabeloner.').isVisible()).toBe(true);
    expect(await page.getByTestId('templates-link').count()).toBe(0);
    const put = await page.request.put('/api/templates/interview-invitation/da', { data: { subject: 'Hej', body: 'Hej' } });
    expect(put.status()).toBe(403);
    await context.close();
  });

  for (const [viewport, language] of [
    [DESKTOP, 'en'],
    [PHONE, 'da'],
    [PHONE, 'en'],
  ] as const) {
    it(`shows the reminder SMS in ${language} at ${viewport.width} px`, async () => {
      const { page, context, problems } = await signedIn('anna@demo.example', viewport, language);
      await page.goto('/templates?kind=reminder_sms&language=da');
      await expect.poll(() => page.getByTestId('template-preview-text').textContent()).toMatch(/Mette/);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'templates-sms');
      await page.goto(`/templates?kind=interview_invitation&language=${language}`);
      await expect.poll(() => page.getByTestId('template-preview-subject').textContent()).toMatch(/Nordhavn Byg A\/S/);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'templates');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const viewport of [DESKTOP, PHONE]) {
    it(`shows a candidate's invitation email as from a company: its name on top, the details as a block, the link a button before the signature (${viewport.width} px)`, async () => {
      const { page, context } = await signedIn('anna@demo.example', viewport);
      const mails: { items: { id: string; subject: string }[] } = await (await page.request.get('/api/dev-mailbox')).json();
      const invitation = mails.items.find((mail) => mail.subject.startsWith('Invitation til samtale'));
      expect(invitation).toBeDefined();
      await page.goto(`/api/dev-mailbox/${invitation!.id}/html`);
      const button = page.getByRole('link', { name: 'Svar på invitationen' });
      expect(await button.isVisible()).toBe(true);
      expect(await page.locator('body > div > div').first().textContent()).toBe('Nordhavn Byg A/S');
      expect(await page.getByText('Dato', { exact: true }).isVisible()).toBe(true);
      const text = (await page.locator('body').textContent()) ?? '';
      expect(text.indexOf('Svar på invitationen')).toBeLessThan(text.indexOf('Venlig hilsen'));
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'invitation-email');
      await context.close();
    });
  }
});
