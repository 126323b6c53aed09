import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DESKTOP, expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, signIn } from './browser.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Signing in and out, the frame, the language and the Recruitment overview in Chromium, as a Danish recruiter
 * whose browser is in New York. `npm run test:browser`.
 */
const web = webAppInChromium('2026-11-30T08:00:00Z', { serverPerTest: true });

describe('signing in', () => {
  it('brings a visitor of a deep link to sign-in and then back to that very address', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await page.goto('/projects?from=email');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expect.poll(() => page.getByRole('heading', { name: 'Log ind' }).isVisible()).toBe(true);
    await expectAccessible(page);

    await signIn(page);
    await expect.poll(() => page.url()).toBe(`${web.base}/projects?from=email`);
    await expect.poll(() => page.getByRole('heading', { name: 'Rekrutteringsoversigt' }).isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('says which field is missing, and that a wrong password is wrong, without leaving the page', async () => {
    const { page } = await recruiterBrowser(web.browser, web.base);
    await page.goto('/login');
    await page.getByRole('button', { name: 'Log ind' }).click();
    await expect.poll(() => page.getByText('Skriv din e-mailadresse.').isVisible()).toBe(true);
    await signIn(page, 'anna@demo.example', 'not-the-password');
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('E-mail eller adgangskode er forkert.');
    expect(new URL(page.url()).pathname).toBe('/login');
  });

  it('sends a recruiter whose session ended back to sign-in, and after it to the page they were on', async () => {
    const { page, context } = await recruiterBrowser(web.browser, web.base);
    await page.goto('/login');
    await signIn(page);
    await expect.poll(() => page.getByRole('row').count()).toBe(4);
    const project = page.getByRole('link', { name: 'Bogholder (barselsvikariat)' });
    await project.click();
    // The project's own address, once the click has taken the page there (on a loaded machine it takes a moment).
    await expect.poll(() => new URL(page.url()).pathname).toMatch(/^\/projects\/[^/]+$/);
    const projectPath = new URL(page.url()).pathname;

    await context.clearCookies(); // as when the session expires on the server
    await page.reload();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expect.poll(() => page.getByText('Log ind igen for at fortsætte, hvor du slap.').isVisible()).toBe(true);
    await signIn(page);
    await expect.poll(() => new URL(page.url()).pathname).toBe(projectPath);
  });
});

describe('the first load', () => {
  it('brings under 200 kB of gzip-compressed JavaScript for the sign-in screen', async ({ annotate }) => {
    const { page } = await recruiterBrowser(web.browser, web.base);
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto('/login');
    await expect.poll(() => page.getByRole('heading', { name: 'Log ind' }).isVisible()).toBe(true);
    await page.waitForLoadState('networkidle');
    // The gzip copies the build made are what the server sends a browser over http (brotli over https is smaller).
    const sizes = await Promise.all([...scripts].map(async (path) => (await stat(new URL(`../../dist/web${path}.gz`, import.meta.url))).size));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    await annotate(`first screen: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} kB gzip`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThan(200 * 1024);
  });
});

describe('the Recruitment overview', () => {
  it("lists the organisation's three projects with reference, status, owner and counts per status", async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await page.goto('/login');
    await signIn(page);
    const rows = page.getByRole('row');
    await expect.poll(() => rows.count()).toBe(4);
    const pm = page.getByRole('row', { name: /Projektleder til boligbyggeri/ });
    await expect.poll(() => pm.textContent()).toMatch(/Ref\. NB-2026-031/);
    expect(await pm.textContent()).toMatch(/Åben.*Anna Holm/);
    expect(await pm.textContent()).toMatch(/3 Indkaldt til samtale/);
    expect(await page.getByRole('row', { name: /Kranfører/ }).textContent()).toMatch(/Lukket/);
    await expect.poll(() => page.getByText('Anna Holm').first().isVisible()).toBe(true);
    expect(await page.getByText('Administrator').isVisible()).toBe(true);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });

  it('works on a 390 px phone: no sideways scrolling, every project reachable', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, PHONE);
    await page.goto('/login');
    await signIn(page);
    await expect.poll(() => page.getByRole('link', { name: 'Kranfører' }).isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await expectAccessible(page);
    expect(problems).toEqual([]);
  });
});

describe('the frame', () => {
  it('switches to English and remembers it, then signs out', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base, DESKTOP);
    await page.goto('/login');
    await signIn(page);
    await page.getByRole('radio', { name: 'English' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Recruitment overview' }).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');

    await page.reload();
    await expect.poll(() => page.getByRole('heading', { name: 'Recruitment overview' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Sign in' }).isVisible()).toBe(true);
    await page.goto('/projects');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    expect(problems).toEqual([]);
  });
});
