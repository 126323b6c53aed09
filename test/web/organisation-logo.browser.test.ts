import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pngImage, SVG_IMAGE } from '../support/images.js';
import { deliverDue } from '../support/outbox.js';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * The logo on Indstillinger: anna, the demo's administrator, uploads one (a refused file is said at the field, and
 * what she typed in the form stays), sees it, sees it head a candidate's email, and removes it.
 */
const NOW = '2026-11-30T08:00:00Z';
const web = webAppInChromium(NOW);
const LOGO = pngImage({ width: 360, height: 96 });

async function settingsOf(viewport = DESKTOP, language: 'da' | 'en' = 'da') {
  const browser = await recruiterBrowser(web.browser, web.base, viewport, { clockAt: NOW });
  await browser.context.addInitScript((chosen) => window === window.top && localStorage.setItem('samtale.language', chosen), language);
  await browser.page.goto('/settings');
  await signIn(browser.page, 'anna@demo.example', 'samtale-demo', language);
  await expect.poll(() => browser.page.getByRole('heading', { name: language === 'da' ? 'Indstillinger' : 'Settings', level: 1 }).isVisible()).toBe(true);
  return browser;
}

const choose = (page: Page, name: string, mimeType: string, buffer: Buffer) => page.getByTestId('logo-file').setInputFiles({ name, mimeType, buffer });

/** The preview as the browser drew it: 0 wide while the image has not loaded, or could not be. */
const previewWidth = (page: Page) => page.getByTestId('logo-preview').evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0));

describe('the organisation logo (da-DK browser in New York)', () => {
  it('anna uploads a PNG and sees it; an SVG and a file too large are refused at the field, and her unsaved name stays', async () => {
    const { page, context, problems } = await settingsOf();
    await expect.poll(() => page.getByText('Intet logo endnu', { exact: false }).isVisible()).toBe(true);
    const name = page.getByLabel('Navn', { exact: true });
    await name.fill('Nordhavn Byg & Søn A/S');

    // The file button is the screen's own, in Danish, rather than the browser's.
    await page.getByLabel('Vælg billede …').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: SVG_IMAGE });
    await expect.poll(() => page.getByTestId('logo-error').textContent()).toBe('Filen er ikke et PNG- eller JPEG-billede. SVG og andre formater kan ikke bruges.');
    expect(await page.getByTestId('logo-file').getAttribute('aria-invalid')).toBe('true');
    await choose(page, 'stort.png', 'image/png', pngImage({ padTo: 250_000 }));
    await expect.poll(() => page.getByTestId('logo-error').textContent()).toBe('Filen er større end 200 kB. Gør billedet mindre, og prøv igen.');
    expect(await page.getByTestId('logo-preview').count()).toBe(0);

    await choose(page, 'logo.png', 'image/png', LOGO);
    await expect.poll(() => previewWidth(page)).toBe(360);
    expect(await page.getByTestId('logo-preview').getAttribute('alt')).toBe('Logo for Nordhavn Byg A/S');
    expect(await page.getByTestId('logo-error').count()).toBe(0);
    await expect.poll(() => page.getByText('Logoet er gemt.').isVisible()).toBe(true);
    expect(await page.getByText('Skift logo …').isVisible()).toBe(true);
    expect(await name.inputValue()).toBe('Nordhavn Byg & Søn A/S');
    await expectAccessible(page);
    await screenshot(page, 'settings-logo');

    // Reloaded, the logo is still there: it is the organisation's, not the page's.
    await page.reload();
    await expect.poll(() => previewWidth(page)).toBe(360);
    expect(problems.filter((problem) => problem !== '400 /api/organisation/logo')).toEqual([]);
    await context.close();
  });

  it("heads a candidate's email about a moved interview with the logo, above the organisation's name", async () => {
    const { page, context } = await settingsOf();
    await choose(page, 'logo.png', 'image/png', LOGO);
    await expect.poll(() => previewWidth(page)).toBe(360);
    const calendar = await (await page.request.get(`/api/calendar?${new URLSearchParams({ from: '2026-11-30T00:00:00+01:00', to: '2026-12-31T00:00:00+01:00' })}`)).json();
    const interview = calendar.items.find((item: { status: string }) => item.status === 'scheduled');
    const move = await page.request.patch(`/api/interviews/${interview.id}`, { data: { time: '15:30', message: 'Vi har fået et større lokale.' } });
    expect(move.status()).toBe(200);
    await deliverDue(web.test);

    const mails: { items: { id: string; subject: string }[] } = await (await page.request.get('/api/dev-mailbox')).json();
    const moved = mails.items.find((mail) => mail.subject.startsWith('Ændret:'));
    expect(moved).toBeDefined();
    await page.goto(`/api/dev-mailbox/${moved!.id}/html`);
    const logo = page.getByRole('img', { name: 'Nordhavn Byg A/S' });
    await expect.poll(() => logo.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0))).toBe(360);
    const header = page.locator('body > div > div').first();
    expect((await header.textContent())?.trim()).toBe('Nordhavn Byg A/S');
    const box = (await logo.boundingBox())!;
    // 360 × 96 fitted into 240 × 80.
    expect(box).toMatchObject({ width: 240, height: 64 });
    expect(await page.getByRole('link', { name: 'Svar på invitationen' }).isVisible()).toBe(true);
    expect(await page.getByText('Tidspunkt', { exact: true }).isVisible()).toBe(true);
    await screenshot(page, 'moved-email-logo');
    await page.setViewportSize(PHONE);
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'moved-email-logo');
    await context.close();
  });

  it('anna removes the logo: the preview goes, while its address still answers for the emails already sent with it', async () => {
    const { page, context } = await settingsOf();
    await choose(page, 'logo.png', 'image/png', LOGO);
    await expect.poll(() => previewWidth(page)).toBe(360);
    const address = await page.getByTestId('logo-preview').getAttribute('src');

    await page.getByTestId('logo-remove').click();
    await expect.poll(() => page.getByText('Intet logo endnu', { exact: false }).isVisible()).toBe(true);
    expect(await page.getByTestId('logo-preview').count()).toBe(0);
    expect(await page.getByText('Logoet er fjernet.').isVisible()).toBe(true);
    expect((await page.request.get(address!)).status()).toBe(200);
    expect(await (await page.request.get('/api/organisation/logo')).json()).toEqual({ logo: null });
    await context.close();
  });

  it('shows the logo field in English at 1280 px, and in both languages at 390 px, accessible and without sideways scrolling', async () => {
    const views = [{ viewport: DESKTOP, language: 'en' }, { viewport: PHONE, language: 'da' }, { viewport: PHONE, language: 'en' }] as const;
    for (const { viewport, language } of views) {
      const { page, context, problems } = await settingsOf(viewport, language);
      await choose(page, 'logo.png', 'image/png', LOGO);
      await expect.poll(() => previewWidth(page)).toBe(360);
      await page.getByTestId('logo-field').scrollIntoViewIfNeeded();
      await expectAccessible(page);
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'settings-logo');
      expect(problems).toEqual([]);
      await context.close();
    }
  });
});
