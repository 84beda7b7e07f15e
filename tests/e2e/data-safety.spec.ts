import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readArchiveFile, type Archive } from '../../shared/archive';
import { openApp } from './app';
import { startRunningSession } from './run-app';

const DELEGATES = ['Ada Obi,Student,North College', 'Ben Roy,Officer,Students Union', 'Cy Li,Student,North College'];

/** The server's backups folder, as the app's "About this data" panel shows it. */
async function backupsFolder(page: Page): Promise<string> {
  await openApp(page, '/#/about-data');
  const folder = page.getByTestId('backups-folder');
  await expect(folder).toHaveText(/backups$/);
  return (await folder.textContent())!;
}

function readBackup(file: string): Archive | null {
  if (!existsSync(file)) return null;
  const bytes = new Uint8Array(readFileSync(file));
  // Backups are format-2 zip archives, as Save archive writes them.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
  const parsed = readArchiveFile(bytes);
  return parsed.ok ? parsed.archive : null;
}

async function downloadArchive(page: Page, label: string): Promise<Archive> {
  await openApp(page);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: `Save archive of ${label}` }).click();
  const parsed = readArchiveFile(new Uint8Array(readFileSync(await (await downloading).path())));
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.archive;
}

const LISTS = ['delegates', 'units', 'quizAnswers', 'quizTallies', 'cards', 'themes', 'mapEntries', 'channels', 'actions', 'plans'] as const;
const counts = (a: Archive) => Object.fromEntries(LISTS.map((k) => [k, a[k].length]));

test('edits are backed up on disk at a phase change, and a fresh profile restores them exactly', async ({ page, browser }) => {
  const title = `Backed-up roadshow ${test.info().workerIndex}-${Date.now()}`;
  const folder = await backupsFolder(page);
  await expect(page.getByTestId('persistence')).toBeVisible();
  const sessionId = await startRunningSession(page, { title, delegates: DELEGATES });
  await page.getByRole('button', { name: 'Next phase' }).click();

  // The backup of the new phase lands on disk as a valid archive.
  const file = path.join(folder, `${sessionId}.cocreate`);
  await expect
    .poll(() => {
      const archive = readBackup(file);
      return archive ? archive.runState?.currentPhaseId !== archive.session.template.phases[0]!.id : false;
    })
    .toBe(true);
  const backup = readBackup(file)!;
  expect(backup.session).toMatchObject({ id: sessionId, title });
  expect(backup.delegates.map((d) => d.name).sort()).toEqual(['Ada Obi', 'Ben Roy', 'Cy Li']);
  // Atomic writes leave no temporary files (of this session: tests in parallel may be writing their own).
  expect(readdirSync(folder).filter((name) => name.endsWith('.tmp') && name.includes(sessionId))).toEqual([]);

  // The panel reports it, reachable from the home screen by keyboard.
  await openApp(page);
  await page.getByRole('link', { name: 'About this data' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'About this data' })).toBeVisible();
  await expect(page.getByTestId('last-backup')).toContainText('backup files kept');
  await expect(page.getByTestId('data-folder')).toHaveText(folder.replace(/[/\\]backups$/, ''));
  await expect(page.getByRole('list', { name: 'Sessions in backups' }).getByRole('listitem').filter({ hasText: title })).toContainText('On this computer');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: test.info().outputPath('about-data.png'), fullPage: true });
  const original = await downloadArchive(page, title);

  // Another profile (cleared data, another browser): empty, so it offers the backups.
  const fresh = await browser.newContext();
  const page2 = await fresh.newPage();
  // Records whether the create buttons were ever on screen without the offer above them: the offer
  // must not arrive later and push them from under the pointer (a click in CI once missed that way).
  await page2.addInitScript(() => {
    const seen = { buttonsBeforeOffer: false };
    (window as unknown as { layoutOrder: typeof seen }).layoutOrder = seen;
    new MutationObserver(() => {
      if (document.querySelector('#new-title') && !document.querySelector('#restore-title')) seen.buttonsBeforeOffer = true;
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp(page2);
  const offer = page2.getByRole('region', { name: 'Sessions found in backups on this computer' });
  await expect(offer).toBeVisible();
  expect(await page2.evaluate(() => (window as unknown as { layoutOrder: { buttonsBeforeOffer: boolean } }).layoutOrder.buttonsBeforeOffer)).toBe(false);
  const row = offer.getByRole('listitem').filter({ hasText: title });
  await expect(row).toContainText('No campus');
  await expect(row).toContainText('last changed');
  await expect(row).toContainText('backed up');
  expect((await new AxeBuilder({ page: page2 }).include('.restore-offer').analyze()).violations).toEqual([]);
  await page2.screenshot({ path: test.info().outputPath('restore-offer.png') });
  await row.getByRole('button', { name: `Restore ${title}` }).click();
  await expect(offer.getByText('Restored 1 session.')).toBeVisible();
  await expect(page2.getByRole('list', { name: 'Running sessions' }).getByRole('heading', { name: title })).toBeVisible();

  const restored = await downloadArchive(page2, title);
  expect(counts(restored)).toEqual(counts(original));
  expect(counts(restored)).toEqual(counts(backup));
  // Exactly what was backed up: every record, not only the counts.
  expect({ ...restored, exportedAt: 0 }).toEqual({ ...backup, exportedAt: 0 });
  await fresh.close();
});

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/**
 * Every file under the backups folder that this session could own (its own backups, and any file naming no
 * session, such as a stray temporary file), with size and time, to prove a refused request wrote nothing.
 * Other tests run in parallel against the same server and back up their own sessions meanwhile; their files
 * name their own session ids and are left out.
 */
function snapshot(folder: string, sessionId: string): string[] {
  return (readdirSync(folder, { recursive: true }) as string[])
    .filter((name) => (name.match(UUID) ?? []).every((id) => id === sessionId))
    .flatMap((name) => {
      try {
        const info = statSync(path.join(folder, name));
        // A folder's time changes whenever any session's file inside it does; its files are listed on their own.
        return info.isDirectory() ? [] : [`${name} ${info.size} ${info.mtimeMs}`];
      } catch {
        return []; // another test's file renamed away between listing and reading it
      }
    })
    .sort();
}

test('the backup service refuses requests without the secret, from another origin, or too large, and writes nothing', async ({ page, request, baseURL }) => {
  const folder = await backupsFolder(page);
  const sessionId = await startRunningSession(page, { title: 'Refused backups' });
  await openApp(page, '/#/about-data');
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/^(Backed up \d+ sessions?|Every session was already backed up)\.$/)).toBeVisible();
  // Close the app so its own automatic backups cannot write meanwhile.
  await page.close();
  const file = path.join(folder, `${sessionId}.cocreate`);
  // A backup exactly as the app sends it.
  const body = readFileSync(file);
  const before = snapshot(folder, sessionId);

  const html = await (await request.get('/')).text();
  const token = /<meta name="cocreate-server-token" content="([0-9a-f]{64})"/.exec(html)?.[1];
  expect(token).toBeDefined();
  const origin = new URL(baseURL!).origin;
  const url = `/api/backups/${sessionId}`;

  const noSecret = await request.put(url, { data: body, headers: { Origin: origin } });
  expect(noSecret.status()).toBe(403);
  const foreign = await request.put(url, { data: body, headers: { Origin: 'http://evil.example', 'X-CoCreate-Token': token! } });
  expect(foreign.status()).toBe(403);
  expect(await foreign.json()).toEqual({ error: 'Requests from other sites are refused.' });
  const rebinding = await request.put(url, { data: body, headers: { Origin: origin, Host: `evil.example:${new URL(baseURL!).port}`, 'X-CoCreate-Token': token! } });
  expect(rebinding.status()).toBe(421);
  const oversized = await request.put(url, { data: Buffer.alloc(60 * 1024 * 1024 + 1, 0x20), headers: { Origin: origin, 'X-CoCreate-Token': token! } });
  expect(oversized.status()).toBe(413);
  expect(snapshot(folder, sessionId)).toEqual(before);

  // The same request from the page's own origin, with its secret, is accepted: the refusals were the checks.
  const accepted = await request.put(url, { data: body, headers: { Origin: origin, 'X-CoCreate-Token': token! } });
  expect(accepted.status()).toBe(200);
  expect(snapshot(folder, sessionId)).not.toEqual(before);
  expect(readBackup(file)?.session.id).toBe(sessionId);
});

test('a backup service that never answers does not hide the home page: it shows after a short wait, and works', async ({ page }) => {
  // Held, never answered: as a host that hangs would.
  await page.route('**/api/backups', () => undefined);
  await openApp(page);
  await expect(page.getByRole('status').filter({ hasText: 'Looking for sessions on this computer…' })).toBeVisible();
  await expect(page.getByRole('button', { name: /create session from co-creation with students' unions/i })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('region', { name: 'Sessions found in backups on this computer' })).toHaveCount(0);
  await page.getByRole('button', { name: /create session from co-creation with students' unions/i }).click();
  await expect(page.getByRole('heading', { level: 1, name: /set up:/i })).toBeVisible();
});
