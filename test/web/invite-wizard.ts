import type { Page } from 'playwright-core';
import { expect } from 'vitest';

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
