import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { LATEST_ARCHIVE_VERSION, readArchiveFile } from '../../shared/archive';
import { createSession, fillAndLeave, openApp, waitForSaved } from './app';

test('an archive saved on one profile opens on another, and opening it twice offers to keep both', async ({ page, browser }, testInfo) => {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  await fillAndLeave(page, 'Session title', 'Archived roadshow');
  await fillAndLeave(page, 'Campus', 'South');
  await page.getByLabel('Name', { exact: true }).fill('Zara Ali');
  await page.getByRole('button', { name: 'Add delegate' }).click();
  await expect(page.getByRole('cell', { name: 'Zara Ali', exact: true })).toBeVisible();
  await waitForSaved(page);
  await page.getByRole('link', { name: 'Sessions' }).click();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save archive of Archived roadshow, South' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('Archived roadshow - South.cocreate');
  const file = testInfo.outputPath('roadshow.cocreate');
  await download.saveAs(file);
  expect(readArchiveFile(new Uint8Array(readFileSync(file)))).toMatchObject({ ok: true, formatVersion: LATEST_ARCHIVE_VERSION, archive: { session: { title: 'Archived roadshow' } } });

  // A different laptop: a fresh profile with nothing in it.
  const other = await browser.newContext();
  const page2 = await other.newPage();
  await openApp(page2);
  await expect(page2.getByText('No drafts.')).toBeVisible();
  const choosing = page2.waitForEvent('filechooser');
  await page2.getByRole('button', { name: 'Open archive…' }).click();
  await (await choosing).setFiles(file);
  await expect(page2.getByRole('heading', { level: 1, name: 'Set up: Archived roadshow' })).toBeVisible();
  await expect(page2.getByRole('cell', { name: 'Zara Ali', exact: true })).toBeVisible();

  await page2.getByRole('link', { name: 'Sessions' }).click();
  const again = page2.waitForEvent('filechooser');
  await page2.getByRole('button', { name: 'Open archive…' }).click();
  await (await again).setFiles(file);
  const dialog = page2.getByRole('dialog', { name: 'This session is already on this computer' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(page2.getByRole('heading', { level: 1, name: 'Set up: Archived roadshow' })).toBeVisible();
  await page2.getByRole('link', { name: 'Sessions' }).click();
  await expect(page2.getByRole('list', { name: 'Drafts sessions' }).getByRole('listitem')).toHaveCount(2);
  await other.close();
});

test('a damaged archive gets a clear message and changes nothing', async ({ page }, testInfo) => {
  await openApp(page);
  const file = testInfo.outputPath('damaged.cocreate');
  writeFileSync(file, '{"formatVersion": 1, "app": "co-create-studio", "session": {"title": 5}}');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open archive…' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByRole('alert')).toContainText('"damaged.cocreate": This archive was not opened:');
  await expect(page.getByRole('alert')).toContainText('The list of delegates is missing.');
  await expect(page.getByRole('alert')).not.toContainText('Invalid input');
  await expect(page.getByText('No drafts.')).toBeVisible();

  writeFileSync(file, '{"formatVersion": 3}');
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open archive…' }).click();
  await (await again).setFiles(file);
  await expect(page.getByRole('alert')).toContainText('saved by a newer version of Co-Create Studio (format 3)');
});
