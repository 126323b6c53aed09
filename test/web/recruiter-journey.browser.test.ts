import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApplication } from '../support/factories.js';
import { expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * The source's walk through the screens in Chromium, as a Danish recruiter whose browser is in New York: from the
 * Recruitment overview to All applications (filter, search, sort, page, select), Application and CV, and the
 * development mailbox, where a candidate's link leads to the answer page. `npm run test:browser`.
 */
/** The demo project "Projektleder til boligbyggeri" gets 60 more applicants, so its list has two pages. */
const PROJECT = 'Projektleder til boligbyggeri';
const EXTRA_APPLICANTS = 60;

// Monday 30 November 2026; the demo's in-person interviews are three working days on, from 10:00 Copenhagen time.
const web = webAppInChromium('2026-11-30T08:00:00Z');

beforeAll(async () => {
  const project = await web.test.ctx.db.selectFrom('projects').select(['id', 'organisation_id']).where('title', '=', PROJECT).executeTakeFirstOrThrow();
  for (let n = 1; n <= EXTRA_APPLICANTS; n += 1) {
    await createApplication(web.test.ctx.db, project.organisation_id, project.id, {
      firstName: `Ansøger${String(n).padStart(2, '0')}`,
      lastName: 'Hansen',
      email: `ansoeger${n}@mail.example`,
      submittedAt: new Date(Date.parse('2026-11-01T10:00:00Z') + n * 3_600_000),
    });
  }
});

async function openAllApplications(page: Page): Promise<void> {
  await page.goto('/login');
  await signIn(page);
  await page.getByRole('link', { name: PROJECT }).click();
  await expect.poll(() => page.getByRole('heading', { name: PROJECT }).isVisible()).toBe(true);
  await page.getByTestId('tab-all-applications').click();
  await expect.poll(() => page.getByTestId('application-row').count()).toBe(50);
}

const rowNames = (page: Page) => page.getByTestId('application-row').getByRole('link').allTextContents();

describe('a recruiter in Chromium (da-DK, browser in New York)', () => {
  it('filters, searches, sorts and pages All applications, with all of it in the address', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openAllApplications(page);
    await expectAccessible(page);
    expect(await page.getByTestId('pager-range').textContent()).toMatch(/1–50 .* 75/);

    await page.getByTestId('pager-next').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(25);
    expect(new URL(page.url()).searchParams.get('page')).toBe('2');

    await page.getByTestId('status-filter-in_review').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(2);
    expect(new URL(page.url()).searchParams.getAll('status')).toEqual(['in_review']);
    expect(new URL(page.url()).searchParams.get('page')).toBeNull();

    await page.getByTestId('status-filter-in_review').click();
    await page.getByRole('searchbox', { name: 'Søg' }).fill('hansen');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('hansen');
    await expect.poll(() => page.getByTestId('pager-range').textContent()).toMatch(/1–50 .* 60/);

    await page.getByTestId('sort-name').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('name');
    await expect.poll(async () => (await rowNames(page)).slice(0, 2)).toEqual(['Ansøger01 Hansen', 'Ansøger02 Hansen']);
    await page.getByTestId('sort-name').click();
    await expect.poll(async () => (await rowNames(page))[0]).toBe('Ansøger60 Hansen');

    // The address alone shows the same list: a reload, or a colleague opening the link.
    await page.reload();
    await expect.poll(async () => (await rowNames(page))[0]).toBe('Ansøger60 Hansen');
    expect(await page.getByRole('searchbox', { name: 'Søg' }).inputValue()).toBe('hansen');
    expect(problems).toEqual([]);
  });

  it('keeps three applicants selected across filters, opens the Invite to interview wizard for them, and clears with Escape', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openAllApplications(page);
    await page.getByRole('checkbox', { name: 'Vælg Søren Østergaard' }).check();

    await page.getByTestId('status-filter-in_review').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(2);
    for (const row of await page.getByTestId('application-row').getByRole('checkbox').all()) await row.check();
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^3 valgt/);
    await screenshot(page, 'application-handling-selection');

    await page.getByRole('combobox', { name: 'Videre behandling' }).waitFor();
    await page.getByTestId('execute').click();
    await expect.poll(() => page.getByRole('heading', { name: 'Indkald til samtale' }).isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toMatch(/^\/projects\/[^/]+\/invite-to-interview$/);
    expect(await page.getByTestId('wizard-applicants').textContent()).toMatch(/^3 ansøgere: Søren Østergaard, /);
    // Nothing typed yet: Close leaves without asking, and the applicants are still ticked.
    await page.getByTestId('wizard-close').click();
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^3 valgt/);
    expect(await page.getByTestId('leave-question').count()).toBe(0);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^Ingen valgt/);
    expect(await page.getByTestId('execute').isDisabled()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('works from the keyboard alone: tick with Space, Execute with Enter, focus always visible', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openAllApplications(page);
    await page.getByRole('searchbox', { name: 'Søg' }).fill('Søren');
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('Søren');
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(1);

    // The key goes to whatever has focus: wait until focus is really in Søren's row (the table's keyboard
    // navigation moves it from the checkbox to the row), and only then press it.
    await page.getByRole('checkbox', { name: 'Vælg Søren Østergaard' }).focus();
    const sorensRow = page.getByTestId('application-row').filter({ hasText: 'Søren Østergaard' });
    await expect.poll(() => sorensRow.evaluate((element) => element.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^1 valgt/);

    const execute = page.getByTestId('execute');
    await execute.focus();
    const outline = await execute.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('wizard-applicants').textContent()).toBe('1 ansøger: Søren Østergaard');
    await page.goBack();
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^1 valgt/);
    expect(problems).toEqual([]);
  });

  it("opens an applicant's Application and CV and shows the interview at 10.00 Copenhagen time", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await openAllApplications(page);
    await page.getByRole('searchbox', { name: 'Søg' }).fill('Mette');
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(1);
    await page.getByRole('link', { name: 'Mette Kjærgaard' }).click();

    await expect.poll(() => page.getByRole('heading', { name: 'Mette Kjærgaard' }).isVisible()).toBe(true);
    const time = page.getByTestId('invitation').first().getByTestId('interview-time');
    await expect.poll(() => time.getAttribute('datetime')).toBe('2026-12-03T09:00:00.000Z');
    // New York's clock says 04:00; the recruiter must see Copenhagen's.
    expect(await time.textContent()).toMatch(/torsdag den 3\. december 2026 kl\. 10\.00/);
    expect(await page.getByTestId('invitation').first().getByTestId('response-status').textContent()).toBeTruthy();
    await expectAccessible(page);

    await page.getByTestId('open-message').first().click();
    await expect.poll(() => page.getByTestId('message-dialog').isVisible()).toBe(true);
    expect(await page.getByTestId('message-text').textContent()).toMatch(/Mette/);
    await screenshot(page, 'application-and-cv-message');
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it("opens Messages and follows a candidate's confirmation link to the answer page, then reads it all in English", async () => {
    const { page, context, problems } = await recruiterBrowser(web.browser, web.base);
    await page.goto('/login');
    await signIn(page);
    await page.getByRole('link', { name: 'Beskeder' }).click();
    await page.getByTestId('mailbox-item').filter({ hasText: 'mette.kjaergaard@mail.example' }).click();
    await expect.poll(() => page.getByTestId('email-detail').isVisible()).toBe(true);
    await expectAccessible(page);

    const answerLink = page.getByTestId('email-links').getByRole('link', { name: /\/i\// });
    const [answerPage] = await Promise.all([context.waitForEvent('page'), answerLink.click()]);
    await answerPage.waitForLoadState();
    expect(new URL(answerPage.url()).pathname).toMatch(/^\/i\//);
    await expect.poll(() => answerPage.getByRole('button', { name: 'Ja tak, jeg vil gerne deltage' }).isVisible()).toBe(true);
    await answerPage.close();

    await page.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('tab', { name: 'Email' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Recruitment overview' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Recruitment overview' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: PROJECT }).click();
    await page.getByTestId('tab-all-applications').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(50);
    await page.getByRole('link', { name: 'Mette Kjærgaard' }).click();
    await expect.poll(() => page.getByTestId('interview-time').first().textContent()).toMatch(/Thursday, 3 December 2026 at 10:00/);
    expect(problems).toEqual([]);
  });
});

describe('on a 390 px phone', () => {
  it('the project overview and the list fit the screen, and selecting still works', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE);
    await page.goto('/login');
    await signIn(page);
    await page.getByRole('link', { name: PROJECT }).click();
    await expect.poll(() => page.getByTestId('tab-all-applications').isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await page.getByTestId('tab-all-applications').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(50);
    await page.getByRole('checkbox', { name: 'Vælg Søren Østergaard' }).check();
    await expect.poll(() => page.getByTestId('selection-count').textContent()).toMatch(/^1 valgt/);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Mette Kjærgaard' }).click();
    await expect.poll(() => page.getByTestId('interview-time').first().textContent()).toMatch(/kl\. 10\.00/);
    await expectNoSidewaysScroll(page);
    await page.getByRole('link', { name: 'Beskeder' }).click();
    await page.getByTestId('mailbox-item').first().click();
    await expect.poll(() => page.getByTestId('email-detail').isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    expect(problems).toEqual([]);
  });
});
