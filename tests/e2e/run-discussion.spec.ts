import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './app';
import { goToPhase, startRunningSession } from './run-app';

const THEMES = ['Money and fees', 'Student voice', 'Time and timing'];
const cardText = (i: number) => `Card ${String(i + 1).padStart(2, '0')} from the room`;
// Votes on the first twelve cards (0, 1, 2, 3, 0, …); the rest have none.
const votesFor = (i: number) => (i < 12 ? i % 4 : 0);

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('30 cards by keyboard, 3 themes, one mouse drag, votes; all still there after a reload', async ({ page }) => {
  await startRunningSession(page, { title: 'Discussion board' });
  await goToPhase(page, /^Discussion 1/);

  // Type, Enter, next card: the field stays focused and empty for the next one.
  const input = page.getByLabel('New card');
  await input.focus();
  for (let i = 0; i < 30; i++) {
    // Key by key for the first few; then the text arrives in one input event (as from a fast
    // typist or dictation) to keep the test quick. Enter adds each card either way.
    if (i < 5) await page.keyboard.type(cardText(i));
    else await page.keyboard.insertText(cardText(i));
    await page.keyboard.press('Enter');
  }
  await expect(input).toBeFocused();
  await expect(input).toHaveValue('');
  await expect(page.getByTestId('card')).toHaveCount(30);
  await expect(column(page, 'Not in a theme').getByTestId('card').first()).toContainText(cardText(0));
  await expect(column(page, 'Not in a theme').getByTestId('card').last()).toContainText(cardText(29));

  const themeInput = page.getByLabel('New theme name');
  for (const name of THEMES) {
    await themeInput.fill(name);
    await themeInput.press('Enter');
    await expect(column(page, name)).toBeVisible();
  }

  // The mouse way: drag card 1 by its handle into the first theme (while the themes are short,
  // so both ends of the drag are on screen).
  const first = page.getByTestId('card').filter({ hasText: cardText(0) });
  const handle = first.locator('.drag-handle');
  await handle.scrollIntoViewIfNeeded();
  const from = (await handle.boundingBox())!;
  const target = (await column(page, THEMES[0]!).getByRole('heading', { name: THEMES[0]! }).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
  await page.mouse.move(target.x + 40, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(column(page, THEMES[0]!).getByTestId('card')).toHaveCount(1);
  await expect(column(page, THEMES[0]!).getByTestId('card')).toContainText(cardText(0));

  // The keyboard way: each card's "Move to theme" list. Cards 2–30 go round the three themes.
  for (let i = 1; i < 30; i++) {
    await page.getByLabel(`Move “${cardText(i)}” to theme`).selectOption({ label: THEMES[i % 3]! });
  }
  for (const name of THEMES) await expect(column(page, name).getByTestId('card')).toHaveCount(10);
  await expect(column(page, 'Not in a theme').getByTestId('card')).toHaveCount(0);
  // Cards keep the order in which they joined their theme.
  await expect(column(page, THEMES[2]!).getByTestId('card').last()).toContainText(cardText(29));

  // Dot votes, typed per card.
  for (let i = 0; i < 30; i++) {
    if (votesFor(i) === 0) continue;
    const field = page.getByLabel(`Votes for “${cardText(i)}”`);
    await field.fill(String(votesFor(i)));
    await field.press('Enter');
  }
  const expectedTotals = THEMES.map((_, k) => {
    const cards = Array.from({ length: 30 }, (_c, i) => i).filter((i) => i % 3 === k);
    return { count: cards.length, votes: cards.reduce((sum, i) => sum + votesFor(i), 0) };
  });
  for (const [k, name] of THEMES.entries()) {
    await expect(column(page, name).getByTestId('theme-totals')).toHaveText(`${expectedTotals[k]!.count} cards · ${expectedTotals[k]!.votes} votes`);
  }
  // Saved first and then shown, so click and wait rather than check().
  await page.getByLabel(`Action candidate: “${cardText(4)}”`).click();
  await expect(page.getByLabel(`Action candidate: “${cardText(4)}”`)).toBeChecked();
  await waitForSaved(page);

  await page.reload();
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
  await expect(page.getByTestId('card')).toHaveCount(30);
  for (const [k, name] of THEMES.entries()) {
    await expect(column(page, name).getByTestId('theme-totals')).toHaveText(`${expectedTotals[k]!.count} cards · ${expectedTotals[k]!.votes} votes`);
  }
  await expect(column(page, THEMES[2]!).getByTestId('card').last()).toContainText(cardText(29));
  for (const i of [1, 2, 3, 11, 29]) {
    await expect(page.getByLabel(`Votes for “${cardText(i)}”`)).toHaveValue(String(votesFor(i)));
  }
  await expect(page.getByLabel(`Action candidate: “${cardText(4)}”`)).toBeChecked();
  await expect(page.getByRole('heading', { name: /Cards \(30 cards, \d+ votes\)/ })).toContainText(
    `${expectedTotals.reduce((sum, t) => sum + t.votes, 0)} votes`,
  );
});

test('edit, delete, rename and undo/redo with the buttons and Ctrl+Z outside text fields', async ({ page }) => {
  await startRunningSession(page, { title: 'Undo board' });
  await goToPhase(page, /^Discussion 1/);
  const input = page.getByLabel('New card');
  for (const text of ['Bursary panel has a union seat', 'Officers change every yeer', 'Nobody reads the plan']) {
    await input.fill(text);
    await input.press('Enter');
  }
  await expect(page.getByTestId('card')).toHaveCount(3);

  // Ctrl+Z inside the text field is the field's own undo: no card disappears.
  await input.fill('half typed');
  await input.press('Control+z');
  await expect(page.getByTestId('card')).toHaveCount(3);
  await input.fill('');

  await page.getByRole('button', { name: 'Edit “Officers change every yeer”' }).click();
  await page.getByLabel('Card text').fill('Officers change every year');
  await page.getByRole('button', { name: 'Save card' }).click();
  await expect(page.getByTestId('card').filter({ hasText: 'Officers change every year' })).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete “Nobody reads the plan”' }).click();
  await expect(page.getByTestId('card')).toHaveCount(2);
  await page.getByLabel('New theme name').fill('Turnover');
  await page.getByRole('button', { name: 'Add theme' }).click();
  await page.getByRole('button', { name: 'Rename theme Turnover' }).click();
  await page.getByLabel('Theme name', { exact: true }).fill('Officer turnover');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(column(page, 'Officer turnover')).toBeVisible();
  await waitForSaved(page);

  // Ctrl+Z with the focus outside any text field walks back: rename, add theme, delete, edit.
  await page.getByRole('heading', { name: /^Cards/ }).click();
  await page.keyboard.press('Control+z');
  await expect(column(page, 'Turnover')).toBeVisible();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('region', { name: 'Turnover', exact: true })).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card')).toHaveCount(3);
  await expect(page.getByTestId('card').filter({ hasText: 'Nobody reads the plan' })).toHaveCount(1);
  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(page.getByTestId('card').filter({ hasText: 'Officers change every yeer' })).toHaveCount(1);

  // Redo puts the corrected text back; Ctrl+Shift+Z redoes the delete.
  await page.getByRole('button', { name: /^Redo/ }).click();
  await expect(page.getByTestId('card').filter({ hasText: 'Officers change every year' })).toHaveCount(1);
  await page.getByRole('heading', { name: /^Cards/ }).click();
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('card')).toHaveCount(2);
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByTestId('card')).toHaveCount(2);
  await expect(page.getByTestId('card').filter({ hasText: 'Officers change every year' })).toHaveCount(1);
});
