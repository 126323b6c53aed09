import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot } from './browser.js';
import { signInAndOpenInvite, typeInterviewDayAndTime } from './invite-wizard.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Indkald til samtale, step 1, as a Danish recruiter whose browser is in New York: from All applications to the
 * wizard, the interview chosen with the calendar, the back-to-back slots in Copenhagen time, a recruiter already
 * busy then, a reload that keeps it all, and the question before closing.
 */
const PM = 'Projektleder til boligbyggeri';
// Monday 30 November 2026, 09:00 in Copenhagen; the demo's in-person interviews (Anna and Bo) are on Thursday
// 3 December at 10:00, 11:00 and 12:00 Copenhagen time, 45 minutes each.
const NOW = '2026-11-30T08:00:00Z';

const web = webAppInChromium(NOW);

const openWizard = (page: Page, names: string[], language: 'da' | 'en' = 'da') => signInAndOpenInvite(page, { project: PM, names, language });

const slotNames = (page: Page) => page.getByTestId('slot-name').allTextContents();
const slotTimes = (page: Page) => page.getByTestId('slot-time').allTextContents();

describe('Invite to interview, step 1 (da-DK, browser in New York)', () => {
  it('plans back-to-back slots in Copenhagen time, reorders them, warns of a busy recruiter, keeps it all through a reload and asks before closing', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openWizard(page, ['Søren Østergaard', 'Line Bæk', 'Ida Møller']);
    expect(await page.getByTestId('wizard-step').textContent()).toBe('Trin 1 af 2: Samtalen');
    expect(await page.getByTestId('wizard-applicants').textContent()).toBe('3 ansøgere: Søren Østergaard, Line Bæk og Ida Møller');
    expect(await slotNames(page)).toEqual(['Søren Østergaard', 'Line Bæk', 'Ida Møller']);
    // The signed-in recruiter takes part unless taken off.
    expect(await page.getByRole('checkbox', { name: /Anna Holm/ }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Personlig samtale' }).isChecked()).toBe(true);
    await expectAccessible(page);

    // Next says what is missing.
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('outstanding').textContent()).toMatch(/Vælg en dato\..*Vælg et tidspunkt\./);
    expect(await page.getByTestId('wizard-step').textContent()).toBe('Trin 1 af 2: Samtalen');

    // The date from the calendar: Thursday 3 December, two months' worth of days away from the past ones.
    await page.getByTestId('interview-date').getByRole('button', { name: /Kalender/ }).click();
    const calendar = page.getByRole('dialog');
    await expect.poll(() => calendar.isVisible()).toBe(true);
    expect(await calendar.getByRole('button', { name: 'fredag den 27. november 2026' }).isDisabled()).toBe(true);
    await calendar.locator('button[slot="next"]').click();
    await calendar.getByRole('button', { name: 'torsdag den 3. december 2026' }).click();
    await expect.poll(() => calendar.isVisible()).toBe(false);

    // 10:00 in Copenhagen clashes with Anna's demo interview at 10:00–10:45.
    const time = page.getByTestId('interview-time');
    await time.getByRole('spinbutton').first().click();
    await page.keyboard.type('1000');
    await expect.poll(() => slotTimes(page)).toEqual(['3. dec. 2026 · 10.00–10.45', '3. dec. 2026 · 11.00–11.45', '3. dec. 2026 · 12.00–12.45']);
    const overlap = page.getByTestId('recruiter-overlap');
    await expect.poll(() => overlap.textContent()).toMatch(/Anna Holm har allerede en samtale 3\. dec\. 2026 kl\. 10\.00–10\.45\./);
    await screenshot(page, 'invite-to-interview-step-1');

    // Ida takes the first slot; her old place goes to the others, the times stay with the places.
    await page.getByRole('button', { name: 'Flyt Ida Møller en tid frem' }).click();
    await page.getByRole('button', { name: 'Flyt Ida Møller en tid frem' }).click();
    expect(await slotNames(page)).toEqual(['Ida Møller', 'Søren Østergaard', 'Line Bæk']);
    expect(await page.getByTestId('slot-moved').textContent()).toBe('Ida Møller er nu nr. 1.');
    // At the top her "earlier" button is off, and focus stays with her.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Flyt Ida Møller en tid tilbage');

    await page.getByLabel('Varighed').selectOption('30');
    await page.getByLabel('Sted').fill('Sundkrogsgade 21, 2150 Nordhavn');
    await expect.poll(() => slotTimes(page)).toEqual(['3. dec. 2026 · 10.00–10.30', '3. dec. 2026 · 10.45–11.15', '3. dec. 2026 · 11.30–12.00']);
    await page.getByRole('checkbox', { name: /Bo Lindqvist/ }).check();
    await expect.poll(() => overlap.textContent()).toMatch(/Bo Lindqvist har allerede en samtale 3\. dec\. 2026 kl\. 11\.00–11\.45\./);

    // A reload brings it all back.
    await page.reload();
    await expect.poll(() => page.getByTestId('interview-step').isVisible()).toBe(true);
    expect(await slotNames(page)).toEqual(['Ida Møller', 'Søren Østergaard', 'Line Bæk']);
    expect(await page.getByLabel('Sted').inputValue()).toBe('Sundkrogsgade 21, 2150 Nordhavn');
    expect(await page.getByLabel('Varighed').inputValue()).toBe('30');
    expect(await page.getByRole('checkbox', { name: /Bo Lindqvist/ }).isChecked()).toBe(true);
    await expect.poll(() => slotTimes(page)).toEqual(['3. dec. 2026 · 10.00–10.30', '3. dec. 2026 · 10.45–11.15', '3. dec. 2026 · 11.30–12.00']);

    // A video interview cannot go on without its link.
    await page.getByTestId('interview-type-video').click();
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('outstanding').textContent()).toMatch(/En videosamtale skal have et mødelink\./);
    await page.getByLabel('Mødelink').fill('meet.example/samtale');
    await expect.poll(() => page.getByText('Mødelinket skal begynde med http:// eller https://', { exact: false }).first().isVisible()).toBe(true);
    await page.getByTestId('interview-type-in_person').click();

    // Next reaches step 2, the email and reminder; Back returns to the interview as it was.
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('wizard-step').textContent()).toBe('Trin 2 af 2: E-mail og påmindelse');
    await expect.poll(() => page.getByTestId('message-step').isVisible()).toBe(true);
    await page.getByTestId('wizard-back').click();
    await expect.poll(() => page.getByTestId('wizard-step').textContent()).toBe('Trin 1 af 2: Samtalen');
    expect(await slotNames(page)).toEqual(['Ida Møller', 'Søren Østergaard', 'Line Bæk']);
    expect(await page.getByLabel('Sted').inputValue()).toBe('Sundkrogsgade 21, 2150 Nordhavn');

    // Leaving by a link asks first; staying keeps everything.
    await page.getByRole('link', { name: 'Rekrutteringskalender' }).click();
    const question = page.getByTestId('leave-question');
    await expect.poll(() => question.isVisible()).toBe(true);
    expect(await question.getByRole('heading').textContent()).toBe('Luk uden at sende?');
    await expectAccessible(page);
    await question.getByTestId('leave-stay').click();
    await expect.poll(() => question.isVisible()).toBe(false);
    expect(new URL(page.url()).pathname).toMatch(/\/invite-to-interview$/);

    // Close, confirmed: back on All applications, and the next wizard starts afresh.
    await page.getByTestId('wizard-close').click();
    await expect.poll(() => question.isVisible()).toBe(true);
    await question.getByTestId('leave-confirm').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/applications$/);
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^3 valgt/);
    await page.getByTestId('execute').click();
    await expect.poll(() => slotNames(page)).toEqual(['Søren Østergaard', 'Line Bæk', 'Ida Møller']);
    expect(await page.getByLabel('Sted').inputValue()).toBe('');
    expect(problems).toEqual([]);
  });

  it('shows one slot for everyone in a group interview, with no break to choose, and lands on All applications with what was sent', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openWizard(page, ['Søren Østergaard', 'Ida Møller']);
    await page.getByTestId('interview-type-group').click();
    expect(await page.getByTestId('interview-break').count()).toBe(0);
    await typeInterviewDayAndTime(page, '07122026', '1400');
    await expect.poll(() => page.getByTestId('group-slot').textContent()).toMatch(/Alle ansøgere.*7\. dec\. 2026 · 14\.00–14\.45/);
    expect(await page.getByTestId('slot-time').count()).toBe(0);
    expect(await page.getByTestId('slots').textContent()).toMatch(/de 2 ansøgere inviteres til samme tid/);

    // Sent from step 2 as pre-filled: back on All applications, told what went out, the statuses updated.
    await page.getByTestId('wizard-next').click();
    await expect.poll(() => page.getByTestId('email-preview-card').isVisible()).toBe(true);
    await page.getByTestId('wizard-send').click();
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/\/applications$/);
    await expect.poll(() => page.getByTestId('invitations-sent').textContent()).toMatch(/^2 invitationer sendt · /);
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^Ingen valgt/);
    for (const name of ['Søren Østergaard', 'Ida Møller']) {
      await expect.poll(() => page.getByTestId('application-row').filter({ hasText: name }).textContent()).toMatch(/Indkaldt til samtale/);
    }
    await expectAccessible(page);
    await screenshot(page, 'application-handling-invitations-sent');
    await page.getByTestId('invitations-sent-dismiss').click();
    await expect.poll(() => page.getByTestId('invitations-sent').count()).toBe(0);
    // The next Invite to interview starts afresh.
    expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('samtale.invite-to-interview.')))).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('Invite to interview, step 1 in English and on a phone', () => {
  it('reads in English at 1280 px', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openWizard(page, ['Søren Østergaard', 'Line Bæk', 'Ida Møller'], 'en');
    expect(await page.getByTestId('wizard-step').textContent()).toBe('Step 1 of 2: The interview');
    await typeInterviewDayAndTime(page, '03122026', '1000');
    await expect.poll(() => page.getByTestId('recruiter-overlap').textContent()).toMatch(/Anna Holm already has an interview on 3 Dec 2026 at 10:00–10:45\./);
    await expectAccessible(page);
    await screenshot(page, 'invite-to-interview-step-1');
    expect(problems).toEqual([]);
  });

  for (const language of ['da', 'en'] as const) {
    it(`fits a 390 px phone in ${language === 'da' ? 'Danish' : 'English'}`, async () => {
      const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE, { clockAt: NOW });
      await openWizard(page, ['Søren Østergaard', 'Line Bæk', 'Ida Møller'], language);
      await typeInterviewDayAndTime(page, '03122026', '1000');
      await expect.poll(() => page.getByTestId('recruiter-overlap').isVisible()).toBe(true);
      await expectNoSidewaysScroll(page);
      await expectAccessible(page);
      await screenshot(page, 'invite-to-interview-step-1');
      await page.getByTestId('slots').scrollIntoViewIfNeeded();
      await screenshot(page, 'invite-to-interview-step-1-slots');
      expect(problems).toEqual([]);
    });
  }
});
