import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openFixture, pdfInfo, printPdf, roadshowSpec } from './outputs-fixture';

test.beforeEach(async ({ page }, testInfo) => {
  await openFixture(page, testInfo, roadshowSpec);
  await page.getByRole('link', { name: /^Outputs:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outputs: Spring Roadshow' })).toBeVisible();
});

test('web mode offers one combined print document, each delegate starting on a new page', async ({ page }, testInfo) => {
  // A browser cannot write a folder of files, so there is no "Export all" here.
  await expect(page.getByRole('button', { name: 'Export all delegate PDFs…' })).toHaveCount(0);
  await expect(page.getByText('This browser cannot save a folder of files.')).toBeVisible();

  // The app opens the browser's print dialog in the new window; a real dialog would hold the page
  // ("already being printed") while the test prints it to PDF, so every page of this context records
  // the call instead of opening one. Installed before any page script runs, so it cannot be missed.
  await page.context().addInitScript(() => {
    const record = window as Window & { printDialogsOpened?: number };
    record.printDialogsOpened = 0;
    window.print = () => {
      record.printDialogsOpened = (record.printDialogsOpened ?? 0) + 1;
    };
  });
  const opening = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Print all…' }).click();
  const popup = await opening;
  await expect(popup).toHaveURL(/#\/print\/[0-9a-f-]+\/delegates\?paper=a4$/);
  await expect(page.getByRole('status').filter({ hasText: 'opened in a new window with the print dialog' })).toBeVisible();
  // The dialog was asked for once, in the new window, only after the document said it was ready.
  expect(await popup.evaluate(() => (window as Window & { printDialogsOpened?: number }).printDialogsOpened)).toBe(1);
  await expect(popup.locator('html[data-print-ready="true"]')).toHaveCount(1);

  const pdf = testInfo.outputPath('all-delegates.pdf');
  await printPdf(popup, pdf);
  const { pages } = pdfInfo(pdf);
  const starts: string[] = [];
  for (let p = 1; p <= pages; p++) {
    const text = execFileSync('pdftotext', ['-raw', '-f', String(p), '-l', String(p), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    if (!text.includes('WORKSHOP RECORD')) continue;
    const names = roadshowSpec.units.flatMap((u) => u.delegates.map((d) => d.name)).filter((name) => text.includes(`Delegate ${name}`));
    expect(names, `page ${p}`).toHaveLength(1);
    starts.push(names[0] ?? '');
  }
  // Every delegate's document starts on a page of its own, in the delegates' order.
  expect(starts).toEqual(['Ana Silva', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eve Zhang']);
});

test('CSV files download with a BOM and the session’s name', async ({ page }) => {
  await expect(page.getByRole('list').filter({ hasText: 'Map entries' })).toContainText('Actions (4 rows)');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download actions CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Spring Roadshow - North Campus - actions.csv');
  const text = readFileSync((await download.path()) ?? '', 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('Invite the VP Education to the APP steering group');
  // The template's own field labels head the columns.
  expect(text.split('\r\n')[0]).toBe(
    '\uFEFFUnit,Action,"Why (gap, channel or discussion point)",Linked to,Owner,Union partner,First step,By when,Lifecycle stage,How we will see success,Priority,Involves students with lived experience',
  );
});

test('a print page for a delegate who is not in the session says so instead of printing', async ({ page }) => {
  const url = new URL(page.url());
  const sessionId = /sessions\/([0-9a-f-]+)\/outputs/.exec(url.hash)?.[1];
  await page.goto(`/#/print/${sessionId}/delegate/00000000-0000-4000-8000-00000000ffff?paper=a4`);
  await expect(page.locator('html[data-print-ready="error"]')).toHaveCount(1);
  await expect(page.getByRole('alert')).toContainText('This delegate is not in the session any more.');
  await expect(page.getByRole('button', { name: 'Print…' })).toBeDisabled();
});

test('the outputs screen and a print preview have no accessibility violations', async ({ page }) => {
  const outputs = await new AxeBuilder({ page }).analyze();
  expect(outputs.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  await page.getByRole('link', { name: 'Preview report' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  const preview = await new AxeBuilder({ page }).analyze();
  expect(preview.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});
