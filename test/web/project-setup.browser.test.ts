import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoSidewaysScroll, PHONE, recruiterBrowser, screenshot, signIn } from './browser.js';
import { danishExcelExport } from './danish-excel-export.js';
import { webAppInChromium } from './web-app-in-chromium.js';

/**
 * Setting a project up in Chromium: New project on the Recruitment overview, one applicant added by hand, and 20
 * more imported from a Danish Excel export (semicolons, Windows-1252) whose one bad row is shown and not imported;
 * then the project edited, closed and reopened. Screens in Danish and English at 1280 and 390 px.
 */
const web = webAppInChromium('2026-11-30T08:00:00Z');

async function createProjectThroughScreen(page: Page, title: string, words = { open: 'Nyt projekt', title: 'Titel', reference: 'Reference', submit: 'Opret projekt' }) {
  await page.getByTestId('new-project').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(words.title, { exact: true }).fill(title);
  await dialog.getByLabel(words.reference, { exact: true }).fill('TØ-26');
  return dialog;
}

describe('setting a project up (da-DK, browser in New York)', () => {
  it('creates a project, adds an applicant by hand, and imports 20 from a Windows-1252 CSV with its bad row reported and not imported', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await page.goto('/login');
    await signIn(page);
    await expect.poll(() => page.getByTestId('new-project').isVisible()).toBe(true);

    const newProject = await createProjectThroughScreen(page, 'Tømrer til Nordhavn');
    await expectAccessible(page);
    await screenshot(page, 'new-project');
    await newProject.getByRole('button', { name: 'Opret projekt' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Tømrer til Nordhavn' }).isVisible()).toBe(true);
    expect(await page.getByText('Ref. TØ-26').isVisible()).toBe(true);

    await page.getByTestId('add-applicant').click();
    const add = page.getByRole('dialog');
    await add.getByLabel('Fornavn', { exact: true }).fill('Karen');
    await add.getByLabel('Efternavn', { exact: true }).fill('Blixen');
    await add.getByLabel('E-mail', { exact: true }).fill('karen@mail.example');
    await add.getByLabel('Mobil', { exact: true }).fill('12 34');
    await add.getByRole('button', { name: 'Tilføj ansøger' }).click();
    // The server reads the mobile and says what is wrong with it, at the field.
    await expect.poll(() => add.getByText('Mobilnummeret kan ikke læses').isVisible()).toBe(true);
    await add.getByLabel('Mobil', { exact: true }).fill('20 12 34 99');
    await expectAccessible(page);
    await screenshot(page, 'add-applicant');
    await add.getByRole('button', { name: 'Tilføj ansøger' }).click();
    await expect.poll(() => page.getByTestId('project-notice').textContent()).toBe('Karen Blixen er tilføjet til projektet.');

    await page.getByTestId('import-csv').click();
    const importing = page.getByRole('dialog');
    await importing.getByTestId('csv-file').setInputFiles({ name: 'ansøgere.csv', mimeType: 'text/csv', buffer: danishExcelExport() });
    await expect.poll(() => importing.getByTestId('import-summary').textContent()).toBe(
      '21 rækker: 20 nye kandidater, 0 kandidater I har i forvejen, 0 allerede i projektet, 1 med fejl (importeres ikke).',
    );
    const badRow = importing.locator('tr[data-outcome="error"]');
    expect(await badRow.count()).toBe(1);
    expect(await badRow.textContent()).toMatch(/^12Bjørn Kærgårdbjoern\.mail\.example.*Fejl: importeres ikke.*Ikke en gyldig e-mailadresse/);
    expect(await importing.getByText('Jørgen Østergård 4', { exact: true }).isVisible()).toBe(true);
    // Languages written as codes read as the names they were understood as.
    const languageOf = (name: string) => importing.locator('tbody tr').filter({ hasText: name }).locator('td').nth(4).textContent();
    expect(await languageOf('Ærø Østergård 3')).toBe('Dansk');
    expect(await languageOf('Jørgen Østergård 4')).toBe('Svensk');
    expect(await importing.getByText('Kolonner der ikke læses: Stilling').isVisible()).toBe(true);
    await expectAccessible(page);
    await screenshot(page, 'csv-import');
    await importing.getByTestId('only-errors').check();
    expect(await importing.locator('tbody tr').count()).toBe(1);
    await importing.getByTestId('only-errors').uncheck();
    await importing.getByTestId('run-import').click();
    await expect.poll(() => page.getByTestId('project-notice').textContent()).toBe('20 ansøgere er importeret.');

    await page.getByTestId('tab-all-applications').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(21);
    expect(await page.getByRole('link', { name: 'Bjørn Kærgård' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Søren Østergård 1', exact: true }).isVisible()).toBe(true);

    // Status for a selection: Further processing → Change status.
    await page.getByRole('checkbox', { name: 'Vælg Karen Blixen' }).check();
    await page.getByRole('checkbox', { name: 'Vælg Søren Østergård 1', exact: true }).check();
    await page.getByTestId('further-processing').selectOption('status');
    await page.getByTestId('execute').click();
    const statusDialog = page.getByRole('dialog');
    await statusDialog.getByLabel('Status for de 2 valgte ansøgninger').selectOption('in_review');
    await expectAccessible(page);
    await screenshot(page, 'selection-status');
    await statusDialog.getByTestId('selection-status-save').click();
    await expect.poll(() => statusDialog.getByTestId('selection-status-done').textContent()).toBe('2 ansøgninger har nu status Under vurdering.');
    await statusDialog.getByRole('button', { name: 'Luk' }).click();
    await expect.poll(() => statusDialog.count()).toBe(0);
    await page.getByTestId('status-filter-in_review').click();
    await expect.poll(() => page.getByTestId('application-row').count()).toBe(2);
    expect(problems).toEqual([`400 /api/projects/${page.url().split('/')[4]}/applications`]);
  });

  it('edits, closes and reopens the project', async () => {
    const { page, problems } = await recruiterBrowser(web.browser, web.base);
    await page.goto('/login');
    await signIn(page);
    await page.getByRole('link', { name: 'Tømrer til Nordhavn' }).click();
    await page.getByTestId('edit-project').click();
    const edit = page.getByRole('dialog');
    await edit.getByLabel('Titel', { exact: true }).fill('Tømrer til Nordhavn, Aarhus');
    await edit.getByRole('button', { name: 'Gem' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Tømrer til Nordhavn, Aarhus' }).isVisible()).toBe(true);

    await page.getByTestId('close-project').click();
    await expect.poll(() => page.getByTestId('project-notice').textContent()).toBe('Projektet er lukket.');
    expect(await page.getByTestId('add-applicant').count()).toBe(0);
    expect(await page.getByText('Projektet er lukket: genåbn det for at tilføje ansøgere.').isVisible()).toBe(true);
    await page.getByTestId('reopen-project').click();
    await expect.poll(() => page.getByTestId('add-applicant').isVisible()).toBe(true);
    expect(problems).toEqual([]);
  });

  for (const [language, viewport] of [
    ['en', { width: 1280, height: 800 }],
    ['en', PHONE],
    ['da', PHONE],
  ] as const) {
    it(`shows New project, Add applicant and Import CSV in ${language === 'en' ? 'English' : 'Danish'} at ${viewport.width} px`, async () => {
      const { page, problems } = await recruiterBrowser(web.browser, web.base, viewport);
      await page.goto('/login');
      await signIn(page);
      if (language === 'en') await page.getByRole('radio', { name: 'English' }).click();
      const words =
        language === 'en'
          ? { open: 'New project', title: 'Title', reference: 'Reference', submit: 'Create project', first: 'First name' }
          : { open: 'Nyt projekt', title: 'Titel', reference: 'Reference', submit: 'Opret projekt', first: 'Fornavn' };
      const dialog = await createProjectThroughScreen(page, `Elektriker ${language} ${viewport.width}`, words);
      await screenshot(page, 'new-project');
      await dialog.getByRole('button', { name: words.submit }).click();
      await expect.poll(() => page.getByTestId('add-applicant').isVisible()).toBe(true);
      await expectNoSidewaysScroll(page);
      await screenshot(page, 'project-actions');

      await page.getByTestId('add-applicant').click();
      await expect.poll(() => page.getByRole('dialog').getByLabel(words.first, { exact: true }).isVisible()).toBe(true);
      await expectAccessible(page);
      await screenshot(page, 'add-applicant');
      await page.keyboard.press('Escape');

      await page.getByTestId('import-csv').click();
      await page.getByRole('dialog').getByTestId('csv-file').setInputFiles({ name: 'ansøgere.csv', mimeType: 'text/csv', buffer: danishExcelExport() });
      await expect.poll(() => page.getByRole('dialog').locator('tr[data-outcome="error"]').count()).toBe(1);
      await expectAccessible(page);
      await screenshot(page, 'csv-import');
      expect(problems).toEqual([]);
    });
  }
});
