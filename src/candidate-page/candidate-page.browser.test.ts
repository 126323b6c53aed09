/// <reference lib="dom" />
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBookingOffer } from '../../test/support/booking-offers.js';
import { createApplication, createOrganisation, createProject, createUser } from '../../test/support/factories.js';
import { createTestApp, logInAs, type TestApp } from '../../test/support/test-app.js';
import { launchChromium } from '../../test/web/browser.js';
import { COLOURS } from './page.css.js';

/**
 * The candidate's page in a real browser (Debian's Chromium) on a phone-sized screen, served by the real server
 * over HTTP: the stylesheet gets through the CSP, the forms work without JavaScript, and the answers land.
 * Runs with `npm run test:browser`; `.ci/run` installs Chromium first.
 */
const PHONE = { width: 360, height: 740 };

let browser: Browser;
let test: TestApp;
let base: string;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
  await test.app.listen({ host: '127.0.0.1', port: 0 });
  base = `http://127.0.0.1:${(test.app.server.address() as AddressInfo).port}`;
});
afterEach(() => test.close());

async function invitationLink(): Promise<{ url: string; applicationId: string; cookie: string }> {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Nordhavn Byg A/S' });
  const anna = await createUser(db, organisation.id, { name: 'Anna Holm' });
  const projectId = await createProject(db, organisation.id, anna.id, { title: 'Bogholder' });
  const { applicationId } = await createApplication(db, organisation.id, projectId, { firstName: 'Søren', language: 'da' });
  const cookie = await logInAs(test.app, anna.email);
  const sent = await test.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/interview-invitations`,
    headers: { cookie },
    payload: {
      applicationIds: [applicationId],
      interview: { type: 'in_person', recruiterIds: [anna.id], date: '2026-03-10', time: '10:00', durationMinutes: 45, location: 'Havnegade 1' },
      email: { action: 'no_email' },
    },
  });
  return { url: `${base}${new URL(sent.json().invitations[0].confirmUrl).pathname}`, applicationId, cookie };
}

async function responseStatus(applicationId: string, cookie: string): Promise<string> {
  const page = await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie } });
  return page.json().invitations[0].responseStatus;
}

async function phonePage(): Promise<{ page: Page; blocked: string[] }> {
  const context = await browser.newContext({ viewport: PHONE, javaScriptEnabled: false, locale: 'da-DK' });
  const page = await context.newPage();
  // Anything the browser could not load or was refused (a CSP violation is a console error).
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') blocked.push(message.text());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) blocked.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  return { page, blocked };
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

describe('the candidate page in Chromium on a phone', () => {
  it('is styled under its CSP, fits the screen, and records "yes" from a plain form', async () => {
    const link = await invitationLink();
    const { page, blocked } = await phonePage();
    await page.goto(link.url);

    const yes = page.getByRole('button', { name: 'Ja tak, jeg vil gerne deltage' });
    expect(await yes.evaluate((button) => getComputedStyle(button).backgroundColor)).toBe(rgb(COLOURS.primary));
    expect((await yes.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: '/tmp/samtale-candidate-page.png', fullPage: true });

    await yes.click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBeTruthy();
    expect(await responseStatus(link.applicationId, link.cookie)).toBe('accepted');
    expect(blocked).toEqual([]);
  });

  it('asks before withdrawing, and withdraws only after the second click', async () => {
    const link = await invitationLink();
    const { page } = await phonePage();
    await page.goto(link.url);
    await page.getByRole('button', { name: 'Annullér min ansøgning' }).click();
    await page.waitForLoadState();
    expect(await responseStatus(link.applicationId, link.cookie)).toBe('awaiting');
    await page.screenshot({ path: '/tmp/samtale-candidate-withdraw.png', fullPage: true });

    await page.getByRole('button', { name: 'Ja, annullér min ansøgning' }).click();
    await page.waitForLoadState();
    expect(await responseStatus(link.applicationId, link.cookie)).toBe('not_relevant');
  });

  it('sends a message with "contact me for a new appointment"', async () => {
    const link = await invitationLink();
    const { page } = await phonePage();
    await page.goto(link.url);
    await page.getByLabel(/Besked/).fill('Jeg kan kun om eftermiddagen.');
    await page.getByRole('button', { name: 'Kontakt mig for en ny aftale' }).click();
    await page.waitForLoadState();
    expect(await responseStatus(link.applicationId, link.cookie)).toBe('new_time_requested');
  });
});

describe('the booking page in Chromium on a phone', () => {
  it('lists the free times as big choices, books one without JavaScript, and shows it booked', async () => {
    const db = test.ctx.db;
    const organisation = await createOrganisation(db, { name: 'Nordhavn Byg A/S' });
    const anna = await createUser(db, organisation.id, { name: 'Anna Holm' });
    const projectId = await createProject(db, organisation.id, anna.id, { title: 'Bogholder' });
    const { applicationId } = await createApplication(db, organisation.id, projectId, { firstName: 'Søren', language: 'da' });
    const offer = await createBookingOffer(db, {
      organisationId: organisation.id,
      projectId,
      recruiterId: anna.id,
      startsAt: ['2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z', '2026-03-11T12:00:00Z', '2026-03-11T13:00:00Z'],
      deadlineAt: '2026-03-09T09:00:00Z',
      applications: [{ applicationId }],
      secret: test.config.sessionSecret,
    });
    const { page, blocked } = await phonePage();
    await page.goto(`${base}/i/${offer.links.get(applicationId)!}`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Book en tid til samtale');
    expect(await page.getByRole('group', { name: 'onsdag den 11. marts 2026' }).getByRole('radio').count()).toBe(2);
    // Each time is a row as tall as a button, the width of the screen.
    const row = await page.locator('label.slot').first().boundingBox();
    expect(row!.height).toBeGreaterThanOrEqual(48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: '/tmp/samtale-booking-page.png', fullPage: true });

    await page.getByRole('radio', { name: '14.00–14.45 CET' }).check();
    await page.getByRole('button', { name: 'Book den valgte tid' }).click();
    await expect.poll(() => page.getByText('Din tid: onsdag den 11. marts 2026, 14.00–14.45 CET').isVisible()).toBe(true);
    expect(await page.getByRole('radio', { name: '14.00–14.45 CET' }).isChecked()).toBe(true);
    await page.screenshot({ path: '/tmp/samtale-booking-page-booked.png', fullPage: true });
    expect(blocked).toEqual([]);
  });
});
