import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { test } from './relay-turn';
import { sessionIdOf, startRunningSession } from './run-app';

/*
 * The console's "Let delegates join" panel on its own, over the real web-mode relay on loopback:
 * off by default, the plain warning, the code, URL and QR code, the projector's join slide (never a
 * name), a new code, stopping, and stopping by itself when the session finishes. The phones' side
 * is tests/e2e/join.spec.ts.
 */

const NAMES = ['Zed Secretname', 'Yara Hiddenname'];
const JOIN_URL = /^http:\/\/127\.0\.0\.1:(\d+)\/j\/([A-HJ-NP-Z2-9]{6})$/;

async function startJoining(page: Page): Promise<{ url: string; code: string }> {
  const panel = page.getByRole('region', { name: 'Phones', exact: true });
  // Off by default: nothing listens until the facilitator starts it.
  await expect(panel.getByTestId('join-running')).toHaveCount(0);
  await panel.getByRole('button', { name: 'Let delegates join' }).click();
  const form = panel.getByRole('form', { name: 'Let delegates join' });
  await expect(form.getByText('Anyone on this network with the code can join.')).toBeVisible();
  // Loopback is never chosen for the facilitator.
  await expect(form.getByRole('radio', { name: /^This laptop only/ })).not.toBeChecked();
  await form.getByRole('radio', { name: /^This laptop only \(127\.0\.0\.1\)/ }).check();
  await form.getByLabel('Port').fill('80');
  await form.getByRole('button', { name: 'Start letting delegates join' }).click();
  await expect(form.getByText('A port is a whole number from 1024 to 65535, or 0 for any free port.')).toBeVisible();
  await form.getByLabel('Port').fill('0');
  await form.getByRole('button', { name: 'Start letting delegates join' }).click();

  const running = panel.getByTestId('join-running');
  await expect(running).toBeVisible();
  await expect(running.getByText('Anyone on this network with the code can join.')).toBeVisible();
  const url = (await running.getByTestId('join-url').textContent())!;
  const code = (await running.getByTestId('join-code').textContent())!;
  const match = JOIN_URL.exec(url);
  expect(match, url).not.toBeNull();
  expect(match![2]).toBe(code);
  await expect(running.getByText(`127.0.0.1, port ${match![1]}`)).toBeVisible();
  await expect(running.getByRole('img', { name: `QR code for ${url}` })).toBeVisible();
  return { url, code };
}

test('the console lets delegates join on loopback: code, URL, QR, projector slide without names, new code, stop', async ({ page, request }) => {
  await startRunningSession(page, {
    title: 'Join panel',
    quizMode: 'per-delegate',
    delegates: [`${NAMES[0]},Officer,North SU,zed@example.ac.uk`, `${NAMES[1]},Access lead,University,yara@example.ac.uk`],
  });
  const first = await startJoining(page);

  // The relay answers the code it shows, on the address it shows.
  const origin = new URL(first.url).origin;
  const roster = await request.get(`${origin}/join/api/roster?code=${first.code}`);
  expect(roster.status()).toBe(200);

  // The projector shows the join slide on request: QR, short URL and code, never a name.
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open projector view' }).click();
  const projector = await popupPromise;
  await expect(projector.locator('html[data-ready="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Show join code on projector' }).click();
  await expect(page.getByRole('button', { name: 'Show join code on projector' })).toHaveAttribute('aria-pressed', 'true');
  const slide = projector.getByTestId('projector-join');
  await expect(slide.getByRole('heading', { name: 'Join from your phone' })).toBeVisible();
  await expect(slide.getByTestId('join-slide-url')).toHaveText(first.url.replace('http://', ''));
  await expect(slide.getByText(first.code, { exact: true })).toBeVisible();
  await expect(slide.getByRole('img', { name: `QR code for ${first.url}` })).toBeVisible();
  const html = await projector.content();
  for (const name of NAMES) expect(html).not.toContain(name);

  // Wi-Fi details: checked in plain words, then on the slide with their own QR code.
  await page.getByRole('button', { name: 'Add Wi-Fi details' }).click();
  const wifi = page.getByRole('form', { name: 'Wi-Fi details' });
  await wifi.getByLabel('Wi-Fi network name').fill('Workshop-Hotspot');
  await wifi.getByLabel('Wi-Fi password').fill('short');
  await wifi.getByRole('button', { name: 'Save Wi-Fi details' }).click();
  await expect(wifi.getByText('A WPA password has 8 to 63 characters.')).toBeVisible();
  await wifi.getByLabel('Wi-Fi password').fill('correct-horse-battery');
  await wifi.getByRole('button', { name: 'Save Wi-Fi details' }).click();
  await expect(page.getByText('Wi-Fi shown with the code: Workshop-Hotspot')).toBeVisible();
  await expect(slide.getByRole('img', { name: 'QR code to join the Wi-Fi Workshop-Hotspot' })).toBeVisible();
  await expect(slide.getByText('correct-horse-battery')).toBeVisible();

  // The printed worksheets start each set with the join sheet while delegates can join.
  const sheets = await page.context().newPage();
  await sheets.goto(`/#/print/${sessionIdOf(page)}/worksheets?paper=a4`);
  await expect(sheets.locator('html[data-print-ready="true"]')).toHaveCount(1);
  const joinSheets = sheets.getByRole('region', { name: 'Join from your phone' });
  await expect(joinSheets.first().getByText(first.url)).toBeVisible();
  await expect(joinSheets.first().getByRole('img', { name: `QR code for ${first.url}` })).toBeVisible();
  await expect(joinSheets.first().getByRole('img', { name: 'QR code to join the Wi-Fi Workshop-Hotspot' })).toBeVisible();
  await sheets.close();

  // A new code: the slide follows, the old code no longer lets anyone in.
  await page.getByRole('button', { name: 'New code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'New code made.' })).toBeVisible();
  await expect(page.getByTestId('join-code')).not.toHaveText(first.code);
  const second = (await page.getByTestId('join-code').textContent())!;
  await expect(slide.getByText(second, { exact: true })).toBeVisible();
  expect((await request.get(`${origin}/join/api/roster?code=${first.code}`)).status()).toBe(404);
  expect((await request.get(`${origin}/join/api/roster?code=${second}`)).status()).toBe(200);

  // Stopping: the panel is back to its start, the projector to the phase, and nothing listens.
  await page.getByRole('button', { name: 'Stop letting delegates join' }).click();
  await expect(page.getByTestId('join-running')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Let delegates join' })).toBeVisible();
  await expect(projector.getByTestId('projector-join')).toHaveCount(0);
  await expect(projector.locator('#slide-title')).toHaveText('Welcome and aims');
  await expect(request.get(`${origin}/join/api/roster?code=${second}`)).rejects.toThrow();
});

test('finishing the session stops joining by itself', async ({ page, request }) => {
  await startRunningSession(page, { title: 'Join then finish' });
  const { url, code } = await startJoining(page);
  const origin = new URL(url).origin;
  expect((await request.get(`${origin}/join/api/roster?code=${code}`)).status()).toBe(200);

  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Finished:/ })).toBeVisible();
  await expect.poll(async () => request.get(`${origin}/join/api/roster?code=${code}`).then((r) => r.status(), () => 'closed')).toBe('closed');
});

test("a phone's work goes through the console once: listed with what it sent, a resend is a duplicate, a refusal says why, a removed phone is refused", async ({ page, request }) => {
  await startRunningSession(page, {
    title: 'Join submissions',
    delegates: [`${NAMES[0]},Officer,North SU,zed@example.ac.uk`, `${NAMES[1]},Access lead,University,yara@example.ac.uk`],
  });
  const { url, code } = await startJoining(page);
  const api = `${new URL(url).origin}/join/api`;
  // The phone app's own calls, made directly: pick a name, join, read the forms.
  const roster = (await (await request.get(`${api}/roster?code=${code}`)).json()) as { delegates: { id: string; name: string }[] };
  const zed = roster.delegates.find((d) => d.name === NAMES[0])!;
  const joined = await request.post(`${api}/join`, { data: { code, as: { kind: 'delegate', delegateId: zed.id } } });
  expect(joined.status()).toBe(200);
  const { token } = (await joined.json()) as { token: string };
  const auth = { Authorization: `Bearer ${token}` };

  const device = page.getByTestId('join-device');
  await expect(device).toHaveCount(1);
  await expect(device.getByText(NAMES[0]!)).toBeVisible();
  await expect(device.getByText('(by name)')).toBeVisible();

  type View = { forms: { mapping: { columns: { id: string }[]; rows: { id: string }[]; strengths: { id: string }[] } }; table: { entries: { what: string }[] } | null };
  const view = async () => (await (await request.get(`${api}/view`, { headers: auth })).json()) as View;
  const { mapping } = (await view()).forms;
  const entry = {
    columnId: mapping.columns[0]!.id,
    rowId: mapping.rows[0]!.id,
    what: 'Course rep forum',
    partner: '',
    frequencyId: null,
    strengthId: mapping.strengths[1]!.id,
    livedExperience: 'unsure',
    note: '',
    suggestionId: null,
  };
  const submit = (clientId: string, what: string) => request.post(`${api}/submit`, { headers: auth, data: { clientId, submission: { kind: 'map-entry', input: { ...entry, what } } } });

  const stored = await submit('e2e-client-0001', 'Course rep forum');
  expect(stored.status()).toBe(200);
  expect(await stored.json()).toMatchObject({ status: 'stored', clientId: 'e2e-client-0001' });
  const again = await submit('e2e-client-0001', 'Course rep forum');
  expect(await again.json()).toMatchObject({ status: 'duplicate' });

  // Refused with the same words as keyboard entry, and nothing stored.
  const refused = await submit('e2e-client-0002', '   ');
  expect(refused.status()).toBe(422);
  expect(await refused.json()).toMatchObject({ error: { message: expect.stringMatching(/^Map entry not saved/), fields: { what: expect.any(String) } } });

  // The console shows what the phone sent; the phone's own table holds the entry once.
  await expect(device.getByText('1 sent')).toBeVisible();
  await device.getByText('What this phone sent').click();
  await expect(device.getByText(/Map entry: Course rep forum/)).toBeVisible();
  await expect.poll(async () => (await view()).table?.entries.map((e) => e.what)).toEqual(['Course rep forum']);

  // "Download my PDF" in web mode: the delegate's own document as one page, made by the console.
  const pdf = await request.get(`${api}/pdf`, { headers: auth });
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toMatch(/^text\/html/);
  const page_ = await pdf.text();
  expect(page_).toContain(NAMES[0]);
  expect(page_).toContain('Course rep forum');
  expect(page_).not.toContain(NAMES[1]);
  expect(page_).not.toMatch(/<script/i);

  // Removed: the phone is refused from then on, in plain words.
  await device.getByRole('button', { name: `Remove ${NAMES[0]}’s phone` }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Remove phone' }).click();
  await expect(page.getByTestId('join-device')).toHaveCount(0);
  const afterRemoval = await submit('e2e-client-0003', 'Another');
  expect(afterRemoval.status()).toBe(403);
  expect(await afterRemoval.json()).toMatchObject({ error: { code: 'device-removed' } });

  await page.getByRole('button', { name: 'Stop letting delegates join' }).click();
  await expect(page.getByTestId('join-running')).toHaveCount(0);
});

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe and keyboard: the join panel started from the keyboard, its Wi-Fi form, and the join slide in both themes', async ({ page, context }) => {
  const sessionId = await startRunningSession(page, { title: 'Accessible joining' });
  const panel = page.getByRole('region', { name: 'Phones', exact: true });
  await panel.getByRole('button', { name: 'Let delegates join' }).focus();
  await page.keyboard.press('Enter');
  const loopback = panel.getByRole('radio', { name: /^This laptop only/ });
  await loopback.focus();
  await page.keyboard.press('Space');
  await expect(loopback).toBeChecked();
  await panel.getByLabel('Port').fill('0');
  await panel.getByRole('button', { name: 'Start letting delegates join' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByTestId('join-running')).toBeVisible();
  await panel.getByRole('button', { name: 'Add Wi-Fi details' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel('Wi-Fi network name').fill('Workshop');
  await page.getByLabel('Wi-Fi password').fill('correct-horse');
  await page.getByRole('button', { name: 'Save Wi-Fi details' }).click();
  await panel.getByRole('button', { name: 'Show join code on projector' }).focus();
  await page.keyboard.press('Enter');
  await expect(panel.getByRole('button', { name: 'Show join code on projector' })).toHaveAttribute('aria-pressed', 'true');

  const projector = await context.newPage();
  await projector.setViewportSize({ width: 1280, height: 720 });
  await projector.goto(`/#/projector/${sessionId}`);
  await expect(projector.getByTestId('projector-join')).toBeVisible();
  expect(await seriousViolations(projector)).toEqual([]);
  await page.getByLabel('Projector theme').selectOption('light');
  await expect(projector.locator('.projector.theme-light')).toBeVisible();
  expect(await seriousViolations(projector)).toEqual([]);
  // The whole slide fits the 1280×720 stage: its last line is inside the window.
  const box = await projector.locator('.join-slide-code').boundingBox();
  expect(box!.y + box!.height).toBeLessThanOrEqual(720);

  await page.getByRole('button', { name: 'Stop letting delegates join' }).click();
  await expect(projector.getByTestId('projector-join')).toHaveCount(0);
});
