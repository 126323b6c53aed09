import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { openInviteStepTwo } from './invite-wizard.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * The source's flow: the recruiter invites through the wizard, the candidates' emails arrive (over SMTP, at a real
 * SMTP server), they answer through the link in them, and the recruiter follows it in the Recruitment calendar and
 * on Application and CV, then moves an interview. The recruiter's browser is Danish and in New York; the
 * organisation is in Copenhagen.
 *
 * Monday 30 November 2026, 09:00 in Copenhagen. anna invites three of the project manager's applicants to in-person
 * interviews on Thursday 3 December from 14:00, 30 minutes each with a 15-minute break: Søren (Danish), Emma (English), Line (Danish, no
 * mobile number), with an SMS and email reminder two days before, at 09:00 Copenhagen time. The tests follow one
 * another like the recruiter's day.
 */
const NOW = '2026-11-30T08:00:00Z';
const PM = 'Projektleder til boligbyggeri';
const SOEREN = 'soeren.oestergaard@mail.example';
const EMMA = 'emma.thompson@mail.example';
const LINE = 'line.baek@mail.example';
const applicationIds = new Map<string, string>();
const MINUTE = 60_000;
const web = webAppInChromium(NOW, { smtp: true });

/** The applications of the three, read once they exist, for going straight to their Application and CV. */
async function readApplicationIds(): Promise<void> {
  const rows = await web.test.ctx.db
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .innerJoin('projects', 'projects.id', 'applications.project_id')
    .select(['applications.id', 'candidates.email'])
    .where('projects.title', '=', PM)
    .where('candidates.email', 'in', [SOEREN, EMMA, LINE])
    .execute();
  for (const row of rows) applicationIds.set(row.email, row.id);
}


/** The one invitation email a candidate has received. */
async function invitationTo(recipient: string) {
  const [mail] = await web.smtp.mailsTo(recipient, { subject: /^(Invitation til samtale|Interview invitation):/ });
  return mail!;
}

/** The candidate opens the link in their email in a browser of their own and presses one answer. */
async function answerFromEmail(link: string, answer: string, thanks: string): Promise<void> {
  const context = await web.browser.newContext({ locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const page = await context.newPage();
  await page.goto(link);
  await page.getByRole('button', { name: answer }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(thanks);
  await context.close();
}

async function signedInRecruiter(viewport?: typeof PHONE) {
  // The browser's clock agrees with the server's, so the calendar opens on this week.
  const recruiter = await recruiterBrowser(web.browser, web.base, viewport, { clockAt: NOW });
  await recruiter.page.goto('/login');
  await signIn(recruiter.page);
  await expect.poll(() => new URL(recruiter.page.url()).pathname).toBe('/projects');
  return recruiter;
}

async function openApplicationAndCv(page: Page, email: string, name: string): Promise<void> {
  await page.goto(`/applications/${applicationIds.get(email)}`);
  await expect.poll(() => page.getByRole('heading', { name, level: 1 }).isVisible()).toBe(true);
}

const card = (page: Page) => page.getByTestId('invitation').first();
const reminderLines = (page: Page) => card(page).getByTestId('reminders').locator('li').allTextContents();

describe("the source's flow, over SMTP (da-DK recruiter in New York, organisation in Copenhagen)", () => {
  it('anna invites three applicants of two languages through the wizard, one without a mobile number, with an SMS + email reminder', async () => {
    const { page, problems } = await signedInRecruiter();
    await openInviteStepTwo(page, {
      project: PM,
      names: ['Søren Østergaard', 'Emma Thompson', 'Line Bæk'],
      date: '03122026',
      time: '1400',
      durationMinutes: 30,
      location: 'Nordhavn Byg, Sundkrogsgade 21, 2150 Nordhavn',
    });
    expect(await page.getByTestId('email-language-tab-da').textContent()).toBe('Dansk (2)');
    expect(await page.getByTestId('email-language-tab-en').textContent()).toBe('Engelsk (1)');
    expect(await page.getByRole('checkbox', { name: /Inkluder et link/ }).isChecked()).toBe(true);
    await page.getByLabel('Vis for').selectOption({ label: 'Emma Thompson' });
    await expect.poll(() => page.getByTestId('email-preview-card-text').textContent()).toMatch(/^Dear Emma,/);
    await page.getByTestId('reminder-channel-sms_email').click();
    await page.getByTestId('reminder-days-2').click();
    await expect.poll(() => page.getByTestId('reminder-due').textContent()).toBe('Den første påmindelse sendes tirsdag den 1. december 2026 kl. 09.00 CET.');
    expect(await page.getByTestId('warning-missing-mobile').textContent()).toMatch(/Line Bæk har intet mobilnummer/);
    await page.getByTestId('send-without-sms').click();
    await page.getByTestId('wizard-send').click();

    await expect.poll(() => page.getByTestId('invitations-sent').textContent()).toMatch(/3 invitationer sendt · 3 påmindelser planlagt · 0 sprunget over/);
    for (const name of ['Søren Østergaard', 'Emma Thompson', 'Line Bæk']) {
      await expect.poll(() => page.getByTestId('application-row').filter({ hasText: name }).textContent()).toMatch(/Indkaldt til samtale/);
    }
    expect(problems).toEqual([]);
    await readApplicationIds();
  });

  it('delivers each candidate their invitation in their own language, with their own answer link', async () => {
    const soeren = await invitationTo(SOEREN);
    expect(soeren.subject).toBe(`Invitation til samtale: ${PM} hos Nordhavn Byg A/S`);
    expect(soeren.text).toMatch(/^Kære Søren\b/);
    expect(soeren.text).toMatch(/torsdag den 3\. december 2026/);
    expect(soeren.text).toMatch(/14\.00/);

    const emma = await invitationTo(EMMA);
    expect(emma.subject).toBe(`Interview invitation: ${PM} at Nordhavn Byg A/S`);
    expect(emma.text).toMatch(/^Dear Emma,/);
    expect(emma.text).toMatch(/Thursday,? 3 December 2026/);
    // Second in slot order, after Søren's 30 minutes and the wizard's 15-minute break.
    expect(emma.text).toMatch(/14:45/);

    const line = await invitationTo(LINE);
    expect(line.subject).toMatch(/^Invitation til samtale:/);
    expect(line.text).toMatch(/^Kære Line\b/);

    const links = [soeren, emma, line].map((mail) => mail.answerLink);
    for (const link of links) expect(link).toMatch(new RegExp(`^${web.base}/i/`));
    expect(new Set(links).size).toBe(3);
    // Reminders wait for Tuesday 1 December at 09:00 Copenhagen time: nobody has one yet.
    expect((await web.smtp.received()).filter((mail) => /påmindelse|reminder/i.test(mail.subject))).toEqual([]);
  });

  it('shows Søren as Accepteret in the week view and on his Application and CV once he accepts through his email', async () => {
    web.test.clock.advance(20 * MINUTE);
    await answerFromEmail((await invitationTo(SOEREN)).answerLink!, 'Ja tak, jeg vil gerne deltage', 'Tak – vi glæder os til at se dig');

    const { page, problems } = await signedInRecruiter();
    await page.getByRole('navigation', { name: 'Hurtiglinks' }).getByRole('link', { name: 'Rekrutteringskalender' }).click();
    const thursday = page.getByTestId('calendar-day-2026-12-03');
    const soeren = thursday.getByTestId('calendar-invitee').filter({ hasText: 'Søren Østergaard' });
    await expect.poll(() => soeren.getByTestId('calendar-answer').textContent()).toMatch(/Accepteret/);
    const interview = thursday.getByTestId('calendar-interview').filter({ hasText: 'Søren Østergaard' });
    // 14:00 in Copenhagen, not the browser's 08:00 in New York.
    expect(await interview.getByTestId('calendar-interview-time').textContent()).toBe('14.00–14.30');
    for (const other of ['Emma Thompson', 'Line Bæk']) {
      expect(await thursday.getByTestId('calendar-invitee').filter({ hasText: other }).getByTestId('calendar-answer').textContent()).toMatch(/Afventer svar/);
    }
    await screenshot(page, 'source-flow-calendar');

    await soeren.getByRole('link', { name: 'Søren Østergaard' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Søren Østergaard', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => card(page).getByTestId('response-status').textContent()).toMatch(/Accepteret/);
    expect(problems).toEqual([]);
  });

  it('shows Emma as Ikke accepteret and her reminders cancelled once she declines through her email', async () => {
    web.test.clock.advance(25 * MINUTE);
    await answerFromEmail((await invitationTo(EMMA)).answerLink!, 'No, I do not wish to attend', 'Thank you for letting us know');

    const { page, problems } = await signedInRecruiter();
    await openApplicationAndCv(page, EMMA, 'Emma Thompson');
    await expect.poll(() => card(page).getByTestId('response-status').textContent()).toMatch(/Ikke accepteret/);
    const reminders = await reminderLines(page);
    // Emma has a mobile number: an email and an SMS reminder, neither to be sent now.
    expect(reminders).toHaveLength(2);
    for (const reminder of reminders) expect(reminder).toMatch(/Annulleret/);
    await expectAccessible(page);
    await screenshot(page, 'source-flow-declined');
    expect(problems).toEqual([]);
  });

  it("moves Søren's accepted interview a day: he receives the change, his answer is awaited again and his reminders move with it", async () => {
    web.test.clock.advance(45 * MINUTE);
    const { page, problems } = await signedInRecruiter();
    await openApplicationAndCv(page, SOEREN, 'Søren Østergaard');
    // Tuesday 1 December, 09:00 in Copenhagen (03:00 in the browser's New York).
    for (const reminder of await reminderLines(page)) expect(reminder).toMatch(/sendes 1\. dec\. 2026,? 09\.00/);

    await card(page).getByTestId('edit-invitation').click();
    const dialog = page.getByTestId('edit-dialog');
    await dialog.getByTestId('change-date').getByRole('button', { name: /Kalender/ }).click();
    await page.getByRole('dialog', { name: /Kalender/ }).getByRole('button', { name: 'fredag den 4. december 2026' }).click();
    await dialog.getByTestId('change-continue').click();
    const confirm = dialog.getByTestId('change-confirm');
    await expect.poll(() => confirm.getByTestId('confirm-new-time').textContent()).toMatch(/fredag den 4\. december 2026 kl\. 14\.00/);
    await confirm.getByTestId('change-confirm-send').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);

    await expect.poll(() => card(page).getByTestId('interview-time').textContent()).toMatch(/fredag den 4\. december 2026 kl\. 14\.00/);
    expect(await card(page).getByTestId('response-status').textContent()).toMatch(/Afventer svar/);
    const reminders = await reminderLines(page);
    expect(reminders).toHaveLength(2);
    for (const reminder of reminders) {
      expect(reminder).toMatch(/sendes 2\. dec\. 2026,? 09\.00/);
      expect(reminder).not.toMatch(/03\.00/);
    }

    const [change] = await web.smtp.mailsTo(SOEREN, { subject: /^Ændret:/ });
    expect(change!.subject).toBe(`Ændret: personlig samtale om ${PM}`);
    expect(change!.text).toMatch(/^Kære Søren/);
    expect(change!.text).toMatch(/fredag den 4\. december 2026, 14\.00/);
    expect(change!.answerLink).toBe((await invitationTo(SOEREN)).answerLink);
    // Once the SMTP server has taken it, the page says so.
    await page.reload();
    const changeRow = page.getByTestId('application-message').filter({ hasText: 'Ændret: personlig samtale' });
    await expect.poll(() => changeRow.textContent()).toMatch(/Sendt 30\. nov\. 2026,? 10\.30/);
    await screenshot(page, 'source-flow-moved');
    expect(problems).toEqual([]);
  });

  it("shows Søren's moved interview and reminders on a 390 px phone without sideways scrolling", async () => {
    const { page, problems } = await signedInRecruiter(PHONE);
    await openApplicationAndCv(page, SOEREN, 'Søren Østergaard');
    await expect.poll(() => card(page).getByTestId('response-status').textContent()).toMatch(/Afventer svar/);
    await card(page).scrollIntoViewIfNeeded();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'source-flow-moved');
    expect(problems).toEqual([]);
  });
});
