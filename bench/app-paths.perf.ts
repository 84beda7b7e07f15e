/**
 * `npm run bench`: what a facilitator waits for, each beside the floor the platform sets, measured
 * in the same run (so ratios stay meaningful on a busy machine). Writes bench/results/latest.json.
 * Not part of `npm test`: nothing here asserts a timing.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { writeArchive, type Archive } from '../shared/archive';
import { generateSession, type GenerateSessionOptions } from '../shared/test-support/generate-session';
import { buildSessionFixture, buildSessionFixtureV1 } from '../shared/test-support/session-fixture';
import { templateSchema } from '../shared/template/schema';
import { armKeyToPaint, parseAndPutFloor, rawPutFloor, recordReadyAt, settled } from './in-page';
import { formatTable, toRow, type PathResult } from './stats';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = path.join(ROOT, 'dist/renderer');
const RESULTS = path.join(ROOT, 'bench/results');
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 15);
const template = templateSchema.parse(JSON.parse(readFileSync(path.join(ROOT, 'shared/templates/students-union.json'), 'utf8')));
const WORK = path.join(tmpdir(), `cocreate-bench-${process.pid}`);
mkdirSync(WORK, { recursive: true });

const results: PathResult[] = [];
let bundle: { file: string; bytes: number; gzip: number; firstScreen: boolean }[] = [];
/** Asset files the home screen actually fetched until it was interactive with its sessions shown. */
const loadedByFirstScreen = new Set<string>();

/** The bench's sessions: the 200-unit session (200 delegates, 3,000 entries, 1,000 actions, 600 channels) and a 3-unit one. */
const SIZES = { small: { units: 3 }, large: { units: 200 } } satisfies Record<string, GenerateSessionOptions>;

function session(size: keyof typeof SIZES, seed: number, extra: Partial<GenerateSessionOptions> = {}): Archive {
  return buildSessionFixture(generateSession({ ...SIZES[size], seed, title: `Bench ${size} ${seed}`, ...extra }), template);
}

/**
 * The archive format the app's "Open archive…" accepts: the newest (a zip) if it opens, else the
 * format-1 JSON text. Found by trying through the UI once, so the bench follows the app's own path.
 */
let archiveFormat: 'zip' | 'v1 json' | undefined;

function archiveFile(archive: Archive, name: string, format: 'zip' | 'v1 json' = archiveFormat ?? 'zip'): string {
  const file = path.join(WORK, `${name}.cocreate`);
  if (format === 'zip') writeFileSync(file, writeArchive(archive, { appVersion: '0.1.0' }));
  else writeFileSync(file, JSON.stringify({ ...v1Lists(archive), formatVersion: 1, app: 'co-create-studio' }));
  return file;
}

/** The format-1 document of an archive (format 1 has no deletion notes). */
function v1Lists(archive: Archive): Record<string, unknown> {
  const { tombstones: _tombstones, ...rest } = archive as Archive & { tombstones?: unknown };
  return rest;
}

async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

/** Opens an archive through the home screen's "Open archive…", as a facilitator does. */
async function openArchive(page: Page, archive: Archive, name: string) {
  const heading = page.getByRole('heading', { level: 1, name: `Set up: ${archive.session.title}` });
  const choose = async (file: string) => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open archive…' }).click();
    await (await choosing).setFiles(file);
  };
  if (archiveFormat === undefined) {
    await choose(archiveFile(archive, name, 'zip'));
    const refused = page.getByRole('alert').filter({ hasText: 'not a Co-Create Studio archive' });
    await expect(heading.or(refused)).toBeVisible();
    archiveFormat = (await heading.isVisible()) ? 'zip' : 'v1 json';
    if (archiveFormat === 'zip') return;
    await page.goto('/');
  }
  await choose(archiveFile(archive, name));
  await expect(heading).toBeVisible();
}

test.afterAll(() => {
  mkdirSync(RESULTS, { recursive: true });
  const rows = results.map(toRow);
  for (const b of bundle) b.firstScreen ||= loadedByFirstScreen.has(b.file);
  const firstScreen = bundle.filter((b) => b.firstScreen).reduce((sum, b) => sum + b.gzip, 0);
  writeFileSync(
    path.join(RESULTS, 'latest.json'),
    `${JSON.stringify({ at: new Date().toISOString(), samples: SAMPLES, archiveFormat, rows, results, bundle, firstScreenGzip: firstScreen }, null, 1)}\n`,
  );
  const bundleLines = bundle.map((b) => `${b.firstScreen ? '*' : ' '} ${b.file.padEnd(44)} ${(b.bytes / 1024).toFixed(1).padStart(8)} KB  ${(b.gzip / 1024).toFixed(1).padStart(7)} KB gzip`);
  console.log(`\n${formatTable(rows)}\n\nBundle (* = loaded by the first screen: ${(firstScreen / 1024).toFixed(1)} KB gzip)\n${bundleLines.join('\n')}\n\nWritten: bench/results/latest.json`);
});

test('bundle size per chunk (gzip)', () => {
  const assets = path.join(DIST, 'assets');
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  bundle = readdirSync(assets)
    .filter((f) => /\.(js|css)$/.test(f))
    .map((file) => {
      const bytes = readFileSync(path.join(assets, file));
      return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, firstScreen: html.includes(`assets/${file}`) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  expect(bundle.length).toBeGreaterThan(0);
});

test('start to interactive with 50 sessions stored', async ({ page, context }) => {
  await openApp(page);
  const small = generateSession({ units: 3 });
  for (let i = 0; i < 50; i++) {
    const title = `Stored session ${i + 1}`;
    await openArchive(page, buildSessionFixture({ ...small, seed: 1000 + i, title }, template), `stored-${i}`);
    await page.goto('/');
  }
  writeFileSync(path.join(DIST, 'bench-blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head><body></body></html>');
  await context.addInitScript(recordReadyAt);
  const samples: number[] = [];
  const floorSamples: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const blank = await context.newPage();
    await blank.goto('/bench-blank.html');
    floorSamples.push(await blank.evaluate(() => (window as unknown as { __loadAt?: number }).__loadAt ?? performance.now()));
    await blank.close();
    const app = await context.newPage();
    await app.goto('/');
    await expect(app.locator('html[data-ready="true"]')).toHaveCount(1);
    await expect(app.getByText('Stored session 50').first()).toBeVisible();
    samples.push(await app.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt));
    // What the first screen really loads: the entry's static imports and any chunk it fetched on its own.
    const fetched = await app.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    for (const url of fetched) {
      const file = /\/assets\/([^/?#]+\.(?:js|css))(?:[?#]|$)/.exec(url)?.[1];
      if (file) loadedByFirstScreen.add(file);
    }
    await app.close();
  }
  results.push({ path: 'start → interactive, 50 sessions', samples, floorSamples, unit: 'ms' });
});

for (const size of ['small', 'large'] as const) {
  const label = size === 'small' ? '3 units' : '200 units';

  test(`map entry Enter → painted, ${label}`, async ({ page }) => {
    const archive = session(size, 10, { currentPhaseId: 'su-engagement-map' });
    await openApp(page);
    await openArchive(page, archive, `map-${size}`);
    await page.goto(`/#/sessions/${archive.session.id}/work`);
    const start = page.getByRole('button', { name: /^Adding here: Official governance of the institution × Access/ });
    await start.focus();
    await page.keyboard.type('B');
    const samples: number[] = [];
    const floorSamples: number[] = [];
    for (let i = 0; i < SAMPLES + 2; i++) {
      const text = `Bench entry ${String(i).padStart(3, '0')} kestrel`;
      await page.keyboard.insertText(i === 0 ? text.slice(1) : text);
      await page.keyboard.press('Tab');
      await page.keyboard.press('2');
      await armKeyToPaint(page, 'Enter', '[data-testid="cell-col-inst-governance-row-access"]', text);
      await page.keyboard.press('Enter');
      const ms = await settled(page);
      await expect(page.getByRole('combobox', { name: 'What it is' })).toBeFocused();
      // The first two warm up code paths and caches.
      if (i >= 2) samples.push(ms);
      if (i >= 2) floorSamples.push(await rawPutFloor(page));
    }
    results.push({ path: `map entry → painted, ${label}`, samples, floorSamples, unit: 'ms' });
  });

  test(`card Enter → painted, ${label}`, async ({ page }) => {
    const archive = session(size, 20, { currentPhaseId: 'su-discussion-1', cards: 30 });
    await openApp(page);
    await openArchive(page, archive, `cards-${size}`);
    await page.goto(`/#/sessions/${archive.session.id}/run`);
    const input = page.getByLabel('New card');
    await input.focus();
    const samples: number[] = [];
    const floorSamples: number[] = [];
    for (let i = 0; i < SAMPLES + 2; i++) {
      const text = `Bench card ${String(i).padStart(3, '0')} heron`;
      await page.keyboard.insertText(text);
      // The card in the board (the sr-only "Added: …" announcement carries the text too).
      await armKeyToPaint(page, 'Enter', '[data-testid="theme-column"].unthemed .card-list', text);
      await page.keyboard.press('Enter');
      const ms = await settled(page);
      await expect(input).toHaveValue('');
      if (i >= 2) samples.push(ms);
      if (i >= 2) floorSamples.push(await rawPutFloor(page));
    }
    results.push({ path: `card → painted, ${label}`, samples, floorSamples, unit: 'ms' });
  });

  test(`quiz answer key → painted, ${label}`, async ({ page }) => {
    const archive = session(size, 30, { currentPhaseId: 'su-quiz' });
    await openApp(page);
    await openArchive(page, archive, `quiz-${size}`);
    await page.goto(`/#/sessions/${archive.session.id}/run`);
    const names = archive.delegates.map((d) => d.name);
    const samples: number[] = [];
    const floorSamples: number[] = [];
    for (let i = 0; i < SAMPLES + 2; i++) {
      const name = names[i % names.length]!;
      // Alternate T and F so a delegate answered before changes answer (3 delegates, odd count).
      const [key, label] = i % 2 === 0 ? ['t', 'True'] : ['f', 'False'];
      await page.getByRole('button', { name: `${name}: True`, exact: true }).focus();
      await armKeyToPaint(page, key, `button[aria-label="${name}: ${label}"][aria-pressed="true"]`);
      await page.keyboard.press(key);
      const ms = await settled(page);
      if (i >= 2) samples.push(ms);
      if (i >= 2) floorSamples.push(await rawPutFloor(page));
    }
    results.push({ path: `quiz answer → painted, ${label}`, samples, floorSamples, unit: 'ms' });
  });
}

test('open the 200-unit archive', async ({ browser }) => {
  const archive = session('large', 40);
  if (archiveFormat === undefined) {
    const probe = await browser.newContext();
    const page = await probe.newPage();
    await openApp(page);
    await openArchive(page, session('small', 41), 'probe');
    await probe.close();
  }
  const file = archiveFile(archive, 'import-large');
  const json = JSON.stringify(buildSessionFixtureV1(generateSession({ ...SIZES.large, seed: 40, title: archive.session.title }), template));
  const samples: number[] = [];
  const floorSamples: number[] = [];
  const runs = Math.max(3, Math.ceil(SAMPLES / 3));
  for (let i = 0; i < runs; i++) {
    // A fresh profile each time, so every open writes the whole session anew.
    const context = await browser.newContext();
    const page = await context.newPage();
    await openApp(page);
    // Timed inside the page, from the file's choice to the opened session's heading painted: read
    // after Playwright's own wait, whose polling interval must not count.
    await page.evaluate((title) => {
      document.addEventListener('change', () => Object.assign(window, { __chosenAt: performance.now() }), { capture: true, once: true });
      const opened = new Promise<number>((resolve) => {
        const observer = new MutationObserver(() => {
          const heading = document.querySelector('h1');
          if (heading?.textContent !== `Set up: ${title}`) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve(performance.now() - (window as unknown as { __chosenAt: number }).__chosenAt);
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.documentElement, { subtree: true, childList: true, characterData: true });
      });
      Object.assign(window, { __opened: opened });
    }, archive.session.title);
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open archive…' }).click();
    await (await choosing).setFiles(file);
    // Awaited in the page, not polled: Playwright's role queries would walk the page's accessibility
    // tree on its main thread, inside the timed window (about 40 ms of a 600 ms open, in a profile).
    samples.push(await page.evaluate(() => (window as unknown as { __opened: Promise<number> }).__opened));
    await expect(page.getByRole('heading', { level: 1, name: `Set up: ${archive.session.title}` })).toBeVisible();
    floorSamples.push(await parseAndPutFloor(page, json));
    await context.close();
  }
  results.push({ path: `open 200-unit archive (${(readFileSync(file).length / 1024).toFixed(0)} KB ${archiveFormat})`, samples, floorSamples, unit: 'ms' });
});

/** Prints the page as Electron does, and the same document as static HTML with the same CSS (the floor). */
async function printBoth(page: Page, route: string, name: string, runs: number): Promise<PathResult> {
  const samples: number[] = [];
  const floorSamples: number[] = [];
  let pdf: PathResult['pdf'];
  for (let i = 0; i < runs; i++) {
    await page.goto(route);
    await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
    const file = path.join(WORK, `${name}.pdf`);
    let start = performance.now();
    await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: false });
    samples.push(performance.now() - start);
    // The floor: the rendered document without scripts, served from the same origin so fonts and CSS load alike.
    const html = await page.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('script, link[rel="modulepreload"]').forEach((s) => s.remove());
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    writeFileSync(path.join(DIST, `bench-static-${name}.html`), html);
    await page.goto(`/bench-static-${name}.html`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const floorFile = path.join(WORK, `${name}-static.pdf`);
    start = performance.now();
    await page.pdf({ path: floorFile, format: 'A4', printBackground: true, preferCSSPageSize: false });
    floorSamples.push(performance.now() - start);
    pdf = { bytes: readFileSync(file).length, pages: pdfPages(file), floorBytes: readFileSync(floorFile).length, floorPages: pdfPages(floorFile), images: pdfImages(file) };
  }
  return { path: `PDF ${name}`, samples, floorSamples, unit: 'ms', pdf };
}

const pdfPages = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1]);
/** Raster images in the file, including those inside tiling patterns that `pdfimages -list` misses. */
const pdfImages = (file: string) => readFileSync(file).toString('latin1').match(/\/Subtype\s*\/Image\b/g)?.length ?? 0;

test('PDFs: a delegate, the session report (3 units), all 200 delegates', async ({ page }) => {
  const small = session('small', 50);
  const large = session('large', 60);
  await openApp(page);
  await openArchive(page, small, 'pdf-small');
  await page.goto('/');
  await openArchive(page, large, 'pdf-large');
  const runs = Math.max(2, Math.ceil(SAMPLES / 5));
  results.push(await printBoth(page, `/#/print/${small.session.id}/delegate/${small.delegates[0]!.id}?paper=a4`, 'delegate', runs));
  results.push(await printBoth(page, `/#/print/${small.session.id}/report?paper=a4`, 'report', runs));
  results.push(await printBoth(page, `/#/print/${large.session.id}/delegates?paper=a4`, 'all 200 delegates', 1));
});

/**
 * "Export all" as the Electron host runs it (electron/pdf-export.ts): one document per delegate,
 * each loaded as a new document (a new query) in one reused page, against a new page per delegate
 * (a window per delegate, as before the pool). Per delegate: load, ready, print. The floor: the same
 * delegate's document saved as static HTML, printed by the same engine.
 */
test('Export all: time per delegate, one reused page vs a new page each', async ({ page, context }) => {
  const large = session('large', 70);
  await openApp(page);
  await openArchive(page, large, 'export-all');
  const delegates = large.delegates.slice(0, Math.max(6, Math.ceil(SAMPLES / 2)));
  const route = (id: string) => `#/print/${large.session.id}/delegate/${id}?paper=a4`;
  const printOne = async (target: Page, url: string) => {
    const start = performance.now();
    await target.goto(url);
    await expect(target.locator('html[data-print-ready="true"]')).toHaveCount(1);
    await target.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
    return performance.now() - start;
  };
  const reused: number[] = [];
  const fresh: number[] = [];
  const floor: number[] = [];
  const pool = await context.newPage();
  for (const [i, d] of delegates.entries()) reused.push(await printOne(pool, `/index.html?load=${i + 1}${route(d.id)}`));
  for (const d of delegates) {
    const one = await context.newPage();
    fresh.push(await printOne(one, `/index.html${route(d.id)}`));
    await one.close();
  }
  for (const d of delegates.slice(0, 3)) {
    await pool.goto(`/index.html?load=static${route(d.id)}`);
    await expect(pool.locator('html[data-print-ready="true"]')).toHaveCount(1);
    const html = await pool.evaluate(() => {
      const copy = document.documentElement.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
      return `<!doctype html>\n${copy.outerHTML}`;
    });
    writeFileSync(path.join(DIST, 'bench-static-export.html'), html);
    const start = performance.now();
    await pool.goto('/bench-static-export.html');
    await pool.evaluate(() => document.fonts.ready.then(() => undefined));
    await pool.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: false });
    floor.push(performance.now() - start);
  }
  await pool.close();
  results.push({ path: 'Export all, per delegate: one reused page (pool)', samples: reused, floorSamples: floor, unit: 'ms' });
  results.push({ path: 'Export all, per delegate: a new page each (before)', samples: fresh, floorSamples: floor, unit: 'ms' });
});
