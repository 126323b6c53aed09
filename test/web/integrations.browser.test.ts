import type { LookupAddress } from 'node:dns';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { queueInvitationEvents } from '../../src/use-cases/webhook-events.js';
import { deliverDue } from '../support/outbox.js';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, openAdministration, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Integrationer: anna, the demo's administrator, makes an API key for the ATS and copies it from the one time it is
 * shown, adds a webhook address (a private network's address refused at its field first), sees its deliveries fail
 * because the ATS's host name resolves inside the network, sends one again, then revokes the key and removes the
 * address, each after a question. A recruiter has no link to the screen. The tests follow one another.
 */
const NOW = '2026-11-30T08:00:00Z';
/** 08:00 UTC on Copenhagen's clock (CET); the browser's New York clock would say 03.00. */
const COPENHAGEN_TIME = '30. nov. 2026, 09.00';
const web = webAppInChromium(NOW);

async function signedInAnna(viewport = DESKTOP) {
  const anna = await recruiterBrowser(web.browser, web.base, viewport, { clockAt: NOW });
  await anna.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await anna.page.goto('/login');
  await signIn(anna.page);
  await expect.poll(() => new URL(anna.page.url()).pathname).toBe('/projects');
  return anna;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { name, level: 1 });

/** The ATS's host name, as the worker's resolver answers it: inside the server's network. */
const resolvesInside = async (): Promise<LookupAddress[]> => [{ address: '10.1.2.3', family: 4 }];

describe('Integrationer (da-DK browser in New York)', () => {
  it('anna makes an API key, reached from the frame, and copies it from the one time it is shown', async () => {
    const { page, context, problems } = await signedInAnna();
    await openAdministration(page, 'Integrationer');
    await expect.poll(() => heading(page, 'Integrationer').isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Ingen API-nøgler endnu.').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Ny API-nøgle' }).click();
    await page.getByLabel('Navn', { exact: true }).fill('Workday');
    await page.getByLabel('Adgang', { exact: true }).selectOption('write');
    await page.getByRole('button', { name: 'Opret nøgle' }).click();
    const shown = page.getByTestId('shown-once');
    await expect.poll(() => shown.isVisible()).toBe(true);
    expect(await shown.textContent()).toContain('den vises ikke igen');
    const key = await shown.getByLabel('API-nøgle').inputValue();
    expect(key).toMatch(/^samtale_[\w-]{43}$/);
    await shown.getByRole('button', { name: 'Kopier' }).click();
    await expect.poll(() => shown.getByRole('status').textContent()).toBe('Kopieret.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await expectAccessible(page);
    await screenshot(page, 'integrations-key-shown');
    await shown.getByRole('button', { name: 'Jeg har gemt den' }).click();
    await expect.poll(() => shown.count()).toBe(0);
    const row = page.getByTestId('api-key-Workday');
    const lastUsed = row.getByRole('cell').nth(3);
    expect(await lastUsed.textContent()).toBe('Aldrig');

    // The ATS uses it; the list then says when, on the organisation's clock.
    const used = await page.request.put('/api/integration/projects/wd-1', { headers: { authorization: `Bearer ${key}` }, data: { title: 'Tømrer', reference: 'WD-1' } });
    expect(used.status()).toBe(201);
    await page.reload();
    await expect.poll(() => lastUsed.textContent()).toBe(COPENHAGEN_TIME);
    expect(await row.textContent()).toBe(`WorkdayLæse og skrive${COPENHAGEN_TIME}af Anna Holm${COPENHAGEN_TIME}AktivTilbagekald`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('anna adds a webhook address: a private network’s address is refused at the field, with what she typed kept', async () => {
    const { page, context, problems } = await signedInAnna();
    await page.goto('/integrations');
    await page.getByRole('button', { name: 'Tilføj webhook' }).click();
    const address = page.getByLabel('Adresse', { exact: true });
    await address.fill('https://10.0.0.8/samtale');
    await page.getByLabel(/Påmindelse sendt/).uncheck();
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    await expect.poll(() => address.getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByText('Adressen hører til et privat eller lokalt netværk.', { exact: false }).isVisible()).toBe(true);
    expect(await address.inputValue()).toBe('https://10.0.0.8/samtale');
    expect(await page.getByLabel(/Påmindelse sendt/).isChecked()).toBe(false);
    await expectAccessible(page);

    await address.fill('https://hooks.nordhavn-ats.example/samtale');
    await page.getByRole('button', { name: 'Tilføj', exact: true }).click();
    const shown = page.getByTestId('shown-once');
    await expect.poll(() => shown.isVisible()).toBe(true);
    expect(await shown.getByLabel('Signeringsnøgle').inputValue()).toMatch(/^whsec_[\w-]{43}$/);
    expect(await shown.textContent()).toContain('den vises ikke igen');
    const endpoint = page.getByTestId('webhook-endpoint');
    expect(await endpoint.textContent()).toMatch(/hooks\.nordhavn-ats\.example\/samtale.*Tilføjet 30\. nov\. 2026, 09\.00 af Anna Holm/);
    expect(await endpoint.textContent()).not.toContain('Påmindelse sendt');
    expect(await page.getByText('Samtale-Signature: t=').isVisible()).toBe(true);
    // The refusal is the one answer expected to fail.
    expect(problems).toEqual(['400 /api/webhook-endpoints']);
    await context.close();
  });

  it('shows each delivery that failed because the host name leads inside the network, and anna sends one again', async () => {
    const { db } = web.test.ctx;
    const invitation = await db.selectFrom('invitations').select(['id', 'organisation_id']).executeTakeFirstOrThrow();
    for (const type of ['invitation.sent', 'invitation.answered'] as const) {
      await queueInvitationEvents(db, invitation.organisation_id, type, [{ invitationId: invitation.id }], web.test.clock.now());
    }
    expect(await deliverDue(web.test, { lookup: resolvesInside })).toMatchObject({ failed: 2, retried: 0 });

    const { page, context, problems } = await signedInAnna();
    await page.goto('/integrations');
    const deliveries = page.getByTestId('webhook-endpoint').getByRole('row');
    await expect.poll(() => deliveries.count()).toBe(3);
    const failed = deliveries.filter({ hasText: 'Kandidaten har svaret' });
    expect(await failed.textContent()).toMatch(new RegExp(`${COPENHAGEN_TIME}.*Fejlet.*1 forsøg.*Adressens værtsnavn peger på en adresse i et privat eller lokalt netværk`));
    await expectAccessible(page);
    await screenshot(page, 'integrations');

    await failed.getByRole('button', { name: 'Send igen' }).click();
    await expect.poll(() => failed.textContent()).toMatch(/Venter/);
    expect(await failed.getByRole('button', { name: 'Send igen' }).count()).toBe(0);
    expect(await deliveries.filter({ hasText: 'Invitation sendt' }).textContent()).toMatch(/Fejlet/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reads on a phone and in English without sideways scrolling', async () => {
    const { page, context, problems } = await signedInAnna(PHONE);
    await page.goto('/integrations');
    await expect.poll(() => heading(page, 'Integrationer').isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('webhook-endpoint').isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    await screenshot(page, 'integrations');
    await page.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => heading(page, 'Integrations').isVisible()).toBe(true);
    expect(await page.getByTestId('api-key-Workday').textContent()).toMatch(/Read and write/);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'integrations');
    await page.setViewportSize(DESKTOP);
    await expectAccessible(page);
    await screenshot(page, 'integrations');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('anna revokes the key and removes the address, each after a question; a recruiter has no link to the screen', async () => {
    const { page, context, problems } = await signedInAnna();
    await page.goto('/integrations');
    const row = page.getByTestId('api-key-Workday');
    await row.getByRole('button', { name: 'Tilbagekald' }).click();
    const question = page.getByTestId('integrations-question');
    await expect.poll(() => question.getByRole('heading').textContent()).toBe('Tilbagekald nøglen Workday?');
    await question.getByRole('button', { name: 'Tilbagekald' }).click();
    await expect.poll(() => row.textContent()).toContain(`Tilbagekaldt ${COPENHAGEN_TIME}`);
    expect(await row.getByRole('button', { name: 'Tilbagekald' }).count()).toBe(0);

    await page.getByTestId('webhook-endpoint').getByRole('button', { name: 'Fjern' }).click();
    await expect.poll(() => question.getByRole('heading').textContent()).toBe('Fjern webhook-adressen?');
    await question.getByRole('button', { name: 'Annuller' }).click();
    expect(await page.getByTestId('webhook-endpoint').count()).toBe(1);
    await page.getByTestId('webhook-endpoint').getByRole('button', { name: 'Fjern' }).click();
    await question.getByRole('button', { name: 'Fjern' }).click();
    await expect.poll(() => page.getByText('Ingen webhook-adresser endnu.').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await context.close();

    const bo = await recruiterBrowser(web.browser, web.base, DESKTOP, { clockAt: NOW });
    await bo.page.goto('/login');
    await signIn(bo.page, 'bo@demo.example');
    await expect.poll(() => new URL(bo.page.url()).pathname).toBe('/projects');
    expect(await bo.page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await bo.context.close();
  });
});
