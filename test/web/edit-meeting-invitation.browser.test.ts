import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * "Edit meeting invitation" on Application and CV, as a Danish recruiter whose browser is in New York: move an
 * interview a day, cancel one, record an answer given by phone, and see a refusal keep what was typed.
 */
const PM = 'Projektleder til boligbyggeri';
const BOOKKEEPER = 'Bogholder (barselsvikariat)';

// Monday 30 November 2026; the demo's in-person interviews are on Thursday 3 December from 10:00 Copenhagen time.
const web = webAppInChromium('2026-11-30T08:00:00Z');

async function openApplication(page: Page, project: string, name: string): Promise<void> {
  await page.goto('/login');
  await signIn(page);
  await page.getByRole('link', { name: project }).click();
  await page.getByTestId('tab-all-applications').click();
  await page.getByRole('searchbox', { name: 'Søg' }).fill(name.split(' ')[0]!);
  await expect.poll(() => page.getByTestId('application-row').count()).toBe(1);
  await page.getByRole('link', { name }).click();
  await expect.poll(() => page.getByRole('heading', { name }).isVisible()).toBe(true);
}

async function openEditDialog(page: Page) {
  await page.getByTestId('invitation').first().getByTestId('edit-invitation').click();
  const dialog = page.getByTestId('edit-dialog');
  await expect.poll(() => dialog.isVisible()).toBe(true);
  return dialog;
}

const messagesTo = (recipient: string, kind: 'interview_invitation' | 'interview_cancellation') =>
  web.test.ctx.db.selectFrom('messages').select(['subject', 'text_body']).where('recipient', '=', recipient).where('kind', '=', kind).execute();

/** What a date or time field shows, as the recruiter reads it: '03.12.2026', '10.00'. */
const shown = async (field: Locator) => (await field.getByRole('group').first().textContent())!.replace(/[\u2066-\u2069]/g, '');

/** Types into a date or time field as on a keyboard: from its first segment, each segment moving on when full. */
async function typeInto(field: Locator, digits: string): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(digits);
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);

describe('Edit meeting invitation (da-DK, browser in New York)', () => {
  it("moves Mette's interview a day later: checks as she types, says who is emailed, and the card shows the new time", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openApplication(page, PM, 'Mette Kjærgaard');
    const card = page.getByTestId('invitation').first();
    expect(await card.getByTestId('response-status').textContent()).toMatch(/Accepteret/);
    const invitationsBefore = (await messagesTo('mette.kjaergaard@mail.example', 'interview_invitation')).length;

    const dialog = await openEditDialog(page);
    expect(await dialog.getByRole('heading', { name: 'Rediger mødeindkaldelse' }).isVisible()).toBe(true);
    const date = dialog.getByTestId('change-date');
    expect(await shown(date)).toBe('03.12.2026');
    expect(await shown(dialog.getByTestId('change-time'))).toBe('10.00');
    expect(await dialog.getByRole('group', { name: 'Rekrutteringsansvarlige' }).getByRole('checkbox', { checked: true }).count()).toBe(2);

    // Checked as typed, each error tied to its field.
    await typeInto(date, '02112026');
    await expect.poll(() => dialog.getByText('Datoen er passeret').isVisible()).toBe(true);
    const described = (await date.getByRole('group').getAttribute('aria-describedby'))!.split(' ');
    const descriptions = await Promise.all(described.map((id) => page.locator(`[id="${id}"]`).textContent()));
    expect(descriptions.join(' ')).toMatch(/passeret/);
    const duration = dialog.getByLabel('Varighed (minutter)');
    await duration.fill('3');
    await expect.poll(() => dialog.getByText('Varigheden skal være fra 5 til 480 minutter.').isVisible()).toBe(true);
    expect(await duration.getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-errors');

    // The calendar: weeks from Monday, days before today not to be had, a day picked with the mouse.
    await date.getByRole('button', { name: /Kalender/ }).click();
    const calendar = page.getByRole('dialog', { name: /Kalender/ });
    await expect.poll(() => calendar.getByRole('heading').textContent()).toBe('november 2026');
    const column = (day: string) => calendar.getByRole('gridcell', { name: day }).evaluate((cell) => (cell as HTMLTableCellElement).cellIndex);
    expect(await column('søndag den 1. november 2026')).toBe(6);
    expect(await column('mandag den 2. november 2026')).toBe(0);
    expect(await calendar.getByRole('button', { name: 'fredag den 27. november 2026' }).getAttribute('aria-disabled')).toBe('true');
    await screenshot(page, 'edit-meeting-invitation-calendar');
    await calendar.getByRole('banner').getByRole('button', { name: 'Næste' }).click();
    await calendar.getByRole('button', { name: 'fredag den 4. december 2026' }).click();
    await expect.poll(() => calendar.isVisible()).toBe(false);
    expect(await shown(date)).toBe('04.12.2026');
    // A day emptied and left is no day at all: the form must not go on sending 4 December unseen.
    await date.getByRole('spinbutton').first().click();
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await duration.focus();
    await expect.poll(() => dialog.getByText('Vælg en dato.').isVisible()).toBe(true);
    await typeInto(date, '04122026');
    await expect.poll(() => dialog.getByText('Vælg en dato.').count()).toBe(0);
    expect(await shown(date)).toBe('04.12.2026');
    await duration.fill('45');
    await dialog.getByLabel(/Besked til de inviterede/).fill('Vi er nødt til at flytte samtalen en dag.');
    await expect.poll(() => dialog.locator('.field-error').count()).toBe(0);
    await screenshot(page, 'edit-meeting-invitation-change');
    await dialog.getByTestId('change-continue').click();

    const confirm = dialog.getByTestId('change-confirm');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.getByTestId('confirm-new-time').textContent()).toMatch(/fredag den 4\. december 2026 kl\. 10\.00/);
    const recipients = await confirm.getByTestId('recipients').textContent();
    for (const who of ['Mette Kjærgaard', 'mette.kjaergaard@mail.example', 'Anna', 'anna@demo.example', 'Bo']) expect(recipients).toContain(who);
    expect(await confirm.textContent()).toMatch(/Afventer svar.*påmindelserne flyttes/);
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-change-confirm');

    await confirm.getByTestId('change-confirm-send').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => focusedTestId(page)).toBe('edit-invitation');
    await expect.poll(() => card.getByTestId('interview-time').textContent()).toMatch(/fredag den 4\. december 2026 kl\. 10\.00/);
    expect(await card.getByTestId('response-status').textContent()).toMatch(/Afventer svar/);
    expect(await card.getByTestId('edit-notice').textContent()).toMatch(/Ændringen er sendt til Mette Kjærgaard/);
    // The demo's reminders go 1 day before at 09:00 local: now Thursday 3 December.
    const reminders = await card.getByTestId('reminders').locator('li').allTextContents();
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) expect(reminder).toMatch(/sendes 3\. dec\. 2026,? 09\.00/);

    const invitationsAfter = await messagesTo('mette.kjaergaard@mail.example', 'interview_invitation');
    expect(invitationsAfter.length).toBe(invitationsBefore + 1);
    expect(invitationsAfter.some((message) => message.text_body.includes('Vi er nødt til at flytte samtalen en dag.'))).toBe(true);
    expect(problems).toEqual([]);
  });

  it("cancels Jens's interview with a message after naming everyone who will be told", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openApplication(page, PM, 'Jens Ravnsbæk');
    const dialog = await openEditDialog(page);
    await dialog.getByTestId('edit-tab-cancel').click();
    await dialog.getByTestId('cancel-message').fill('Stillingen er desværre blevet sat i bero.');
    await dialog.getByTestId('cancel-continue').click();

    const confirm = dialog.getByTestId('cancel-confirm');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    const recipients = await confirm.getByTestId('recipients').textContent();
    for (const who of ['Jens Ravnsbæk', 'jens.ravnsbaek@mail.example', 'Anna', 'Bo']) expect(recipients).toContain(who);
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-cancel-confirm');

    await confirm.getByTestId('cancel-confirm-send').click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    const card = page.getByTestId('invitation').first();
    await expect.poll(() => card.getByTestId('response-status').textContent()).toMatch(/Samtalen er aflyst/);
    expect(await card.textContent()).toMatch(/Aflyst: samtalen finder ikke sted\./);
    expect(await card.getByTestId('edit-invitation').count()).toBe(0);
    const cancellations = await messagesTo('jens.ravnsbaek@mail.example', 'interview_cancellation');
    expect(cancellations.map((message) => message.text_body).join('\n')).toContain('Stillingen er desværre blevet sat i bero.');
    expect(problems).toEqual([]);
  });

  it("records Camilla's decline given by phone, which cancels her reminders", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openApplication(page, PM, 'Camilla Skovgård');
    const dialog = await openEditDialog(page);
    await dialog.getByTestId('edit-tab-answer').click();
    await dialog.getByTestId('answer-declined').click();
    await expect.poll(() => dialog.getByRole('radio', { name: 'Ikke accepteret' }).isChecked()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-answer');
    await dialog.getByTestId('answer-continue').click();

    const confirm = dialog.getByTestId('answer-confirm');
    await expect.poll(() => confirm.isVisible()).toBe(true);
    expect(await confirm.getByTestId('answer-cancels-reminders').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-answer-confirm');
    await confirm.getByTestId('answer-confirm-send').click();

    await expect.poll(() => dialog.isVisible()).toBe(false);
    const card = page.getByTestId('invitation').first();
    await expect.poll(() => card.getByTestId('response-status').textContent()).toMatch(/Ikke accepteret/);
    const reminders = await card.getByTestId('reminders').locator('li').allTextContents();
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) expect(reminder).toMatch(/Annulleret/);
    expect(problems).toEqual([]);
  });

  it('keeps what was typed and shows the server refusal when the interview has started meanwhile', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openApplication(page, BOOKKEEPER, 'Pia Lauridsen');
    const dialog = await openEditDialog(page);
    const link = dialog.getByLabel('Mødelink');
    expect(await link.inputValue()).toMatch(/^https:\/\/meet\.example\//);
    await link.fill('https://meet.example/ny-samtale');
    await typeInto(dialog.getByTestId('change-time'), '1400');
    await dialog.getByTestId('change-continue').click();
    await expect.poll(() => dialog.getByTestId('change-confirm').isVisible()).toBe(true);

    // Someone else's clock has run: the interview began a minute ago.
    const { id } = await web.test.ctx.db
      .selectFrom('invitations')
      .innerJoin('applications', 'applications.id', 'invitations.application_id')
      .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
      .select('invitations.interview_id as id')
      .where('candidates.email', '=', 'pia.lauridsen@mail.example')
      .executeTakeFirstOrThrow();
    await web.test.ctx.db.updateTable('interviews').set({ starts_at: '2026-11-30T07:59:00.000Z' }).where('id', '=', id).execute();

    await dialog.getByTestId('change-confirm-send').click();
    await expect.poll(() => dialog.getByTestId('edit-failure').isVisible()).toBe(true);
    expect(await dialog.getByTestId('edit-failure').textContent()).toMatch(/Samtalen kunne ikke ændres\. The interview has already started\./);
    expect(await dialog.getByLabel('Mødelink').inputValue()).toBe('https://meet.example/ny-samtale');
    expect(await shown(dialog.getByTestId('change-time'))).toBe('14.00');
    expect(problems).toEqual([`409 /api/interviews/${id}`]);
  });
});

describe('Edit meeting invitation in English', () => {
  it("writes Thomas's date the British way on a 24-hour clock, and a day is picked in the calendar with the keyboard alone", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openApplication(page, BOOKKEEPER, 'Thomas Vestergaard');
    await page.getByRole('radio', { name: 'English' }).click();
    const dialog = await openEditDialog(page);
    const date = dialog.getByTestId('change-date');
    await expect.poll(() => date.getByRole('group', { name: 'Date' }).isVisible()).toBe(true);
    expect(await shown(date)).toBe('07/12/2026');
    expect(await shown(dialog.getByTestId('change-time'))).toMatch(/^\d\d:\d\d$/);

    await date.getByRole('spinbutton', { name: /day/ }).focus();
    await page.keyboard.press('Alt+ArrowDown');
    const calendar = page.getByRole('dialog', { name: /Calendar/ });
    await expect.poll(() => calendar.getByRole('heading').textContent()).toBe('December 2026');
    expect((await calendar.locator('th').allTextContents()).join(' ')).toBe('M T W T F S S');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Monday, 7 December 2026/);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect.poll(() => calendar.isVisible()).toBe(false);
    expect(await shown(date)).toBe('08/12/2026');

    await typeInto(dialog.getByTestId('change-time'), '0905');
    expect(await shown(dialog.getByTestId('change-time'))).toBe('09:05');
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-change');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(problems).toEqual([]);
  });
});

describe('Edit meeting invitation on a 390 px phone', () => {
  it('fills the screen width with margins and never scrolls sideways', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE);
    await openApplication(page, BOOKKEEPER, 'Thomas Vestergaard');
    const dialog = await openEditDialog(page);
    const box = await page.locator('.cv-modal').boundingBox();
    expect(box!.x).toBeGreaterThan(0);
    expect(box!.x + box!.width).toBeLessThan(PHONE.width);
    expect(box!.width).toBeGreaterThan(PHONE.width - 40);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-change');
    await dialog.getByTestId('change-date').getByRole('button', { name: /Kalender/ }).click();
    const calendar = page.getByRole('dialog', { name: /Kalender/ });
    await expect.poll(() => calendar.isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await screenshot(page, 'edit-meeting-invitation-calendar');
    await page.keyboard.press('Escape');
    await expect.poll(() => calendar.isVisible()).toBe(false);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => focusedTestId(page)).toBe('edit-invitation');
    expect(problems).toEqual([]);
  });
});
