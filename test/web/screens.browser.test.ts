import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Every screen in Danish and English, at 1280 and 390 px: axe finds nothing serious, nothing scrolls sideways,
 * the browser reports no problem, and a screenshot of each lands in test-results/screens/ for people to judge.
 */
let screens: { name: string; path: string; heading: RegExp }[];

const web = webAppInChromium('2026-11-30T08:00:00Z');

beforeAll(async () => {
  const db = web.test.ctx.db;
  const project = await db.selectFrom('projects').select('id').where('title', '=', 'Projektleder til boligbyggeri').executeTakeFirstOrThrow();
  const mette = await db
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .select('applications.id')
    .where('candidates.first_name', '=', 'Mette')
    .executeTakeFirstOrThrow();
  const email = await db.selectFrom('dev_mailbox').select('id').where('recipient', '=', 'mette.kjaergaard@mail.example').executeTakeFirstOrThrow();
  screens = [
    { name: 'recruitment-overview', path: '/projects', heading: /^(Rekrutteringsoversigt|Recruitment overview)$/ },
    { name: 'application-handling-overview', path: `/projects/${project.id}`, heading: /^Projektleder til boligbyggeri$/ },
    { name: 'application-handling-all-applications', path: `/projects/${project.id}/applications`, heading: /^Projektleder til boligbyggeri$/ },
    { name: 'application-and-cv', path: `/applications/${mette.id}`, heading: /^Mette Kjærgaard$/ },
    { name: 'recruitment-calendar', path: '/calendar?week=2026-11-30', heading: /^(Rekrutteringskalender|Recruitment calendar)$/ },
    { name: 'messages', path: `/messages?box=email&open=${email.id}`, heading: /^(Beskeder|Messages)$/ },
  ];
});

async function expectScreenFine(page: Page, name: string, problems: string[]): Promise<void> {
  await page.getByRole('progressbar').or(page.locator('.loading')).first().waitFor({ state: 'detached' }).catch(() => undefined);
  await expectNoSidewaysScroll(page);
  await expectAccessible(page);
  await screenshot(page, name);
  expect(problems, name).toEqual([]);
}

describe('every screen', () => {
  it.each([
    { language: 'da', viewport: DESKTOP, width: 1280 },
    { language: 'da', viewport: PHONE, width: 390 },
    { language: 'en', viewport: DESKTOP, width: 1280 },
    { language: 'en', viewport: PHONE, width: 390 },
  ] as const)('in "$language" at $width px is accessible, fits the screen and is saved as a screenshot', async ({ language, viewport }) => {
    const { page, context, problems } = await recruiterBrowser(web.browser, web.base, viewport);
    // The app's own frame only: the sandboxed email frame has no storage.
    await context.addInitScript((chosen) => window === window.top && localStorage.setItem('samtale.language', chosen), language);
    await page.goto('/login');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
    await expectScreenFine(page, 'sign-in', problems);
    await signIn(page, 'anna@demo.example', 'samtale-demo', language);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');

    for (const screen of screens) {
      await page.goto(screen.path);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).first().textContent()).toMatch(screen.heading);
      await expectScreenFine(page, screen.name, problems);
    }
  });
});
