import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { logInAs } from '../support/test-app.js';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';
import { DEMO_PASSWORD } from './web-app-server.js';

/**
 * "Status for the project" after the interview, as a Danish recruiter (anna) whose browser is in New York: one
 * candidate of the demo's Thursday interviews marked from the calendar, a whole group interview marked at once (one
 * of its three having withdrawn, who keeps that status), and one applicant changed on Application and CV.
 */
// The tests follow one another as a recruiter would: the group marked in the second is changed in the fourth.
const groupNames: string[] = [];

const NOW = '2026-11-30T08:00:00Z';
const PM = 'Projektleder til boligbyggeri';
const web = webAppInChromium(NOW);

/** A group interview on Thursday 10 December at 14:00 for three applicants just received; the last withdraws. */
async function inviteAGroup(): Promise<void> {
  const cookie = await logInAs(web.test.app, 'anna@demo.example', DEMO_PASSWORD);
  const get = async <T>(url: string): Promise<T> => (await web.test.app.inject({ url, headers: { cookie } })).json<T>();
  const me = await get<{ id: string }>('/api/me');
  const project = (await get<{ items: { id: string; title: string }[] }>('/api/projects')).items.find((p) => p.title === PM)!;
  type Row = { id: string; candidate: { firstName: string; lastName: string } };
  const { items } = await get<{ items: Row[] }>(`/api/projects/${project.id}/applications?status=received&sort=name`);
  const chosen = items.slice(0, 3);
  groupNames.push(...chosen.map((row) => `${row.candidate.firstName} ${row.candidate.lastName}`));
  const sent = await web.test.app.inject({
    method: 'POST',
    url: `/api/projects/${project.id}/interview-invitations`,
    headers: { cookie },
    payload: {
      applicationIds: chosen.map((row) => row.id),
      interview: { type: 'group', recruiterIds: [me.id], date: '2026-12-10', time: '14:00', durationMinutes: 60, location: 'Mødelokale 1' },
      email: { action: 'no_email' },
    },
  });
  expect(sent.statusCode).toBe(201);
  const withdrawing = sent.json<{ invitations: { id: string; applicationId: string }[] }>().invitations.find((i) => i.applicationId === chosen[2]!.id)!;
  const answered = await web.test.app.inject({ method: 'PATCH', url: `/api/invitations/${withdrawing.id}`, headers: { cookie }, payload: { responseStatus: 'not_relevant' } });
  expect(answered.statusCode).toBe(200);
}

beforeAll(inviteAGroup);

async function openCalendar(page: Page, query = ''): Promise<void> {
  await page.goto('/login');
  await signIn(page);
  await expect.poll(() => new URL(page.url()).pathname).toBe('/projects');
  await page.goto(`/calendar${query}`);
  await expect.poll(() => page.getByTestId('calendar-interview').count()).toBeGreaterThan(0);
}

const statuses = (card: ReturnType<Page['getByTestId']>) => card.getByTestId('calendar-application-status').allTextContents();

describe('Status for the project after the interview, in Chromium (da-DK, browser in New York)', () => {
  it('marks one candidate of an interview as interviewed from the calendar', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openCalendar(page);
    const card = page.getByTestId('calendar-day-2026-12-03').getByTestId('calendar-interview').first();
    expect(await statuses(card)).toEqual(['Status for projektet: Indkaldt til samtale']);
    const name = (await card.getByTestId('calendar-invitee').getByRole('link').textContent())!;

    await card.getByRole('button', { name: /^Opdatér status/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Status efter samtalen' });
    expect(await dialog.textContent()).toMatch(/torsdag 3\. dec\. 10\.00–10\.45 · Personlig samtale/);
    await dialog.getByLabel(`Status for ${name}`).selectOption({ label: 'Samtale afholdt' });
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Gem status' }).click();
    await expect.poll(() => dialog.getByTestId('calendar-status-one-done').textContent()).toBe('Status er nu Samtale afholdt.');
    await screenshot(page, 'calendar-status-one');
    await dialog.getByRole('button', { name: 'Luk' }).click();
    await expect.poll(() => statuses(card)).toEqual(['Status for projektet: Samtale afholdt']);
    expect(problems).toEqual([]);
  });

  it('marks all the invitees of a group interview at once, and keeps the one who withdrew as withdrawn', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openCalendar(page, '?week=2026-12-07');
    const card = page.getByTestId('calendar-day-2026-12-10').getByTestId('calendar-interview');
    expect(await card.textContent()).toMatch(/14\.00–15\.00 Gruppesamtale/);
    expect(await statuses(card)).toEqual(expect.arrayContaining(['Status for projektet: Trukket tilbage']));

    await card.getByRole('button', { name: /^Opdatér status/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Status efter samtalen' });
    await dialog.getByLabel('Status for alle 3 indkaldte').selectOption({ label: 'Samtale afholdt' });
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Gem for alle' }).click();
    await expect
      .poll(() => dialog.getByTestId('calendar-status-all-done').textContent())
      .toBe('2 ansøgninger har nu status Samtale afholdt. 1 har trukket ansøgningen tilbage og beholder status Trukket tilbage.');
    await expect.poll(async () => (await statuses(card)).sort()).toEqual([
      'Status for projektet: Samtale afholdt',
      'Status for projektet: Samtale afholdt',
      'Status for projektet: Trukket tilbage',
    ]);
    // Each invitee's own choice now shows the status saved for all.
    expect(await dialog.getByLabel(`Status for ${groupNames[0]}`).inputValue()).toBe('interviewed');
    expect(await dialog.getByLabel(`Status for ${groupNames[2]}`).inputValue()).toBe('withdrawn');
    await screenshot(page, 'calendar-status-group');
    expect(problems).toEqual([]);
  });

  it('fits the status forms on a phone', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE, { clockAt: NOW });
    await openCalendar(page, '?week=2026-12-07');
    const card = page.getByTestId('calendar-day-2026-12-10').getByTestId('calendar-interview');
    await card.getByRole('button', { name: /^Opdatér status/ }).click();
    await expect.poll(() => page.getByTestId('calendar-status-panel').isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await screenshot(page, 'calendar-status-group');
    expect(problems).toEqual([]);
  });

  it('changes one applicant on Application and CV, and the badge and the history show it', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openCalendar(page, '?week=2026-12-07');
    await page.getByRole('link', { name: groupNames[0]! }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(groupNames[0]);
    const badge = page.locator('.cv-status .badge');
    expect(await badge.textContent()).toBe('Samtale afholdt');

    await page.getByRole('combobox', { name: 'Status for projektet' }).selectOption({ label: 'Tilbud givet' });
    await page.getByTestId('project-status-save').click();
    await expect.poll(() => badge.textContent()).toBe('Tilbud givet');
    expect(await page.getByTestId('project-status-done').textContent()).toBe('Status er nu Tilbud givet.');
    await expect.poll(() => page.getByText('Anna Holm ændrede status for projektet fra »Samtale afholdt« til »Tilbud givet«').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'application-and-cv-status');
    expect(problems).toEqual([]);
  });

  it('reopens a withdrawn application on Application and CV only after saying so', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await openCalendar(page, '?week=2026-12-07');
    await page.getByRole('link', { name: groupNames[2]! }).click();
    await expect.poll(() => page.locator('.cv-status .badge').textContent()).toBe('Trukket tilbage');
    await page.getByRole('combobox', { name: 'Status for projektet' }).selectOption({ label: 'Under vurdering' });
    expect(await page.getByText('Kandidaten har trukket ansøgningen tilbage. Gemmer du en anden status, genåbnes den.').isVisible()).toBe(true);
    await page.getByTestId('project-status-save').click();
    await expect.poll(() => page.locator('.cv-status .badge').textContent()).toBe('Under vurdering');
    expect(problems).toEqual([]);
  });
});
