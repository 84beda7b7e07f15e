import { readFileSync } from 'node:fs';
import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import { LATEST_ARCHIVE_VERSION, readArchiveFile } from '../../shared/archive';
import { openApp, waitForSaved } from './app';
import { openFixture, pdfText, printPdf, roadshowSpec } from './outputs-fixture';
import { chooseUnit, mapCell } from './work-helpers';

const sessionIdOf = (page: Page) => /#\/sessions\/([0-9a-f-]{36})\//.exec(page.url())?.[1] ?? '';

/** Saves the archive with the Save archive button of the page the facilitator is on. */
async function saveArchiveHere(page: Page, testInfo: TestInfo, name: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save archive', exact: true }).click();
  const download = await downloading;
  const file = testInfo.outputPath(name);
  await download.saveAs(file);
  await expect(page.getByRole('status').filter({ hasText: 'Saved the archive as' })).toBeVisible();
  return file;
}

async function openArchiveFile(page: Page, file: string) {
  await openApp(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open archive…' }).click();
  await (await choosing).setFiles(file);
}

/** The text of a print document as a PDF, the way Electron prints it. */
async function documentText(page: Page, testInfo: TestInfo, route: string, ready: (page: Page) => Locator, name: string): Promise<string> {
  await openApp(page, `/#${route}`);
  // Print routes load on demand: wait for this document's own content, not only the ready flag.
  await expect(ready(page)).toBeVisible();
  const file = testInfo.outputPath(name);
  await printPdf(page, file);
  return pdfText(file);
}

async function addMapEntry(page: Page, unit: string, cell: RegExp, what: string) {
  await chooseUnit(page, unit);
  await page.getByRole('button', { name: cell }).focus();
  await page.keyboard.type(what);
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
}

/** The work page's text once its map has loaded (the grid draws before its entries arrive). */
async function mapPageText(page: Page, sessionId: string): Promise<string> {
  await openApp(page, `/#/sessions/${sessionId}/work`);
  await expect(page.getByRole('heading', { level: 1, name: /Delegates’ work/ })).toBeVisible();
  await expect(page.getByRole('main')).toContainText('APP steering group');
  await expect(page.getByText('Loading the map…')).toHaveCount(0);
  return page.getByRole('main').innerText();
}

test('save an archive from setup, delete the session, reopen the file: the same maps, plans and PDFs', async ({ page }, testInfo) => {
  const fixture = await openFixture(page, testInfo, roadshowSpec);
  const sessionId = sessionIdOf(page);
  const anaId = fixture.delegates.find((d) => d.name === 'Ana Silva')!.id;
  const report = (n: string) => documentText(page, testInfo, `/print/${sessionId}/report?paper=a4`, (p) => p.getByRole('heading', { level: 2, name: 'Agenda as run' }), n);
  // Ana's document: her table's map, channels and action plan.
  const anas = (n: string) => documentText(page, testInfo, `/print/${sessionId}/delegate/${anaId}?paper=a4`, (p) => p.getByRole('article', { name: 'Workshop record for Ana Silva' }), n);
  const reportBefore = await report('report-before.pdf');
  const anasBefore = await anas('ana-before.pdf');
  expect(anasBefore).toContain('Invite the VP Education to the APP steering group');
  const mapBefore = await mapPageText(page, sessionId);

  await openApp(page, `/#/sessions/${sessionId}/setup`);
  const file = await saveArchiveHere(page, testInfo, 'spring.cocreate');
  const read = readArchiveFile(new Uint8Array(readFileSync(file)));
  expect(read.ok && read.formatVersion).toBe(LATEST_ARCHIVE_VERSION);

  await openApp(page);
  await page.getByRole('button', { name: 'Delete Spring Roadshow, North Campus' }).click();
  await page.getByRole('button', { name: 'Delete session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Deleted "Spring Roadshow".' })).toBeVisible();

  await openArchiveFile(page, file);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up: Spring Roadshow' })).toBeVisible();
  await expect(page.getByTestId('archive-opened')).toHaveText(
    'Opened “Spring Roadshow” (North Campus) as a new session: 5 delegates, 3 units, 4 discussion cards, 5 map entries, 2 channels, 4 actions.',
  );
  expect(sessionIdOf(page)).toBe(sessionId);
  expect(await mapPageText(page, sessionId)).toBe(mapBefore);
  expect(await report('report-after.pdf')).toBe(reportBefore);
  expect(await anas('ana-after.pdf')).toBe(anasBefore);
});

test('two laptops edit parts of one session; the first merges the second’s archive, and merging it again changes nothing', async ({ page, browser }, testInfo) => {
  // Laptop 1 (the facilitator's) has the session and hands an archive of it to laptop 2.
  await openFixture(page, testInfo, roadshowSpec);
  const sessionId = sessionIdOf(page);
  const start = await saveArchiveHere(page, testInfo, 'start.cocreate');
  const second = await browser.newContext();
  const page2 = await second.newPage();
  await openArchiveFile(page2, start);
  await expect(page2.getByTestId('archive-opened')).toContainText('as a new session: 5 delegates, 3 units, 4 discussion cards, 5 map entries, 2 channels, 4 actions.');

  // Laptop 1 types up Table 2's worksheet; laptop 2 types up Table 3's and adds a walk-in delegate.
  await openApp(page, `/#/sessions/${sessionId}/work`);
  await addMapEntry(page, 'Table 2', /^Add(ing)? here: Unofficial engagement × Success/, 'Mature students network');
  await expect(mapCell(page, 'col-unofficial', 'row-success')).toContainText('Mature students network');
  await waitForSaved(page);
  await openApp(page2, `/#/sessions/${sessionId}/work`);
  await addMapEntry(page2, 'Table 3', /^Add(ing)? here: Official governance of the institution × Progression/, 'Careers committee seat');
  await addMapEntry(page2, 'Table 3', /^Add(ing)? here: Unofficial engagement × Progression/, 'Alumni mentoring');
  await expect(mapCell(page2, 'col-unofficial', 'row-progression')).toContainText('Alumni mentoring');
  await openApp(page2, `/#/sessions/${sessionId}/setup`);
  await page2.getByLabel('Name', { exact: true }).fill('Femi Ade');
  await page2.getByRole('button', { name: 'Add delegate' }).click();
  // The session has run, so a delegate added now is a walk-in.
  await expect(page2.getByRole('cell', { name: 'Femi Ade walk-in', exact: true })).toBeVisible();
  await waitForSaved(page2);
  const fromLaptop2 = await saveArchiveHere(page2, testInfo, 'laptop-2.cocreate');
  await second.close();

  // Laptop 1 opens laptop 2's archive: the session is here, so it is offered for merging.
  const merge = async () => {
    await openArchiveFile(page, fromLaptop2);
    const dialog = page.getByRole('dialog', { name: 'This session is already on this computer' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Merge' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Set up: Spring Roadshow' })).toBeVisible();
    return page.getByTestId('archive-opened');
  };
  await expect(await merge()).toHaveText(MERGED);
  await expect(page.getByRole('cell', { name: 'Femi Ade walk-in', exact: true })).toBeVisible();
  await openApp(page, `/#/sessions/${sessionId}/work`);
  await chooseUnit(page, 'Table 2');
  await expect(mapCell(page, 'col-unofficial', 'row-success')).toContainText('Mature students network');
  await chooseUnit(page, 'Table 3');
  await expect(mapCell(page, 'col-inst-governance', 'row-progression')).toContainText('Careers committee seat');
  await expect(mapCell(page, 'col-unofficial', 'row-progression')).toContainText('Alumni mentoring');

  // The same file again: nothing changes.
  const before = readFileSync(await saveArchiveFromSetup(page, testInfo, sessionId, 'before-again.cocreate'));
  await expect(await merge()).toHaveText(
    'Merged the file’s copy of “Spring Roadshow” (North Campus) into the one here. Nothing new: everything in the file was already here. The session now has 6 delegates, 3 units, 4 discussion cards, 8 map entries, 2 channels, 4 actions.',
  );
  const after = readFileSync(await saveArchiveFromSetup(page, testInfo, sessionId, 'after-again.cocreate'));
  const records = (bytes: Buffer) => {
    const read = readArchiveFile(new Uint8Array(bytes));
    if (!read.ok) throw new Error(read.message);
    const { exportedAt: _exportedAt, ...rest } = read.archive;
    return rest;
  };
  expect(records(after)).toEqual(records(before));
});

/** Laptop 2 added 1 delegate and 2 map entries; laptop 1 kept its own entry: 5 + 1 delegates, 5 + 1 + 2 map entries. */
const MERGED =
  'Merged the file’s copy of “Spring Roadshow” (North Campus) into the one here. Added 1 delegate, 2 map entries; updated 1 session. ' +
  'A session differed between the two copies; the later change (the one in the file) was kept. ' +
  'The session now has 6 delegates, 3 units, 4 discussion cards, 8 map entries, 2 channels, 4 actions.';

async function saveArchiveFromSetup(page: Page, testInfo: TestInfo, sessionId: string, name: string) {
  await openApp(page, `/#/sessions/${sessionId}/setup`);
  return saveArchiveHere(page, testInfo, name);
}

test('Replace keeps the copy that was here; About this data lists it and Restore brings it back', async ({ page }, testInfo) => {
  await openFixture(page, testInfo, roadshowSpec);
  const sessionId = sessionIdOf(page);
  const older = await saveArchiveHere(page, testInfo, 'older.cocreate');
  await page.getByLabel('Name', { exact: true }).fill('Femi Ade');
  await page.getByRole('button', { name: 'Add delegate' }).click();
  await expect(page.getByRole('cell', { name: 'Femi Ade walk-in', exact: true })).toBeVisible();
  await waitForSaved(page);

  await openArchiveFile(page, older);
  const dialog = page.getByRole('dialog', { name: 'This session is already on this computer' });
  await expect(dialog).toContainText('The copy on this computer was changed more recently.');
  await dialog.getByRole('button', { name: 'Replace the copy here' }).click();
  await expect(page.getByTestId('archive-opened')).toHaveText(
    'Replaced the copy of “Spring Roadshow” (North Campus) on this computer with the file’s: 5 delegates, 3 units, 4 discussion cards, 5 map entries, 2 channels, 4 actions. ' +
      'The copy that was here is kept for 30 days under About this data, with a Restore button.',
  );
  await expect(page.getByRole('cell', { name: 'Femi Ade walk-in', exact: true })).toHaveCount(0);

  await openApp(page, '/#/about-data');
  const kept = page.getByRole('list', { name: 'Copies kept before Replace' }).getByRole('listitem');
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('6 delegates, 3 units, 4 discussion cards, 5 map entries, 2 channels, 4 actions');
  await kept.getByRole('button', { name: /^Restore the copy of Spring Roadshow, North Campus replaced / }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored “Spring Roadshow”.' })).toContainText('The copy that was there until now is kept in this list in its turn.');
  // The file's copy it swapped out is now the kept one.
  await expect(kept).toHaveCount(1);
  await expect(kept).toContainText('5 delegates, 3 units');
  await openApp(page, `/#/sessions/${sessionId}/setup`);
  await expect(page.getByRole('cell', { name: 'Femi Ade walk-in', exact: true })).toBeVisible();
});
