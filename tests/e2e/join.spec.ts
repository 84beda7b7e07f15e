import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import { test } from './relay-turn';
import { JOIN_ERROR_MESSAGES } from '../../shared/join/errors';
import { JOIN_LIMITS, JOIN_PATHS } from '../../shared/join/limits';
import { PARTICIPANT_BUDGET_GZIP_BYTES } from '../../build/participant-budget';
import { createJoinRelay } from '../../electron/join-relay/join-relay';
import { joinSnapshotFixture } from '../../shared/test-support/join-fixtures';
import { waitForSaved } from './app';
import { goToPhase } from './run-app';
import { gzipBytesLoaded, joinAs, letDelegatesJoin, newPhone, phoneStorage, runningSessionWithTables } from './join-helpers';

/** Table 1: Ana and Ben; Table 2: Cy and Dee. */
const DELEGATES = ['Ana Khan,Officer,North SU', 'Ben Lee,Access lead,University', 'Cy Ode,President,North SU', 'Dee Roy,Outreach,University'];

async function expectAccessible(page: Page) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The projector's combined map line, e.g. "3 entries from 2 units". */
const wallMap = (projector: Page) => projector.getByRole('region', { name: 'Our combined map' });

/** A valid map entry for the students' union template, as a phone sends it. */
function mapEntry(what: string) {
  return {
    kind: 'map-entry' as const,
    input: { columnId: 'col-inst-governance', rowId: 'row-access', what, partner: '', frequencyId: null, strengthId: 'str-informed', livedExperience: 'unsure', note: '', suggestionId: null },
  };
}

async function refusal(request: APIRequestContext, path: string, init: { token?: string; data?: unknown; body?: string }) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  const response = await request.post(path, { headers, data: init.body ?? JSON.stringify(init.data) });
  const body = (await response.json().catch(() => null)) as { error?: { code: string; message: string } } | null;
  return { status: response.status(), code: body?.error?.code, message: body?.error?.message };
}

test('phones join by code, answer, add work offline and online without duplicates, and download only their own PDF', async ({ page, browser, playwright }) => {
  test.setTimeout(200_000);
  await runningSessionWithTables(page, 'Phones workshop', DELEGATES);
  const { url, code, origin } = await letDelegatesJoin(page);
  const api = await playwright.request.newContext({ baseURL: origin });

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open projector view' }).click();
  const projector = await popup;
  await expect(projector.locator('html[data-ready="true"]')).toHaveCount(1);

  // Three phones, each its own profile. The first counts what the phone loads.
  const ana = await newPhone(browser);
  const ben = await newPhone(browser);
  const cy = await newPhone(browser);
  const loaded = await gzipBytesLoaded(ana.page, async () => {
    await ana.page.goto(url);
    await expect(ana.page.getByRole('heading', { name: 'Which table are you at?' })).toBeVisible();
  });
  expect(loaded.total, loaded.files.join(', ')).toBeLessThanOrEqual(PARTICIPANT_BUDGET_GZIP_BYTES);
  await expectAccessible(ana.page);
  await joinAs(ana.page, url, 'Table 1', 'Ana Khan');
  await joinAs(ben.page, url, 'Table 1', 'Ben Lee');
  await joinAs(cy.page, url, 'Table 2', 'Cy Ode');
  await expect(page.getByTestId('join-device')).toHaveCount(3);
  /** Map entries stored so far, as the projector's combined map counts them. */
  let entries = 0;

  await test.step('quiz: each phone answers its own statement; the console and the projector count the same', async () => {
    await goToPhase(page, /^Activity 1/);
    const statement = (await page.getByTestId('console-statement').textContent()) ?? '';
    for (const phone of [ana, ben, cy]) await expect(phone.page.locator('.statement')).toHaveText(statement.trim());
    await ana.page.getByRole('button', { name: 'True' }).click();
    await ben.page.getByRole('button', { name: 'False' }).click();
    await cy.page.getByRole('button', { name: 'True' }).click();
    await cy.page.getByRole('button', { name: 'Not sure' }).click(); // a change of mind replaces the answer
    await expect(cy.page.getByText('Your answer: Not sure')).toBeVisible();
    await expect(cy.page.getByRole('list', { name: 'Waiting to send' })).toHaveCount(0);
    await expect(page.getByTestId('answered-count')).toContainText('3 of 4 answered');
    await expect(page.getByRole('button', { name: 'Ana Khan: True' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Ben Lee: False' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('button', { name: 'Cy Ode: Not sure' })).toHaveAttribute('aria-pressed', 'true');
    await expectAccessible(ana.page);
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    const consoleChart = await page.getByTestId('console-reveal').getByRole('img').getAttribute('aria-label');
    expect(consoleChart).toMatch(/^Answers to statement 1\. 3 answers: True 1 \(33%\).*False 1 \(33%\).*Not sure 1 \(33%\)/);
    await expect(projector.getByRole('img', { name: /^Answers to statement 1/ })).toHaveAttribute('aria-label', consoleChart!);
  });

  await test.step('map: each phone adds to its own table; a phone sees its table’s work and nothing of the other table', async () => {
    await goToPhase(page, /^Activity 2/);
    await expect(ana.page.getByRole('heading', { level: 1, name: 'Activity 2: Engagement map' })).toBeVisible();
    await expectAccessible(ana.page);
    const addEntry = async (phone: Page, what: string) => {
      await phone.getByLabel('Column').selectOption({ index: 1 });
      await phone.getByLabel('Row').selectOption({ index: 1 });
      await phone.getByLabel('What it is').fill(what);
      await phone.getByRole('radio').first().check();
      await phone.getByRole('button', { name: 'Add entry' }).click();
      await expect(phone.getByLabel('What it is')).toHaveValue('');
    };
    await addEntry(ana.page, 'Ana’s governing body entry');
    // A suggestion fills the form in one tap.
    await cy.page.getByLabel('Column').selectOption({ index: 1 });
    await cy.page.getByText(/^Suggestions \(/).click();
    const suggestion = cy.page.getByRole('list', { name: 'Suggestions' }).getByRole('button').first();
    const suggested = (await suggestion.textContent())!.trim();
    await suggestion.click();
    await expect(cy.page.getByLabel('What it is')).toHaveValue(suggested);
    await cy.page.getByLabel('Row').selectOption({ index: 1 });
    await cy.page.getByRole('radio').first().check();
    await cy.page.getByRole('button', { name: 'Add entry' }).click();

    await expect(ben.page.getByRole('region', { name: 'Map of Table 1' })).toContainText('Ana’s governing body entry');
    await expect(cy.page.getByRole('region', { name: 'Map of Table 2' })).toContainText(suggested);
    // The suggestion's words are in every phone's suggestion list; the entry itself only in Table 2's map.
    await expect(ben.page.getByRole('region', { name: 'Map of Table 1' })).not.toContainText(suggested);
    await expect(cy.page.locator('body')).not.toContainText('Ana’s governing body entry');
    await expect(wallMap(projector)).toContainText('2 entries from 2 units');
    entries = 2;
  });

  await test.step('offline: a phone keeps what it adds, says so, sends it once when back, and a resend is a duplicate', async () => {
    await ben.context.setOffline(true);
    await ben.page.getByLabel('Column').selectOption({ index: 1 });
    await ben.page.getByLabel('Row').selectOption({ index: 1 });
    await ben.page.getByLabel('What it is').fill('Ben’s entry made offline');
    await ben.page.getByRole('radio').first().check();
    await ben.page.getByRole('button', { name: 'Add entry' }).click();
    await expect(ben.page.getByRole('list', { name: 'Waiting to send' })).toContainText('Map entry: Ben’s entry made offline');
    await expect(ben.page.getByRole('status')).toContainText('Reconnecting');
    const kept = await phoneStorage(ben.page);
    expect(kept.outbox).toHaveLength(1);
    await ben.context.setOffline(false);
    await expect(ben.page.getByRole('list', { name: 'Waiting to send' })).toHaveCount(0);
    await expect(ben.page.getByRole('region', { name: 'Map of Table 1' })).toContainText('Ben’s entry made offline');
    entries = 3;
    await expect(wallMap(projector)).toContainText(`${entries} entries from 2 units`);
    // The phone lost the answer and sends again: the same client id is never stored twice.
    const again = await api.post(JOIN_PATHS.submit, {
      headers: { Authorization: `Bearer ${kept.token}`, 'Content-Type': 'application/json' },
      data: JSON.stringify({ clientId: kept.outbox[0]!.clientId, submission: kept.outbox[0]!.submission }),
    });
    expect(again.status()).toBe(200);
    expect(((await again.json()) as { status: string }).status).toBe('duplicate');
    await waitForSaved(page);
    await expect(wallMap(projector)).toContainText(`${entries} entries from 2 units`);
    await expect(ben.page.getByRole('region', { name: 'Map of Table 1' }).getByText('Ben’s entry made offline')).toHaveCount(1);
  });

  await test.step('refusals: wrong code, oversized body, a burst, a removed phone — plain words, nothing stored', async () => {
    const wrong = await refusal(api, JOIN_PATHS.join, { data: { code: 'ZZZZZZ', as: { kind: 'table', unitId: '00000000-0000-4000-8000-000000000000' } } });
    expect(wrong).toEqual({ status: 404, code: 'wrong-code', message: JOIN_ERROR_MESSAGES['wrong-code'] });
    const stranger = await newPhone(browser);
    await stranger.page.goto(url.replace(code, 'ZZZZZZ'));
    await expect(stranger.page.getByRole('alert')).toHaveText(JOIN_ERROR_MESSAGES['wrong-code']);
    await stranger.context.close();

    const { token: anaToken } = await phoneStorage(ana.page);
    const huge = JSON.stringify({ clientId: randomUUID(), submission: { ...mapEntry('Too big'), input: { ...mapEntry('Too big').input, note: 'n'.repeat(JOIN_LIMITS.maxBodyBytes) } } });
    expect(await refusal(api, JOIN_PATHS.submit, { token: anaToken, body: huge })).toEqual({ status: 413, code: 'too-large', message: JOIN_ERROR_MESSAGES['too-large'] });

    // A burst from one phone: those inside its allowance are stored, the rest refused in plain words and not stored.
    const { token: cyToken } = await phoneStorage(cy.page);
    const burst = await Promise.all(
      Array.from({ length: JOIN_LIMITS.submitsPerWindow + 10 }, (_, i) =>
        refusal(api, JOIN_PATHS.submit, { token: cyToken, data: { clientId: randomUUID(), submission: mapEntry(`Burst entry ${i}`) } }),
      ),
    );
    const limited = burst.filter((r) => r.status === 429);
    const stored = burst.filter((r) => r.status === 200).length;
    expect(limited.length + stored).toBe(burst.length);
    expect(limited.length).toBeGreaterThanOrEqual(10);
    expect(limited[0]).toEqual({ status: 429, code: 'rate-limited', message: JOIN_ERROR_MESSAGES['rate-limited'] });
    entries += stored;
    await expect(wallMap(projector)).toContainText(`${entries} entries from 2 units`);

    const { token: benToken } = await phoneStorage(ben.page);
    await page.getByRole('button', { name: 'Remove Ben Lee’s phone' }).click();
    await page.getByRole('button', { name: 'Remove phone' }).click();
    await expect(ben.page.getByRole('alert')).toHaveText(JOIN_ERROR_MESSAGES['device-removed']);
    const afterRemoval = await refusal(api, JOIN_PATHS.submit, {
      token: benToken,
      data: { clientId: randomUUID(), submission: mapEntry('Sent after removal') },
    });
    expect(afterRemoval).toEqual({ status: 403, code: 'device-removed', message: JOIN_ERROR_MESSAGES['device-removed'] });
    await expect(wallMap(projector)).toContainText(`${entries} entries from 2 units`);
    await expect(page.getByTestId('join-device')).toHaveCount(2);
  });

  await test.step('action plan: phones add their table’s actions; the console’s count and the projector’s agree', async () => {
    await goToPhase(page, /^Conclusion: Action plan/);
    const addAction = async (phone: Page, what: string, owner: string) => {
      await expect(phone.getByRole('heading', { level: 1, name: 'Conclusion: Action plan' })).toBeVisible();
      await phone.getByLabel('Action', { exact: true }).fill(what);
      await phone.getByLabel('Owner', { exact: true }).fill(owner);
      await phone.getByRole('button', { name: 'Add action' }).click();
      await expect(phone.getByLabel('Action', { exact: true })).toHaveValue('');
    };
    await addAction(ana.page, 'Survey first-year reps', 'Access lead');
    await addAction(cy.page, 'Co-chair the access committee', 'SU President');
    await expectAccessible(cy.page);
    await expect(ana.page.getByRole('region', { name: 'Action plan of Table 1' })).toContainText('Survey first-year reps — Access lead');
    await expect(cy.page.getByRole('region', { name: 'Action plan of Table 2' })).not.toContainText('Survey first-year reps');
    await expect(projector.locator('.slide-stat').filter({ hasText: 'in all' })).toHaveText('2 actions in all', { timeout: 30_000 });
    await expect(projector.locator('.slide-stat').filter({ hasText: 'have actions' })).toHaveText('2 of 2 units have actions');
    await expect(page.getByTestId('join-device').filter({ hasText: 'Ana Khan' })).toContainText('3 sent');
  });

  await test.step('the end: a delegate downloads their own document, and only theirs', async () => {
    await goToPhase(page, /^Close/);
    await expect(ana.page.getByRole('button', { name: 'Download my PDF' })).toBeVisible();
    await expectAccessible(ana.page);
    const download = ana.page.waitForEvent('download');
    await ana.page.getByRole('button', { name: 'Download my PDF' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/\.(pdf|html)$/);
    const text = await readFile((await saved.path())!, 'utf8');
    // Web mode answers with the delegate's document as a page: her name, her table's work, nobody else's.
    expect(text).toContain('Ana Khan');
    expect(text).toContain('Survey first-year reps');
    expect(text).toContain('Ana’s governing body entry');
    for (const other of ['Cy Ode', 'Dee Roy', 'Co-chair the access committee', 'Burst entry']) expect(text).not.toContain(other);
  });

  for (const phone of [ana, ben, cy]) await phone.context.close();
  await api.dispose();
  // The relay is the server's one: leave it stopped for the next test that lets delegates join.
  await page.getByRole('button', { name: 'Stop letting delegates join' }).click();
  await expect(page.getByRole('button', { name: 'Let delegates join' })).toBeVisible();
});

/*
 * A device token running out cannot wait 12 hours in a test, so this one starts its own relay on
 * loopback with a clock the test moves (the same server the app runs, serving the same built phone
 * app), and stands in for the console by acknowledging what reaches it.
 */
test('a phone whose place has run out is told so in plain words, keeps its answer, and nothing reaches the console', async ({ browser, playwright }) => {
  let now = Date.UTC(2026, 10, 29, 9, 0);
  const relay = createJoinRelay({ staticRoot: fileURLToPath(new URL('../../dist/renderer', import.meta.url)), now: () => now });
  const reached: string[] = [];
  relay.onEvent((event) => {
    if (event.type !== 'submission') return;
    reached.push(event.clientId);
    relay.ack({ deviceId: event.deviceId, clientId: event.clientId, result: { status: 'stored' } });
  });
  const status = await relay.start({ address: '127.0.0.1', port: 0 });
  if (!status.running) throw new Error('The relay did not start');
  relay.publish(joinSnapshotFixture({ quizAnswers: {} }));
  const api = await playwright.request.newContext({ baseURL: new URL(status.url).origin });
  const phone = await newPhone(browser);
  try {
    await joinAs(phone.page, status.url, 'Table 1', 'Sam Patel');
    await phone.page.getByRole('button', { name: 'True' }).click();
    await expect(phone.page.getByText('Your answer: True')).toBeVisible();
    await expect.poll(() => reached.length).toBe(1);
    await expect(phone.page.getByRole('list', { name: 'Waiting to send' })).toHaveCount(0);
    const { token } = await phoneStorage(phone.page);

    now += JOIN_LIMITS.tokenTtlMs;
    const viewAfter = await api.get(JOIN_PATHS.view, { headers: { Authorization: `Bearer ${token}` } });
    expect(viewAfter.status()).toBe(401);
    expect(await viewAfter.json()).toEqual({ error: { code: 'token-expired', message: JOIN_ERROR_MESSAGES['token-expired'] } });

    // The phone finds out when it next sends: it says why, goes back to joining, and keeps the answer on the phone.
    await phone.page.getByRole('button', { name: 'False' }).click();
    await expect(phone.page.getByRole('alert')).toHaveText(JOIN_ERROR_MESSAGES['token-expired']);
    await expect(phone.page.getByRole('heading', { name: 'Which table are you at?' })).toBeVisible();
    expect((await phoneStorage(phone.page)).outbox).toEqual([expect.objectContaining({ submission: expect.objectContaining({ answer: 'false' }) })]);
    const direct = await refusal(api, JOIN_PATHS.submit, { token, data: { clientId: randomUUID(), submission: mapEntry('After expiry') } });
    expect(direct).toEqual({ status: 401, code: 'token-expired', message: JOIN_ERROR_MESSAGES['token-expired'] });
    expect(reached).toHaveLength(1);

    // Joining again as the same person, by keyboard alone, sends what was kept, once.
    await phone.page.getByRole('button', { name: 'Table 1', exact: true }).focus();
    await phone.page.keyboard.press('Enter');
    await expect(phone.page.getByRole('heading', { name: 'Table 1: who are you?' })).toBeFocused();
    await phone.page.keyboard.press('Tab');
    await expect(phone.page.getByRole('button', { name: 'Sam Patel', exact: true })).toBeFocused();
    await phone.page.keyboard.press('Enter');
    await expect.poll(() => reached.length).toBe(2);
    await expect(phone.page.getByRole('list', { name: 'Waiting to send' })).toHaveCount(0);
  } finally {
    await phone.context.close();
    await api.dispose();
    await relay.stop();
  }
});
