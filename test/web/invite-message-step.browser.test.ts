import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { openInviteStepTwo } from './invite-wizard.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Indkald til samtale, step 2, as a Danish recruiter whose browser is in New York: the email in each language the
 * candidates get, a variable inserted and a misspelt one caught, one candidate's email previewed, an SMS + email
 * reminder two days before at 09:00 Copenhagen time, the warning of a candidate without a mobile number answered,
 * and Send. Then in English for the screenshots, and as Carl, who has no SMS access.
 */
const PM = 'Projektleder til boligbyggeri';
// Monday 30 November 2026, 09:00 in Copenhagen. The interviews below are on Monday 7 December from 14:00.
const NOW = '2026-11-30T08:00:00Z';

const web = webAppInChromium(NOW);

/** Signs in, ticks the applicants on All applications, Execute, and step 1 filled in: Monday 7 December at 14:00. */
async function openStepTwo(page: Page, names: string[], { email = 'anna@demo.example', language = 'da' as 'da' | 'en' } = {}): Promise<void> {
  await page.goto('/login');
  await signIn(page, email);
  if (language === 'en') await page.getByRole('radio', { name: 'English' }).click();
  await openInviteStepTwo(page, { project: PM, names, date: '07122026', time: '1400', language });
}

/**
 * Step 2 as saved for people to look at, on a desktop and then on a phone, which it must fit. From the top, where the
 * preview stands beside the email (it follows the page down as one scrolls). The page is left at a phone's width.
 */
async function screenshotOnDesktopAndPhone(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'invite-message-step');
  await page.setViewportSize(PHONE);
  await expectNoSidewaysScroll(page);
  await screenshot(page, 'invite-message-step');
}

const field = (page: Page, path: string) => page.locator(`[data-field="${path}"]`);
const focusedField = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-field') ?? null);

describe('Invite to interview, step 2 (da-DK, browser in New York)', () => {
  it('writes the email per language, previews it, plans an SMS + email reminder, answers the warnings and sends', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openStepTwo(page, ['Søren Østergaard', 'Line Bæk', 'Emma Thompson']);
    expect(await page.getByTestId('wizard-step').textContent()).toBe('Trin 2 af 2: E-mail og påmindelse');

    // One tab per language with how many get it, pre-filled from the organisation's templates.
    expect(await page.getByTestId('email-language-tab-da').textContent()).toBe('Dansk (2)');
    expect(await page.getByTestId('email-language-tab-en').textContent()).toBe('Engelsk (1)');
    expect(await field(page, 'email.variants.da.subject').inputValue()).toBe('Invitation til samtale: {jobtitle} hos {companyname}');
    expect(await page.getByRole('radio', { name: 'Send e-mail', exact: true }).isChecked()).toBe(true);
    expect(await page.getByLabel('Afsenderadresse').inputValue()).toBe('anna@demo.example');
    // The templates lack {confirmlink}, so the link is included by default, and the rule says why.
    const link = page.getByRole('checkbox', { name: /Inkluder et link/ });
    expect(await link.isChecked()).toBe(true);
    expect(await page.getByText(/Valgt som standard, fordi ikke alle sprog har \{confirmlink\}/).isVisible()).toBe(true);

    // A variable from the list goes in where the cursor was, and the recruiter writes on from there.
    const subject = field(page, 'email.variants.da.subject');
    await subject.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' til ');
    await page.getByTestId('insert-variable-email.variants.da.subject').click();
    await page.getByRole('menuitem', { name: /\{fullname\}/ }).click();
    await expect.poll(() => subject.inputValue()).toBe('Invitation til samtale: {jobtitle} hos {companyname} til {fullname}');
    await expect.poll(() => focusedField(page)).toBe('email.variants.da.subject');

    // A misspelt variable is named at once, and Send is refused while it stands, pointing at it.
    const body = field(page, 'email.variants.da.body');
    const original = await body.inputValue();
    await body.fill(`${original}\n{fornavn}`);
    await expect.poll(() => page.getByText('Ukendt variabel: {fornavn}.', { exact: false }).isVisible()).toBe(true);
    expect(await body.getAttribute('aria-invalid')).toBe('true');
    await page.getByTestId('wizard-send').click();
    await expect.poll(() => page.getByTestId('send-refused').textContent()).toBe('Ret de markerede felter, før du sender.');
    await expect.poll(() => focusedField(page)).toBe('email.variants.da.body');
    await body.fill(original);
    await expect.poll(() => page.getByTestId('send-refused').count()).toBe(0);

    // The preview: Emma's email in English, with her link to answer as a link.
    await page.getByLabel('Vis for').selectOption({ label: 'Emma Thompson' });
    const card = page.getByTestId('email-preview-card');
    await expect.poll(() => card.getByTestId('email-preview-card-subject').textContent()).toBe('Interview invitation: Projektleder til boligbyggeri at Nordhavn Byg A/S');
    expect(await card.textContent()).toMatch(/Emma Thompsonemma\.thompson@mail\.example/);
    expect(await card.getByTestId('email-preview-card-text').textContent()).toMatch(/^Dear Emma,/);
    expect(await card.getByRole('link').first().getAttribute('href')).toMatch(/\/i\//);
    // Søren's, with the subject as just written.
    await page.getByLabel('Vis for').selectOption({ label: 'Søren Østergaard' });
    await expect.poll(() => card.getByTestId('email-preview-card-subject').textContent()).toBe(
      'Invitation til samtale: Projektleder til boligbyggeri hos Nordhavn Byg A/S til Søren Østergaard',
    );
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'invite-message-preview');

    // SMS + email two days before: Saturday 5 December at 09:00 in Copenhagen, though the browser is in New York.
    await page.getByTestId('reminder-channel-sms_email').click();
    const twoDays = page.getByRole('radio', { name: /^2 dage før/ });
    expect(await page.getByTestId('reminder-days-2').textContent()).toBe('2 dage førlørdag den 5. december 2026 kl. 09.00');
    await page.getByTestId('reminder-days-2').click();
    await expect.poll(() => page.getByTestId('reminder-due').textContent()).toBe('Den første påmindelse sendes lørdag den 5. december 2026 kl. 09.00 CET.');
    expect(await field(page, 'reminder.sms.variants.da.text').inputValue()).toMatch(/^Hej \{firstname\}, husk din samtale/);
    await expect.poll(() => page.getByTestId('sms-count').textContent()).toMatch(/^Som skrevet: \d+ tegn, 1 SMS · til Søren Østergaard: \d+ tegn, \d SMS/);
    // The preview shows Søren's reminder too: when, the email, and the SMS to his number.
    const reminder = page.getByTestId('reminder-preview');
    await expect.poll(() => reminder.getByRole('heading').textContent()).toBe('Påmindelsen, lørdag den 5. december 2026 kl. 09.00 CET');
    expect(await reminder.getByTestId('reminder-email-preview-subject').textContent()).toMatch(/^Påmindelse om din samtale hos Nordhavn Byg A\/S/);
    expect(await reminder.getByTestId('reminder-sms-preview').textContent()).toMatch(/^SMS til \+45 22 45 67 89Hej Søren, husk din samtale hos Nordhavn Byg A\/S/);
    // Line has no mobile number: her reminder is the email alone.
    await page.getByLabel('Vis for').selectOption({ label: 'Line Bæk' });
    await expect.poll(() => reminder.getByTestId('reminder-email-preview-subject').isVisible()).toBe(true);
    expect(await reminder.getByTestId('reminder-sms-preview').count()).toBe(0);
    await page.getByLabel('Vis for').selectOption({ label: 'Søren Østergaard' });

    // Line has no mobile number: said before Send, and Send waits for the recruiter to accept it.
    const missing = page.getByTestId('warning-missing-mobile');
    expect(await missing.textContent()).toMatch(/Line Bæk har intet mobilnummer og får ingen SMS-påmindelse\./);
    await page.getByTestId('wizard-send').click();
    await expect.poll(() => page.getByTestId('send-refused').textContent()).toMatch(/Bekræft, at du vil sende uden SMS/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field'))).toBe('send-without-sms');
    const sendAnyway = page.getByRole('checkbox', { name: 'Send alligevel, uden SMS til ansøgeren' });
    await page.getByTestId('send-without-sms').click();
    expect(await sendAnyway.isChecked()).toBe(true);

    await expectAccessible(page);
    await screenshotOnDesktopAndPhone(page);
    await page.setViewportSize(DESKTOP);

    // Back keeps everything.
    await page.getByTestId('wizard-back').click();
    await expect.poll(() => page.getByTestId('interview-step').isVisible()).toBe(true);
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('message-step').isVisible()).toBe(true);
    expect(await field(page, 'email.variants.da.subject').inputValue()).toBe('Invitation til samtale: {jobtitle} hos {companyname} til {fullname}');
    expect(await page.getByRole('radio', { name: 'Send SMS- + e-mail-påmindelse' }).isChecked()).toBe(true);
    expect(await twoDays.isChecked()).toBe(true);
    expect(await sendAnyway.isChecked()).toBe(true);

    await page.getByTestId('wizard-send').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/applications$/);
    await expect.poll(() => page.getByTestId('invitations-sent').textContent()).toMatch(/3 invitationer sendt · 3 påmindelser planlagt · 0 sprunget over/);
    for (const name of ['Søren Østergaard', 'Line Bæk', 'Emma Thompson']) {
      await expect.poll(() => page.getByTestId('application-row').filter({ hasText: name }).textContent()).toMatch(/Indkaldt til samtale/);
    }
    const reminders = await web.test.ctx.db
      .selectFrom('messages')
      .select(['recipient', 'channel'])
      .where('kind', '=', 'reminder')
      .where('recipient', 'in', ['soeren.oestergaard@mail.example', 'line.baek@mail.example', 'emma.thompson@mail.example', '+4522456789', '+447911123456'])
      .execute();
    expect(reminders.map((reminder) => reminder.channel).sort()).toEqual(['email', 'email', 'email', 'sms', 'sms']);
    expect(problems).toEqual([]);
  });

  it('reads in English, on a desktop and on a phone', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openStepTwo(page, ['Ida Møller', 'Oliver Bennett'], { language: 'en' });
    expect(await page.getByTestId('email-language-tab-da').textContent()).toBe('Danish (1)');
    expect(await page.getByTestId('email-language-tab-en').textContent()).toBe('English (1)');
    await page.getByTestId('reminder-channel-sms_email').click();
    await expect.poll(() => page.getByTestId('warning-missing-mobile').textContent()).toMatch(/Oliver Bennett has no mobile number/);
    await expect.poll(() => page.getByTestId('reminder-due').textContent()).toBe('The first reminder goes out on Sunday, 6 December 2026 at 09:00 CET.');
    // Seven days before is this very morning at 09:00 in Copenhagen, which has come: no reminder, and that is said.
    await page.getByTestId('reminder-days-7').click();
    await expect.poll(() => page.getByTestId('warning-too-late').textContent()).toBe('It is too late for a reminder to Ida Møller and Oliver Bennett: none is sent.');
    expect(await page.getByTestId('reminder-due').textContent()).toBe('It is too late for a reminder before the first interview: none is sent.');
    await expectAccessible(page);
    await screenshotOnDesktopAndPhone(page);
    expect(problems).toEqual([]);
  });

  it('names a sender address the organisation does not have at its field, and a refused Send keeps what was typed', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openStepTwo(page, ['Karoline Dahl']);
    // One language: no tabs to choose between, the language named above the text.
    expect(await page.getByTestId('email-language-tab-da').textContent()).toBe('Dansk (1)');
    const subject = field(page, 'email.variants.da.subject');
    await subject.fill('Samtale om {jobtitle}');
    const sender = page.getByLabel('Afsenderadresse');
    await sender.fill('nobody@elsewhere.example');
    const why = 'Afsenderen skal være organisationens adresse eller en brugers e-mailadresse.';
    await expect.poll(() => page.getByTestId('preview-refused').textContent()).toBe(`Afsenderadresse: ${why}`);
    expect(await sender.getAttribute('aria-invalid')).toBe('true');

    await subject.focus();
    await page.getByTestId('wizard-send').click();
    await expect.poll(() => page.getByTestId('send-error').textContent()).toBe(`Afsenderadresse: ${why}`);
    await expect.poll(() => focusedField(page)).toBe('email.from');
    expect(await subject.inputValue()).toBe('Samtale om {jobtitle}');
    expect(await sender.inputValue()).toBe('nobody@elsewhere.example');
    // The server refused both the preview and the Send; nothing else failed.
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((problem) => /^400 \/api\/projects\/[^/]+\/interview-invitations(\/preview)?$/.test(problem))).toBe(true);

    // Put right, the email is previewed again.
    await sender.fill('bo@demo.example');
    await expect.poll(() => page.getByTestId('email-preview-card').textContent()).toMatch(/bo@demo\.example.*Samtale om Projektleder til boligbyggeri/);
    expect(await sender.getAttribute('aria-invalid')).toBeNull();
  });

  it('offers no SMS reminder at all to a recruiter without SMS access', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openStepTwo(page, ['Karoline Dahl'], { email: 'carl@demo.example' });
    expect(await page.getByTestId('reminder-channel').locator('.ms-choice-label').allTextContents()).toEqual(['Ingen påmindelse', 'Send e-mailpåmindelse']);
    expect(await page.getByText(/SMS/).count()).toBe(0);
    expect(await page.getByLabel('Afsenderadresse').inputValue()).toBe('carl@demo.example');
    expect(problems).toEqual([]);
  });
});
