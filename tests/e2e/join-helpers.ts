import { gzipSync } from 'node:zlib';
import { expect, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';
import { createSession, fillAndLeave, openApp, waitForSaved } from './app';
import { sessionIdOf } from './run-app';

/** A phone: small screen, touch, its own profile (localStorage), as a delegate's own phone is. */
export async function newPhone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, acceptDownloads: true });
  const page = await context.newPage();
  return { context, page };
}

/**
 * A running students' union session with per-delegate quiz answers and two numbered tables:
 * the first half of `delegates` at Table 1, the rest at Table 2.
 */
export async function runningSessionWithTables(page: Page, title: string, delegates: string[]): Promise<string> {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  await fillAndLeave(page, 'Session title', title);
  await page.getByText('Paste a list of delegates').click();
  await page.getByLabel('Delegate list').fill(delegates.join('\n'));
  await page.getByRole('button', { name: 'Check list' }).click();
  await page.getByRole('button', { name: `Add ${delegates.length} delegates` }).click();
  await expect(page.getByRole('heading', { name: `Delegates (${delegates.length})` })).toBeVisible();
  await page.getByRole('radio', { name: /^Per delegate/ }).click();
  await expect(page.getByRole('radio', { name: /^Per delegate/ })).toBeChecked();
  await page.getByLabel(/Anonymous numbered tables/).click();
  const count = page.getByLabel('Number of tables');
  await count.fill('2');
  await count.blur();
  await waitForSaved(page);
  for (const [index, line] of delegates.entries()) {
    const name = line.split(',')[0]!;
    const table = index < delegates.length / 2 ? 'Table 1' : 'Table 2';
    const select = page.getByLabel(`Table for ${name}`);
    await select.selectOption({ label: table });
    await expect(select.locator('option:checked')).toHaveText(table);
  }
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}\/run$/);
  return sessionIdOf(page);
}

/** Starts the relay from the console on loopback (port 0: any free port); returns the short URL and the code it shows. */
export async function letDelegatesJoin(page: Page): Promise<{ url: string; code: string; origin: string }> {
  const panel = page.getByRole('region', { name: 'Phones' });
  await panel.getByRole('button', { name: 'Let delegates join' }).click();
  const form = panel.getByRole('form', { name: 'Let delegates join' });
  await form.getByRole('radio', { name: /^This laptop only \(127\.0\.0\.1\)/ }).check();
  await form.getByLabel('Port').fill('0');
  await form.getByRole('button', { name: 'Start letting delegates join' }).click();
  const running = panel.getByTestId('join-running');
  await expect(running).toBeVisible();
  await expect(running.getByText('Getting the session ready for phones…')).toHaveCount(0);
  const url = (await running.getByTestId('join-url').textContent())!.trim();
  const code = (await running.getByTestId('join-code').textContent())!.trim();
  expect(url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/j/${code}$`));
  return { url, code, origin: new URL(url).origin };
}

/** Opens the join address, picks the table and then the name (or the table alone), and waits for the live screen. */
export async function joinAs(phone: Page, url: string, table: string, name: string | null) {
  await phone.goto(url);
  await expect(phone.locator('html[data-ready="true"]')).toHaveCount(1);
  await phone.getByRole('button', { name: table, exact: true }).click();
  if (name === null) await phone.getByRole('button', { name: `Just ${table} (a phone the table shares)` }).click();
  else await phone.getByRole('button', { name, exact: true }).click();
  await expect(phone.getByRole('banner')).toContainText(name === null ? table : `${name} · ${table}`);
  await expect(phone.getByRole('status')).toHaveText('Connected to the laptop');
}

/** The device token and the outbox this phone keeps in its own storage. */
export async function phoneStorage(phone: Page): Promise<{ token: string; outbox: Array<{ clientId: string; submission: unknown }> }> {
  return phone.evaluate(() => {
    const device = JSON.parse(localStorage.getItem('cocreate-join-device') ?? 'null') as { token: string } | null;
    const key = Object.keys(localStorage).find((k) => k.startsWith('cocreate-join-outbox:'));
    return { token: device?.token ?? '', outbox: key ? (JSON.parse(localStorage.getItem(key) ?? '[]') as Array<{ clientId: string; submission: unknown }>) : [] };
  });
}

/** Gzip bytes of everything a page fetched while `load` ran (as the budget counts them). */
export async function gzipBytesLoaded(page: Page, load: () => Promise<void>): Promise<{ total: number; files: string[] }> {
  const bodies: Array<Promise<{ url: string; bytes: number }>> = [];
  const onResponse = (response: Response) => {
    if (response.request().resourceType() === 'eventsource' || response.url().includes('/join/api/')) return;
    bodies.push(response.body().then((body) => ({ url: response.url(), bytes: gzipSync(body, { level: 9 }).length })));
  };
  page.on('response', onResponse);
  await load();
  page.off('response', onResponse);
  const files = await Promise.all(bodies);
  return { total: files.reduce((sum, f) => sum + f.bytes, 0), files: files.map((f) => `${new URL(f.url).pathname} ${f.bytes}`) };
}
