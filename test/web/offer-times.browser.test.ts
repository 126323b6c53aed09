import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { signInAndOpenInvite, typeInto, typeOfferWindow } from './invite-wizard.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Indkald til samtale, the third way (issue 13): the recruiter offers times and each applicant books one from the
 * link in their email. As a Danish recruiter whose browser is in New York: two windows over two days for three
 * applicants, the slots by day in Copenhagen time, a recruiter already busy, a window the server refuses shown at
 * that window, step 2 from the invitation to book, and Send.
 */
const PM = 'Projektleder til boligbyggeri';
// Monday 30 November 2026, 09:00 in Copenhagen; the demo's in-person interviews (Anna and Bo) are on Thursday
// 3 December at 10:00, 11:00 and 12:00 Copenhagen time, 45 minutes each.
const NOW = '2026-11-30T08:00:00Z';
const APPLICANTS = ['Søren Østergaard', 'Line Bæk', 'Ida Møller'];

const web = webAppInChromium(NOW);

async function openOffer(page: Page, language: 'da' | 'en' = 'da'): Promise<void> {
  await signInAndOpenInvite(page, { project: PM, names: APPLICANTS, language });
  await page.getByTestId('invite-way-offer').click();
  await expect.poll(() => page.getByTestId('offer-times').isVisible()).toBe(true);
}

/** 30-minute times without a break: Thursday 3 December 13:00–14:30 and Friday 4 December 09:00–10:30, three each. */
async function offerTwoWindows(page: Page, language: 'da' | 'en' = 'da'): Promise<void> {
  await page.getByLabel(language === 'da' ? 'Varighed af hver tid' : 'Length of each time').selectOption('30');
  await page.getByLabel(language === 'da' ? 'Pause mellem tiderne' : 'Break between times').selectOption('0');
  await typeOfferWindow(page, 0, '03122026', '1300', '1430');
  await typeOfferWindow(page, 1, '04122026', '0900', '1030');
}

/** The preview's days, each with its times: ['3. dec. 2026: 13.00–13.30, …', …]. */
const previewDays = (page: Page) =>
  page
    .getByTestId('offer-day')
    .evaluateAll((days) => days.map((day) => `${day.querySelector('h3')?.textContent}: ${Array.from(day.querySelectorAll('li'), (slot) => slot.textContent).join(', ')}`));

describe('Offering times (da-DK, browser in New York)', () => {
  it('offers two windows over two days to three applicants, previews them in Copenhagen time, and sends the invitations to book', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openOffer(page);
    // The way shared with a fixed time (type, recruiters) stays; the date and time give way to the times offered.
    expect(await page.getByRole('radio', { name: 'Personlig samtale' }).isChecked()).toBe(true);
    expect(await page.getByTestId('interview-date').count()).toBe(0);
    expect(await page.getByTestId('offer-preview').textContent()).toMatch(/Udfyld tidsrum eller tider for at se dem\./);

    // Next names what is missing, at the window.
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('outstanding').textContent()).toMatch(/Tidsrum 1: Udfyld dato, fra og til\./);
    expect(await page.getByTestId('offer-window-error').textContent()).toBe('Udfyld dato, fra og til.');

    await offerTwoWindows(page);
    await expect.poll(() => previewDays(page)).toEqual(['3. dec. 2026: 13.00–13.30, 13.30–14.00, 14.00–14.30', '4. dec. 2026: 09.00–09.30, 09.30–10.00, 10.00–10.30']);
    expect(await page.getByTestId('offer-count').textContent()).toBe('6 tider · 3 ansøgere');
    // No deadline given: 24 hours before the first time, in Copenhagen.
    expect(await page.getByTestId('offer-preview-deadline').textContent()).toBe('Frist for at vælge: onsdag den 2. december 2026 kl. 13.00 CET (24 timer før første tid)');

    // A single time at 10:00 on Thursday, when Anna already has an interview: said, and still allowed.
    await page.getByTestId('offer-add-slot').click();
    await typeInto(page.getByTestId('offer-slot').getByTestId('offer-slot-date'), '03122026');
    await typeInto(page.getByTestId('offer-slot').getByTestId('offer-slot-time'), '1000');
    await expect.poll(() => page.getByTestId('offer-count').textContent()).toBe('7 tider · 3 ansøgere');
    await expect.poll(() => page.getByTestId('recruiter-overlap').textContent()).toMatch(/Anna Holm har allerede en samtale 3\. dec\. 2026 kl\. 10\.00–10\.45\./);
    await expectAccessible(page);
    await screenshot(page, 'offer-times-step-1');
    await page.getByRole('button', { name: 'Fjern enkelt tid 1' }).click();
    await expect.poll(() => page.getByTestId('offer-count').textContent()).toBe('6 tider · 3 ansøgere');
    await expect.poll(() => page.getByTestId('recruiter-overlap').count()).toBe(0);

    // A reload keeps the way and the times.
    await page.reload();
    await expect.poll(() => page.getByTestId('offer-times').isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Tilbyd tider (ansøgerne vælger selv)' }).isChecked()).toBe(true);
    await expect.poll(() => previewDays(page)).toEqual(['3. dec. 2026: 13.00–13.30, 13.30–14.00, 14.00–14.30', '4. dec. 2026: 09.00–09.30, 09.30–10.00, 10.00–10.30']);

    // Step 2 starts from the invitation to book, which may say until when; there is no "no email".
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('email-preview-card').isVisible()).toBe(true);
    expect(await page.getByTestId('wizard-step').textContent()).toBe('Trin 2 af 2: E-mail og påmindelse');
    const subject = page.locator('[data-field="email.variants.da.subject"]');
    expect(await subject.inputValue()).toBe('Vælg en tid til samtale: {jobtitle} hos {companyname}');
    expect(await page.getByTestId('email-action').count()).toBe(0);
    // Nor can the link be left out: it is the only way to book.
    expect(await page.getByRole('checkbox', { name: /Inkluder et link/ }).count()).toBe(0);
    await subject.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' senest ');
    await page.getByTestId('insert-variable-email.variants.da.subject').click();
    await page.getByRole('menuitem', { name: /\{bookingdeadline\}/ }).click();
    await expect.poll(() => subject.inputValue()).toBe('Vælg en tid til samtale: {jobtitle} hos {companyname} senest {bookingdeadline}');
    const card = page.getByTestId('email-preview-card');
    await expect.poll(() => card.getByTestId('email-preview-card-subject').textContent()).toBe(
      'Vælg en tid til samtale: Projektleder til boligbyggeri hos Nordhavn Byg A/S senest onsdag den 2. december 2026 kl. 13.00 CET',
    );
    expect(await card.getByTestId('email-preview-card-text').textContent()).toMatch(/Dage: torsdag 3\.–fredag 4\. december 2026/);
    expect(await card.getByRole('link').first().getAttribute('href')).toMatch(/\/i\//);

    // A reminder by email, made for each booking: no single day to show yet.
    await page.getByTestId('reminder-channel-email').click();
    expect(await page.getByTestId('reminder-section').textContent()).toMatch(/Påmindelsen laves, når ansøgeren har valgt en tid, og sendes kl\. 09:00/);
    expect(await page.getByTestId('reminder-days-1').textContent()).toBe('1 dag før');
    await expectAccessible(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'offer-times-step-2');

    const projectPath = new URL(page.url()).pathname.replace(/\/invite-to-interview$/, '');
    await page.getByTestId('wizard-send').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/applications$/);
    await expect.poll(() => page.getByTestId('invitations-sent').textContent()).toMatch(/^3 ansøgere har fået tider at vælge imellem · 6 tider tilbudt/);
    for (const name of APPLICANTS) {
      await expect.poll(() => page.getByTestId('application-row').filter({ hasText: name }).textContent()).toMatch(/Indkaldt til samtale/);
    }
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('samtale.invite-to-interview.')))).toEqual([]);

    // The API has the offer: six free 30-minute times, three applicants still to book.
    const offers = await (await page.request.get(`/api${projectPath}/booking-offers`)).json();
    expect(offers.offers).toEqual([expect.objectContaining({ status: 'open', type: 'in_person', durationMinutes: 30, slotCount: 6, seats: 6, booked: 0, invitees: 3, awaiting: 3 })]);
    const offer = await (await page.request.get(`/api/booking-offers/${offers.offers[0].id}`)).json();
    expect(offer.slots.map((slot: { startsAt: string }) => slot.startsAt)).toEqual([
      '2026-12-03T12:00:00.000Z',
      '2026-12-03T12:30:00.000Z',
      '2026-12-03T13:00:00.000Z',
      '2026-12-04T08:00:00.000Z',
      '2026-12-04T08:30:00.000Z',
      '2026-12-04T09:00:00.000Z',
    ]);
    expect(offer.deadlineAt).toBe('2026-12-02T12:00:00.000Z');
    expect(problems).toEqual([]);
  });

  it('shows a window the server refuses at that window, and goes on once it is taken away', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openOffer(page);
    await offerTwoWindows(page);
    // Thursday 14:00–15:00 overlaps the first window's last time: only the server sees the whole offer.
    await typeOfferWindow(page, 2, '03122026', '1400', '1500');
    const third = page.getByTestId('offer-window').nth(2);
    await expect.poll(() => third.getByTestId('offer-window-error').textContent()).toBe('Overlapper en anden af de tilbudte tider.');
    expect(await page.getByTestId('offer-refused').textContent()).toMatch(/Tidsrum 3: Overlapper en anden af de tilbudte tider\./);
    expect(await page.getByTestId('offer-day').count()).toBe(0);
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('outstanding').textContent()).toMatch(/Tidsrum 3: Overlapper en anden af de tilbudte tider\./);
    expect(await page.getByTestId('message-step').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'offer-times-refused-window');

    await page.getByRole('button', { name: 'Fjern tidsrum 3' }).click();
    await expect.poll(() => page.getByTestId('offer-count').textContent()).toBe('6 tider · 3 ansøgere');
    expect(await page.getByTestId('offer-window-error').count()).toBe(0);

    // A group session has seats: three in each of the six times.
    expect(await page.getByTestId('offer-seats').count()).toBe(0);
    await page.getByTestId('interview-type-group').click();
    await page.getByLabel('Pladser pr. tid').fill('3');
    await expect.poll(() => page.getByTestId('offer-count').textContent()).toBe('6 tider · 18 pladser · 3 ansøgere');
    expect(await page.getByTestId('offer-preview-slot').first().textContent()).toBe('13.00–13.30 · 3 pladser');
    await expectAccessible(page);
    await screenshot(page, 'offer-times-group');
    // The refusal was answered by the server, as a 400: the one failed request of this test.
    expect(problems.filter((problem) => !problem.endsWith('/booking-offers/preview'))).toEqual([]);
  });
});

describe('Offering times in English and on a phone', () => {
  it('reads in English at 1280 px', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openOffer(page, 'en');
    await offerTwoWindows(page, 'en');
    await expect.poll(() => previewDays(page)).toEqual(['3 Dec 2026: 13:00–13:30, 13:30–14:00, 14:00–14:30', '4 Dec 2026: 09:00–09:30, 09:30–10:00, 10:00–10:30']);
    expect(await page.getByTestId('offer-preview-deadline').textContent()).toBe('Deadline to choose: Wednesday, 2 December 2026 at 13:00 CET (24 hours before the first time)');
    await expectAccessible(page);
    await screenshot(page, 'offer-times-step-1');
    expect(problems).toEqual([]);
  });

  for (const language of ['da', 'en'] as const) {
    it(`fits a 390 px phone in ${language === 'da' ? 'Danish' : 'English'}, both steps`, async () => {
      const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE, { clockAt: NOW });
      await openOffer(page, language);
      await offerTwoWindows(page, language);
      await expect.poll(() => page.getByTestId('offer-day').count()).toBe(2);
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'offer-times-step-1');
      await page.getByTestId('offer-times').scrollIntoViewIfNeeded();
      await screenshot(page, 'offer-times-step-1-windows');
      await page.getByTestId('offer-preview').scrollIntoViewIfNeeded();
      await screenshot(page, 'offer-times-step-1-preview');
      await page.getByTestId('wizard-next').click();
      await expect.poll(() => page.getByTestId('email-preview-card').isVisible()).toBe(true);
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'offer-times-step-2');
      expect(problems).toEqual([]);
    });
  }
});

describe('The invitation to choose a time on the Templates screen', () => {
  for (const viewport of [DESKTOP, PHONE]) {
    it(`is a kind of its own, which may say until when (${viewport.width} px)`, async () => {
      const { page, problems } = await recruiterBrowser(web.browser, web.base, viewport, { clockAt: NOW });
      await page.goto('/login');
      await signIn(page);
      await page.getByRole('link', { name: PM }).waitFor();
      await page.goto('/templates?kind=booking_invitation&language=da');
      expect(await page.getByTestId('template-kind-booking_invitation').textContent()).toBe('Invitation til at vælge tid');
      await expect.poll(() => page.getByTestId('template-preview-subject').textContent()).toMatch(/^Vælg en tid til samtale: .* hos Nordhavn Byg A\/S$/);
      const body = page.locator('[data-field="booking_invitation.da.body"]');
      expect(await body.inputValue()).toMatch(/senest \{bookingdeadline\}/);
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'templates-booking-invitation');
      await page.getByTestId('insert-variable-booking_invitation.da.subject').click();
      await expect.poll(() => page.getByRole('menuitem', { name: /\{bookingdeadline\}/ }).isVisible()).toBe(true);
      expect(problems).toEqual([]);
    });
  }
});
