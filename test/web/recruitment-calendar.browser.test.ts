import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Rekrutteringskalender in Chromium, as a Danish recruiter whose browser is in New York: the demo's in-person
 * interviews on Thursday 3 December 2026 from 10:00 Copenhagen time (04:00 in New York), anna and bo recruiting,
 * one candidate having accepted; bo's video interviews on Monday 7 December.
 */
const NOW = '2026-11-30T08:00:00Z';
const PM = 'Projektleder til boligbyggeri';
const BOOKKEEPER = 'Bogholder (barselsvikariat)';

const web = webAppInChromium(NOW);

const thursday = (page: Page) => page.getByTestId('calendar-day-2026-12-03');
const params = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

async function openCalendar(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page);
  await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');
  await page.getByRole('navigation', { name: 'Hurtiglinks' }).getByRole('link', { name: 'Rekrutteringskalender' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Rekrutteringskalender');
  await expect.poll(() => thursday(page).getByTestId('calendar-interview').count()).toBe(3);
}

describe('the recruitment calendar in Chromium (da-DK, browser in New York)', () => {
  it("shows this week's interviews at Copenhagen's time with the answers in words, moves between weeks, filters, and opens an invitee", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openCalendar(page);
    expect(await page.getByTestId('calendar-week').textContent()).toMatch(/^Uge 49: 30\. nov\.\s?–\s?6\. dec\. 2026$/);
    // The week starts on Monday, in the organisation's calendar.
    expect(await page.getByTestId('calendar-days').locator('h3').first().textContent()).toMatch(/^mandag 30\. nov\./);

    const times = await thursday(page).getByTestId('calendar-interview-time').allTextContents();
    expect(times).toEqual(['10.00–10.45', '11.00–11.45', '12.00–12.45']);
    expect(await thursday(page).textContent()).not.toMatch(/04\.00/);
    const answers = await thursday(page).getByTestId('calendar-answer').allTextContents();
    expect(answers.map((answer) => answer.trim())).toEqual(['Acc. Accepteret', 'Acc. Afventer svar', 'Acc. Afventer svar']);
    const first = thursday(page).getByTestId('calendar-interview').first();
    expect(await first.textContent()).toMatch(/Personlig samtale/);
    expect(await first.textContent()).toMatch(new RegExp(PM));
    expect(await first.textContent()).toMatch(/Anna .*Bo /);
    await expectAccessible(page);
    await screenshot(page, 'recruitment-calendar-week');

    // Next week: bo's video interviews are not anna's; all recruiters show them.
    await page.getByTestId('calendar-next').click();
    await expect.poll(() => params(page)).toEqual({ week: '2026-12-07' });
    await expect.poll(() => page.getByText('Ingen samtaler denne uge.').isVisible()).toBe(true);
    await page.getByLabel('Rekruttør').selectOption('all');
    await expect.poll(() => params(page)).toEqual({ week: '2026-12-07', recruiter: 'all' });
    await expect.poll(() => page.getByTestId('calendar-day-2026-12-07').getByTestId('calendar-interview').count()).toBe(3);
    expect(await page.getByTestId('calendar-day-2026-12-07').getByTestId('calendar-interview-time').first().textContent()).toBe('13.30–14.15');
    expect(await page.getByTestId('calendar-day-2026-12-07').textContent()).toMatch(/Videosamtale/);

    await page.getByTestId('calendar-previous').click();
    await expect.poll(() => params(page)).toEqual({ week: '2026-11-30', recruiter: 'all' });
    await expect.poll(() => thursday(page).getByTestId('calendar-interview').count()).toBe(3);

    // By project: the bookkeeper's interviews are next week, the project manager's this week.
    await page.getByLabel('Projekt').selectOption({ label: BOOKKEEPER });
    await expect.poll(() => page.getByText('Ingen samtaler denne uge.').isVisible()).toBe(true);
    expect(params(page).project).toMatch(/^[0-9a-f-]{36}$/);
    await page.getByLabel('Projekt').selectOption({ label: PM });
    await expect.poll(() => thursday(page).getByTestId('calendar-interview').count()).toBe(3);
    await page.getByTestId('calendar-today').click();
    await expect.poll(() => params(page).week).toBe('2026-11-30');

    // The address alone shows the same: a reload, or a colleague's link.
    await page.reload();
    await expect.poll(() => thursday(page).getByTestId('calendar-interview').count()).toBe(3);
    expect(await page.getByLabel('Rekruttør').inputValue()).toBe('all');

    const invitee = thursday(page).getByTestId('calendar-invitee').first().getByRole('link');
    const name = (await invitee.textContent())!;
    await invitee.click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/applications\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(name);
    expect(problems).toEqual([]);
  });

  it('is a list of days on a phone, without sideways scrolling', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE, { clockAt: NOW });
    await openCalendar(page);
    await expectNoSidewaysScroll(page);
    const monday = await page.getByTestId('calendar-day-2026-11-30').boundingBox();
    const day = await thursday(page).boundingBox();
    expect(day!.x).toBe(monday!.x);
    expect(day!.y).toBeGreaterThan(monday!.y);
    expect(day!.width).toBeGreaterThan(300);
    expect(await thursday(page).getByTestId('calendar-interview-time').first().textContent()).toBe('10.00–10.45');
    await expectAccessible(page);
    await screenshot(page, 'recruitment-calendar-day-list');

    await page.getByTestId('calendar-next').click();
    await expect.poll(() => params(page).week).toBe('2026-12-07');
    await page.getByTestId('calendar-previous').click();
    await expect.poll(() => thursday(page).getByTestId('calendar-interview').count()).toBe(3);
    await expectNoSidewaysScroll(page);
    await thursday(page).getByTestId('calendar-invitee').first().getByRole('link').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/applications\//);
    expect(problems).toEqual([]);
  });

  it('makes a personal calendar address to copy, with how to add it, and revokes it after asking', async () => {
    const { page, context, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: web.base });
    await openCalendar(page);
    await page.getByTestId('calendar-feed-create').click();
    const address = page.getByLabel('Din kalenderadresse');
    await expect.poll(() => address.inputValue()).toMatch(/\/api\/calendar\.ics\?token=/);
    const url = await address.inputValue();
    expect((await fetch(url)).status).toBe(200);
    await page.getByRole('button', { name: 'Kopiér adressen' }).click();
    await expect.poll(() => page.getByText('Adressen er kopieret.').isVisible()).toBe(true);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    expect(await page.getByText(/^Outlook:/).isVisible()).toBe(true);
    expect(await page.getByText(/^Google Kalender:/).isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'recruitment-calendar-feed');

    await page.getByTestId('calendar-feed-revoke').click();
    const dialog = page.getByTestId('calendar-feed-revoke-dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Annullér' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await fetch(url)).status).toBe(200);

    await page.getByTestId('calendar-feed-revoke').click();
    await page.getByTestId('calendar-feed-revoke-confirm').click();
    await expect.poll(() => page.getByText('Adressen er tilbagekaldt og virker ikke længere.').isVisible()).toBe(true);
    expect((await fetch(url)).status).toBe(404);
    expect(problems).toEqual([]);
  });

  it("shows a month, Monday first, with each day's interviews at Copenhagen's time, keeping the filters when switching views", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openCalendar(page);
    await page.getByLabel('Rekruttør').selectOption('all');
    await page.getByTestId('calendar-view-month').click();
    await expect.poll(() => params(page)).toEqual({ view: 'month', month: '2026-12', recruiter: 'all' });
    expect(await page.getByTestId('calendar-month-heading').textContent()).toBe('december 2026');
    const month = page.getByTestId('calendar-month');
    expect(await month.locator('thead th').allTextContents()).toEqual(['man.', 'tirs.', 'ons.', 'tors.', 'fre.', 'lør.', 'søn.']);

    // The demo's interviews, on their Copenhagen days and times (in New York two of them would be hours earlier).
    const day = (date: string) => page.getByTestId(`calendar-month-day-${date}`);
    await expect.poll(() => day('2026-12-03').getByTestId('calendar-month-interview').count()).toBe(3);
    expect(await day('2026-12-03').getByTestId('calendar-month-interview-time').allTextContents()).toEqual(['10.00–10.45', '11.00–11.45', '12.00–12.45']);
    expect(await day('2026-12-03').getByTestId('calendar-month-answers').allTextContents()).toEqual(['1 Accepteret', '1 Afventer svar', '1 Afventer svar']);
    expect(await day('2026-12-03').textContent()).toMatch(new RegExp(`Personlig samtale ${PM}`));
    expect(await day('2026-12-07').getByTestId('calendar-month-interview').count()).toBe(3);
    expect(await day('2026-12-07').getByTestId('calendar-month-interview-time').first().textContent()).toBe('13.30–14.15');
    expect(await day('2026-12-02').getByTestId('calendar-month-interview').count()).toBe(0);
    // Today, Monday 30 November, is in the grid's first week though not in December.
    expect(await day('2026-11-30').textContent()).toMatch(/i dag/);
    expect(await page.getByRole('status').first().textContent()).toBe('6 samtaler denne måned');
    await expectAccessible(page);
    await screenshot(page, 'recruitment-calendar-month');

    // The project filter is kept into the week view and back.
    await page.getByLabel('Projekt').selectOption({ label: PM });
    await expect.poll(() => day('2026-12-07').getByTestId('calendar-month-interview').count()).toBe(0);
    const project = params(page).project;
    await page.getByTestId('calendar-view-week').click();
    await expect.poll(() => params(page)).toEqual({ week: '2026-11-30', recruiter: 'all', project });
    await page.getByTestId('calendar-view-month').click();
    await expect.poll(() => params(page)).toEqual({ view: 'month', month: '2026-12', recruiter: 'all', project });

    await page.getByTestId('calendar-next').click();
    await expect.poll(() => params(page).month).toBe('2027-01');
    expect(await page.getByTestId('calendar-month-heading').textContent()).toBe('januar 2027');
    await page.getByTestId('calendar-previous').click();
    await expect.poll(() => params(page).month).toBe('2026-12');
    // Today, 30 November, is in November: its grid runs into December's first days.
    await page.getByTestId('calendar-today').click();
    await expect.poll(() => params(page).month).toBe('2026-11');
    await expect.poll(() => day('2026-12-03').getByTestId('calendar-month-interview').count()).toBe(3);

    // A day's date opens its week.
    await day('2026-12-03').getByRole('link', { name: /torsdag 3\. dec\./ }).click();
    await expect.poll(() => params(page)).toEqual({ week: '2026-11-30', recruiter: 'all', project });
    await expect.poll(() => thursday(page).getByTestId('calendar-interview').count()).toBe(3);
    expect(problems).toEqual([]);
  });

  it('reads the month in English', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openCalendar(page);
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByTestId('calendar-view-month').click();
    await expect.poll(() => page.getByTestId('calendar-month-heading').textContent()).toBe('December 2026');
    expect(await page.getByTestId('calendar-month-day-2026-12-03').getByTestId('calendar-month-answers').first().textContent()).toBe('1 Accepted');
    expect(await page.getByTestId('calendar-month-day-2026-12-03').textContent()).toMatch(/In-person interview/);
    await expectAccessible(page);
    await screenshot(page, 'recruitment-calendar-month');
    expect(problems).toEqual([]);
  });

  for (const language of ['da', 'en'] as const) {
    it(`is a list of the days with interviews on a phone, in ${language === 'da' ? 'Danish' : 'English'}`, async () => {
      const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE, { clockAt: NOW });
      await openCalendar(page);
      if (language === 'en') await page.getByRole('radio', { name: 'English' }).click();
      await page.getByLabel(language === 'da' ? 'Rekruttør' : 'Recruiter').selectOption('all');
      await page.getByTestId('calendar-view-month').click();
      await expect.poll(() => page.getByTestId('calendar-month').locator(':scope > li').count()).toBe(2);
      const days = await page.getByTestId('calendar-month').locator('h3').allTextContents();
      expect(days).toEqual(language === 'da' ? ['torsdag 3. dec.', 'mandag 7. dec.'] : ['Thursday 3 Dec', 'Monday 7 Dec']);
      expect(await page.getByTestId('calendar-month-day-2026-12-03').getByTestId('calendar-month-interview-time').first().textContent()).toBe(
        language === 'da' ? '10.00–10.45' : '10:00–10:45',
      );
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await screenshot(page, 'recruitment-calendar-month-list');
      await page.getByTestId('calendar-month-day-2026-12-07').getByRole('link').click();
      await expect.poll(() => params(page)).toEqual({ week: '2026-12-07', recruiter: 'all' });
      expect(problems).toEqual([]);
    });
  }
});
