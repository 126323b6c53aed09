import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { signIn } from './browser.js';

interface Applicants {
  project: string;
  /** The applicants to tick, in the order they get their slots. */
  names: string[];
  language?: 'da' | 'en';
}

interface StepOne extends Applicants {
  /** The day and time as typed into the fields' segments: 'DDMMYYYY' and 'HHMM'. */
  date: string;
  time: string;
  durationMinutes?: number;
  location?: string;
}

/**
 * From the Recruitment overview of a signed-in recruiter: opens the project's All applications, ticks the applicants
 * and presses Execute (Udfør), which opens Invite to interview at step 1.
 */
export async function openInviteStepOne(page: Page, { project, names, language = 'da' }: Applicants): Promise<void> {
  await page.getByRole('link', { name: project }).click();
  await page.getByTestId('tab-all-applications').click();
  await expect.poll(() => page.getByTestId('application-row').count()).toBeGreaterThan(0);
  for (const name of names) await page.getByRole('checkbox', { name: `${language === 'da' ? 'Vælg' : 'Select'} ${name}`, exact: true }).check();
  await page.getByTestId('execute').click();
  await expect.poll(() => page.getByTestId('interview-step').isVisible()).toBe(true);
}

/** Types the interview's day and time into step 1 as on a keyboard: 'DDMMYYYY' and 'HHMM', from each field's first segment. */
export async function typeInterviewDayAndTime(page: Page, date: string, time: string): Promise<void> {
  await page.getByTestId('interview-date').getByRole('spinbutton').first().click();
  await page.keyboard.type(date);
  await page.getByTestId('interview-time').getByRole('spinbutton').first().click();
  await page.keyboard.type(time);
}

/**
 * openInviteStepOne, then fills step 1 of Invite to interview and goes on to step 2, where it waits for the email
 * preview.
 */
export async function openInviteStepTwo(page: Page, { project, names, date, time, durationMinutes, location, language = 'da' }: StepOne): Promise<void> {
  await openInviteStepOne(page, { project, names, language });
  await typeInterviewDayAndTime(page, date, time);
  if (durationMinutes) await page.getByLabel(language === 'da' ? 'Varighed' : 'Duration').selectOption(String(durationMinutes));
  if (location) await page.getByLabel(language === 'da' ? 'Sted' : 'Location').fill(location);
  await page.getByTestId('wizard-next').click();
  await expect.poll(() => page.getByTestId('message-step').isVisible()).toBe(true);
  await expect.poll(() => page.getByTestId('email-preview-card').isVisible()).toBe(true);
}

/** Types a day ('DDMMYYYY') or a time ('HHMM') into a date or time field, from its first segment, as on a keyboard. */
export async function typeInto(field: Locator, keys: string): Promise<void> {
  await field.getByRole('spinbutton').first().click();
  await field.page().keyboard.type(keys);
}

/**
 * Offering times, step 1: fills in window `index` (added first when it is not there yet) as typed: 'DDMMYYYY',
 * 'HHMM', 'HHMM'.
 */
export async function typeOfferWindow(page: Page, index: number, date: string, from: string, to: string): Promise<void> {
  const windows = page.getByTestId('offer-window');
  if ((await windows.count()) <= index) await page.getByTestId('offer-add-window').click();
  const window = windows.nth(index);
  await typeInto(window.getByTestId('offer-window-date'), date);
  await typeInto(window.getByTestId('offer-window-from'), from);
  await typeInto(window.getByTestId('offer-window-to'), to);
}

/**
 * Signs in as Anna (the demo's administrator) on the sign-in page, switches the screens to English when asked, and
 * opens Invite to interview at step 1 for the applicants (openInviteStepOne).
 */
export async function signInAndOpenInvite(page: Page, { project, names, language = 'da' }: Applicants): Promise<void> {
  await page.goto('/login');
  await signIn(page);
  await page.getByRole('link', { name: project }).waitFor();
  if (language === 'en') {
    await page.getByRole('radio', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Recruitment overview' }).waitFor();
  }
  await openInviteStepOne(page, { project, names, language });
}
