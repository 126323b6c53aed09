import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { signInAndOpenInvite, typeOfferWindow } from './invite-wizard.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Issue 13's whole flow, over SMTP. Monday 30 November 2026, 09:00 in Copenhagen: anna (browser in New York) offers
 * six 30-minute times over two days to three of the bookkeeper's applicants: Thursday 3 December 10:00–11:30 and
 * Friday 4 December 13:00–14:30, Copenhagen time. Each candidate books on a phone from the link in the email they
 * received: Hanne first; James a moment later takes the same time from a page he had already open, and is offered
 * the rest; Pia books and then changes her time. The calendar then shows the three bookings and the three free times.
 */
const NOW = '2026-11-30T08:00:00Z';
const BOOKKEEPER = 'Bogholder (barselsvikariat)';
const HANNE = 'hanne.kristiansen@mail.example';
const JAMES = 'james.whitfield@mail.example';
const PIA = 'pia.lauridsen@mail.example';
const web = webAppInChromium(NOW, { smtp: true });

/** The link to book in the one invitation to choose a time a candidate received. */
async function bookingLinkOf(recipient: string): Promise<string> {
  const [mail] = await web.smtp.mailsTo(recipient, { subject: /^(Vælg en tid til samtale|Choose a time for your interview):/ });
  expect(mail!.answerLink).not.toBeNull();
  return mail!.answerLink!;
}

/** A candidate's phone, in Copenhagen, showing the booking page of their link. */
async function candidatePhone(browser: Browser, link: string, locale = 'da-DK'): Promise<Page> {
  const context = await browser.newContext({ viewport: PHONE, locale, timezoneId: 'Europe/Copenhagen', javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(link);
  return page;
}

/** Through Invite to interview's third way: two windows of three 30-minute times, the email as the template has it. */
async function offerSixTimes(page: Page): Promise<void> {
  await signInAndOpenInvite(page, { project: BOOKKEEPER, names: ['Hanne Kristiansen', 'James Whitfield', 'Pia Lauridsen'] });
  await page.getByTestId('invite-way-offer').click();
  await page.getByLabel('Varighed af hver tid').selectOption('30');
  await page.getByLabel('Pause mellem tiderne').selectOption('0');
  await typeOfferWindow(page, 0, '03122026', '1000', '1130');
  await typeOfferWindow(page, 1, '04122026', '1300', '1430');
  await expect.poll(() => page.getByTestId('offer-count').textContent()).toBe('6 tider · 3 ansøgere');
  await page.getByTestId('wizard-next').click();
  await expect.poll(() => page.getByTestId('email-preview-card').isVisible()).toBe(true);
  await page.getByTestId('wizard-send').click();
  await expect.poll(() => page.getByTestId('invitations-sent').textContent()).toMatch(/^3 ansøgere har fået tider at vælge imellem · 6 tider tilbudt/);
}

/** The recruitment calendar's week of 30 November on the phone: each offered time, booked by whom or free. */
async function expectCalendarOfOffer(page: Page): Promise<void> {
  await page.goto('/calendar?week=2026-11-30');
  const slotsOf = async (date: string) => {
    const day = page.getByTestId(`calendar-day-${date}`);
    await expect.poll(() => day.getByTestId('calendar-offered-state').count()).toBe(3);
    return day.getByTestId('calendar-interview').evaluateAll((items) =>
      items
        .filter((item) => item.querySelector('[data-testid="calendar-offered-state"]'))
        .map((item) =>
          [
            item.querySelector('[data-testid="calendar-interview-time"]')?.textContent,
            item.querySelector('[data-testid="calendar-offered-state"]')?.textContent,
            ...Array.from(item.querySelectorAll('[data-testid="calendar-invitee"] a'), (link) => link.textContent),
          ].join(' '),
        ),
    );
  };
  expect(await slotsOf('2026-12-03')).toEqual(['10.00–10.30 Booket tid Hanne Kristiansen', '10.30–11.00 Booket tid James Whitfield', '11.00–11.30 Ledig tid']);
  expect(await slotsOf('2026-12-04')).toEqual(['13.00–13.30 Ledig tid', '13.30–14.00 Ledig tid', '14.00–14.30 Booket tid Pia Lauridsen']);
  await expectNoSidewaysScroll(page);
  await page.getByTestId('calendar-day-2026-12-03').scrollIntoViewIfNeeded();
  await screenshot(page, 'offer-times-flow-calendar');
}

async function book(page: Page, time: string, button: string): Promise<void> {
  await page.getByRole('radio', { name: time }).check();
  await page.getByRole('button', { name: button }).click();
  await page.waitForLoadState();
}

describe('candidates book offered times (issue 13), over SMTP, on phones', () => {
  it('anna offers six times over two days to three applicants through Invite to interview', async () => {
    const { page } = await recruiterBrowser(web.browser, web.base, undefined, { clockAt: NOW });
    await page.goto('/login');
    await signIn(page);
    await offerSixTimes(page);
  });

  it('Hanne books from her email; James takes the same time a moment later and is offered the rest; Pia changes hers', async () => {
    const [hannesLink, jamesLink, piasLink] = await Promise.all([HANNE, JAMES, PIA].map(bookingLinkOf));
    const hanne = await candidatePhone(web.browser, hannesLink!);
    const james = await candidatePhone(web.browser, jamesLink!, 'en-GB');
    expect(await hanne.getByRole('radio').count()).toBe(6);
    expect(await james.getByRole('radio').count()).toBe(6);
    await expectNoSidewaysScroll(hanne);
    await screenshot(hanne, 'offer-times-flow-booking-page');

    await book(hanne, '10.00–10.30 CET', 'Book den valgte tid');
    await expect.poll(() => hanne.getByText('Din tid: torsdag den 3. december 2026, 10.00–10.30 CET').isVisible()).toBe(true);

    // James's page was opened before Hanne booked, so it still offers 10:00.
    await book(james, '10:00–10:30 CET', 'Book the chosen time');
    await expect.poll(() => james.getByText('The time you chose was just booked by someone else.', { exact: false }).isVisible()).toBe(true);
    expect(await james.getByRole('radio', { name: '10:00–10:30 CET' }).count()).toBe(0);
    expect(await james.getByRole('radio').count()).toBe(5);
    await screenshot(james, 'offer-times-flow-slot-gone');
    await book(james, '10:30–11:00 CET', 'Book the chosen time');
    await expect.poll(() => james.getByText('Your time: Thursday, 3 December 2026, 10:30–11:00 CET').isVisible()).toBe(true);

    const pia = await candidatePhone(web.browser, piasLink!);
    await book(pia, '13.00–13.30 CET', 'Book den valgte tid');
    await expect.poll(() => pia.getByText('Din tid: fredag den 4. december 2026, 13.00–13.30 CET').isVisible()).toBe(true);
    await book(pia, '14.00–14.30 CET', 'Skift til den valgte tid');
    await expect.poll(() => pia.getByText('Din tid: fredag den 4. december 2026, 14.00–14.30 CET').isVisible()).toBe(true);
    await screenshot(pia, 'offer-times-flow-changed');

    // Each got a confirmation; Pia also got the release of the time she gave up.
    expect(await web.smtp.mailsTo(HANNE, { subject: /^Bekræftet:/ })).toHaveLength(1);
    expect(await web.smtp.mailsTo(JAMES, { subject: /^Confirmed:/ })).toHaveLength(1);
    expect(await web.smtp.mailsTo(PIA, { subject: /^Bekræftet:/, count: 2 })).toHaveLength(2);
    expect(await web.smtp.mailsTo(PIA, { subject: /^Frigivet:/ })).toHaveLength(1);
  });

  it('the calendar shows the three bookings and the three free times on the organisation’s clock', async () => {
    const { page } = await recruiterBrowser(web.browser, web.base, PHONE, { clockAt: NOW });
    await page.goto('/login');
    await signIn(page);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');
    await expectCalendarOfOffer(page);
  });
});
