import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { waitForSaved } from './app';
import { phaseHeading, startRunningSession } from './run-app';
import { LATEST_ARCHIVE_VERSION, readArchiveFile } from '../../shared/archive';

// Whole minutes with whatever seconds the real clock adds between the test's jumps.
const about = (minutes: number) => new RegExp(`\\b${minutes} min( \\d{1,2} s)?$`);

test('time per phase is wall-clock time without ever starting the timer, and the same on the rail, the finished screen and the report', async ({ page }) => {
  // A controlled clock: the app's own clock runs normally between jumps.
  await page.clock.install({ time: new Date(2027, 1, 10, 10, 0, 0) });
  await startRunningSession(page, { title: 'Wall clock', delegates: ['Ana Khan', 'Ben Lee'] });
  await expect(page.locator('.timer-card')).toContainText('Not started');

  await page.clock.fastForward('05:00');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
  await expect(page.getByRole('button', { name: /^Welcome and aims, done/ })).toContainText(/3 min planned · 5 min( \d+ s)? spent/);
  await page.clock.fastForward('12:00');
  // Back to the welcome for a minute: a revisit adds to its time.
  await page.getByRole('button', { name: /^Welcome and aims, done/ }).click();
  await expect(phaseHeading(page)).toHaveText(/^Welcome and aims/);
  await page.clock.fastForward('01:00');
  await page.getByRole('button', { name: /^Discussion 1/ }).click();
  await expect(phaseHeading(page)).toHaveText(/^Discussion 1/);
  await page.clock.fastForward('02:00');
  // Planned so far 3 + 8 + 2 = 13 min; spent 6 + 12 + 2 = 20 min.
  await expect(page.getByTestId('schedule')).toHaveText('7 min behind');
  await waitForSaved(page);

  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog', { name: 'Finish this session?' }).getByRole('button', { name: 'Finish session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finished: Wall clock' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Time per phase' });
  await expect(table.getByRole('row', { name: /^Welcome and aims/ }).getByRole('cell').last()).toHaveText(about(6));
  await expect(table.getByRole('row', { name: /^Activity 1/ }).getByRole('cell').last()).toHaveText(about(12));
  await expect(table.getByRole('row', { name: /^Discussion 1/ }).getByRole('cell').last()).toHaveText(about(2));
  await expect(table.getByRole('row', { name: /^Activity 2/ }).getByRole('cell').last()).toHaveText('not run');
  await expect(table.getByRole('row', { name: /^Total/ }).getByRole('cell').last()).toHaveText(about(20));

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // What next: the archive downloads, the outputs and the report open.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save archive' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^Wall clock.*\.cocreate$/);
  expect(readArchiveFile(new Uint8Array(readFileSync(await download.path())))).toMatchObject({ ok: true, formatVersion: LATEST_ARCHIVE_VERSION, archive: { session: { title: 'Wall clock' } } });

  await page.getByRole('link', { name: 'Preview report' }).click();
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  const agenda = page.getByRole('region', { name: 'Agenda as run' });
  await expect(agenda.getByRole('row', { name: /Welcome and aims/ })).toContainText(/6 min/);
  await expect(agenda.getByRole('row', { name: /Activity 1/ })).toContainText(/12 min/);
  await expect(agenda.getByRole('row', { name: /Total/ })).toContainText(/20 min/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Finished: Wall clock' })).toBeVisible();
  await page.getByRole('link', { name: 'Open outputs' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outputs: Wall clock' })).toBeVisible();
});
