import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './app';
import { goToPhase, startRunningSession } from './run-app';

const FORTY = Array.from({ length: 40 }, (_, i) => `Delegate ${String(i + 1).padStart(2, '0')},Officer,${i % 2 ? 'North SU' : 'North University'}`);

/** Nothing scrolled between the reveal and the check: the answer line and the chart are wholly on screen. */
async function expectRevealOnScreen(page: Page, scrollBefore: number) {
  const reveal = page.getByTestId('console-reveal');
  await expect(reveal.locator('.reveal-answer')).toBeInViewport({ ratio: 1 });
  await expect(reveal.getByTestId('answer-chart')).toBeInViewport({ ratio: 1 });
  await expect(page.getByTestId('console-statement')).toBeInViewport({ ratio: 1 });
  expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
}

test.use({ viewport: { width: 1366, height: 768 } });

test('per delegate, 40 delegates at 1366×768: after the last answer the reveal, its answer and chart are on screen without scrolling', async ({ page }) => {
  await startRunningSession(page, { title: 'Forty per delegate', quizMode: 'per-delegate', delegates: FORTY });
  await goToPhase(page, /^Activity 1/);
  // Answer all 40 from the keyboard, as in the room: the list scrolls with the focus.
  await page.getByRole('button', { name: 'Delegate 01: True' }).focus();
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(i % 3 === 0 ? 'f' : 't');
    await expect(page.getByTestId('answered-count')).toContainText(`${i + 1} of 40 answered`);
  }
  await expect(page.getByRole('button', { name: 'Delegate 40: True' })).toBeInViewport();
  await waitForSaved(page);

  // The reveal button is still on screen next to the last delegate, and so is what it shows.
  const revealButton = page.getByRole('button', { name: 'Reveal answer' });
  await expect(revealButton).toBeInViewport({ ratio: 1 });
  const scrollBefore = await page.evaluate(() => window.scrollY);
  expect(scrollBefore).toBeGreaterThan(0);
  await revealButton.click();
  await expect(page.getByTestId('console-reveal')).toContainText('Answer: True');
  await expectRevealOnScreen(page, scrollBefore);
  await expect(page.getByTestId('console-reveal').getByRole('img')).toHaveAttribute('aria-label', /40 answers: True 26 \(65%\), correct; False 14 \(35%\)/);
});

test('room tally, 40 delegates at 1366×768: the reveal sits beside the counts, on screen without scrolling', async ({ page }) => {
  await startRunningSession(page, { title: 'Forty tally', delegates: FORTY });
  await goToPhase(page, /^Activity 1/);
  await page.getByLabel('True', { exact: true }).fill('25');
  await page.getByLabel('False', { exact: true }).fill('10');
  await page.getByLabel('Not sure', { exact: true }).fill('5');
  await page.getByLabel('Not sure', { exact: true }).press('Enter');
  await expect(page.getByText('Total 40')).toBeVisible();
  await waitForSaved(page);

  const revealButton = page.getByRole('button', { name: 'Reveal answer' });
  await expect(revealButton).toBeInViewport({ ratio: 1 });
  const scrollBefore = await page.evaluate(() => window.scrollY);
  await revealButton.click();
  await expect(page.getByTestId('console-reveal')).toContainText('Answer: True');
  await expectRevealOnScreen(page, scrollBefore);
  // The counts stay in view beside it.
  await expect(page.getByLabel('Not sure', { exact: true })).toBeInViewport({ ratio: 1 });
});
