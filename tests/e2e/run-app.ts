import { expect, type Locator, type Page } from '@playwright/test';
import { createSession, fillAndLeave, openApp, waitForSaved } from './app';

export interface RunSessionOptions {
  title?: string;
  /** Lines as pasted into the delegate list ("Name,Role,Institution,Email"). */
  delegates?: string[];
  quizMode?: 'tally' | 'per-delegate';
  repeatQuiz?: boolean;
  startTime?: string;
  caseStudy?: string;
}

/** Creates a students' union session, fills in what the test needs, starts it and returns its id. */
export async function startRunningSession(page: Page, options: RunSessionOptions = {}): Promise<string> {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  if (options.title) await fillAndLeave(page, 'Session title', options.title);
  if (options.startTime) await fillAndLeave(page, 'Start time', options.startTime);
  if (options.caseStudy) await fillAndLeave(page, /^Case study/, options.caseStudy);
  if (options.delegates && options.delegates.length > 0) {
    await page.getByText('Paste a list of delegates').click();
    await page.getByLabel('Delegate list').fill(options.delegates.join('\n'));
    await page.getByRole('button', { name: 'Check list' }).click();
    await page.getByRole('button', { name: `Add ${options.delegates.length} delegates` }).click();
    await expect(page.getByRole('heading', { name: `Delegates (${options.delegates.length})` })).toBeVisible();
  }
  if (options.quizMode === 'per-delegate') {
    await page.getByRole('radio', { name: /^Per delegate/ }).click();
    await expect(page.getByRole('radio', { name: /^Per delegate/ })).toBeChecked();
  }
  if (options.repeatQuiz) {
    await page.getByRole('checkbox', { name: /Run the quiz again at the close/ }).click();
    await expect(page.getByRole('checkbox', { name: /Run the quiz again at the close/ })).toBeChecked();
  }
  await waitForSaved(page);
  await page.getByRole('button', { name: 'Start session' }).click();
  // Exact: the setup screen has an "Agenda for this session" heading too.
  await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}\/run$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda', exact: true })).toBeVisible();
  return sessionIdOf(page);
}

export function sessionIdOf(page: Page): string {
  const match = /#\/sessions\/([0-9a-f-]{36})\//.exec(page.url());
  if (!match?.[1]) throw new Error(`No session id in ${page.url()}`);
  return match[1];
}

/** The console's phase heading. */
export function phaseHeading(page: Page): Locator {
  return page.locator('#phase-title');
}

/** Presses "Next phase" until the console shows the phase whose title matches. */
export async function goToPhase(page: Page, title: RegExp) {
  for (let i = 0; i < 12; i++) {
    if (title.test((await phaseHeading(page).textContent()) ?? '')) return;
    const before = await phaseHeading(page).textContent();
    await page.getByRole('button', { name: 'Next phase' }).click();
    await expect(phaseHeading(page)).not.toHaveText(before ?? '');
  }
  await expect(phaseHeading(page)).toHaveText(title);
}

/**
 * Waits until a write made after `since` (from `lastSavedAt`) has been acknowledged by the
 * console's own "Last saved" line: the store has committed it.
 */
export async function waitForSaveAfter(page: Page, since: number) {
  const line = page.getByTestId('last-saved');
  await expect(line).toHaveAttribute('data-state', 'saved');
  await expect.poll(async () => Number((await line.getAttribute('data-saved-at')) || 0)).toBeGreaterThan(since);
  await expect(line).toHaveAttribute('data-state', 'saved');
}

export async function lastSavedAt(page: Page): Promise<number> {
  return Number((await page.getByTestId('last-saved').getAttribute('data-saved-at')) || 0);
}

/** "7:45" or "-1:30" as seconds left. */
export function parseClock(text: string): number {
  const match = /(-?)(?:(\d+):)?(\d+):(\d{2})/.exec(text);
  if (!match) throw new Error(`Not a clock: ${text}`);
  const [, sign, h, m, s] = match;
  const seconds = Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s);
  return sign ? -seconds : seconds;
}

export async function secondsLeft(page: Page): Promise<number> {
  return parseClock((await page.getByRole('timer').first().textContent()) ?? '');
}

/** None of `secrets` is anywhere in the projector's document: text, attributes and hidden nodes. */
export async function expectNoneOf(projector: Page, secrets: readonly string[]) {
  const html = await projector.content();
  const text = await projector.locator('body').innerText();
  for (const secret of secrets) {
    expect(html, `projector HTML must not contain "${secret}"`).not.toContain(secret);
    expect(text).not.toContain(secret);
  }
}
