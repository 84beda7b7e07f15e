import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { goToPhase, startRunningSession } from './run-app';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe: the console with shortcuts and walk-ins open, and the quiz after reveal with its summary', async ({ page }) => {
  await startRunningSession(page, { title: 'Accessible console', quizMode: 'per-delegate', delegates: ['Ana Khan', 'Ben Lee'] });
  await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
  await page.getByRole('button', { name: 'Add a walk-in' }).click();
  await page.getByRole('button', { name: 'Start timer' }).click();
  expect(await seriousViolations(page)).toEqual([]);

  await goToPhase(page, /^Activity 1/);
  await page.getByRole('button', { name: 'Ana Khan: True' }).click();
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await page.getByRole('button', { name: 'Show quiz summary' }).click();
  await expect(page.getByTestId('delegate-scores')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('axe: the discussion board on the console, and the projector in both themes', async ({ page, context }) => {
  const sessionId = await startRunningSession(page, { title: 'Accessible projector', caseStudy: 'Two campuses, many commuter students.' });
  await goToPhase(page, /^Discussion 1/);
  await page.getByLabel('New card').fill('Commuters miss evening events');
  await page.getByLabel('New card').press('Enter');
  await page.getByLabel('New theme name').fill('Timing');
  await page.getByLabel('New theme name').press('Enter');
  await expect(page.getByRole('region', { name: 'Timing', exact: true })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const projector = await context.newPage();
  await projector.goto(`/#/projector/${sessionId}`);
  await expect(projector.getByText('Commuters miss evening events')).toBeVisible();
  expect(await seriousViolations(projector)).toEqual([]);
  await page.getByLabel('Projector theme').selectOption('light');
  await expect(projector.getByTestId('projector')).toHaveClass(/theme-light/);
  expect(await seriousViolations(projector)).toEqual([]);
});

test('axe: the projector showing a revealed quiz answer and its chart', async ({ page, context }) => {
  const sessionId = await startRunningSession(page, { title: 'Accessible reveal' });
  await goToPhase(page, /^Activity 1/);
  await page.getByLabel('True', { exact: true }).fill('7');
  await page.getByLabel('True', { exact: true }).press('Enter');
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  const projector = await context.newPage();
  await projector.goto(`/#/projector/${sessionId}`);
  await expect(projector.getByTestId('projector-reveal')).toContainText('100% got it right');
  expect(await seriousViolations(projector)).toEqual([]);
});
