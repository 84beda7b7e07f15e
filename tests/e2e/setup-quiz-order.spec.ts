import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createSession, openApp, waitForSaved } from './app';
import { goToPhase } from './run-app';

/** The students' union template's quiz as it ships (statement openings, in the order it runs). */
const SHIPPED = [
  "The university's governing body has a legal duty",
  'Every student is automatically a member',
  "Larger students' unions in England and Wales are charities",
  'In England, the Office for Students invites students',
  'Sabbatical officers are often in post for only one year',
  'In the What Works?',
];

const quizOrder = (page: Page) => page.getByRole('list', { name: 'The quiz, in the order it runs' }).getByTestId('chosen-statement');

async function orderNow(page: Page): Promise<string[]> {
  return (await quizOrder(page).allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
}

test('the quiz runs in the setup order; untick and tick keeps a statement’s place; reorder by keyboard and by drag', async ({ page }) => {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  await page.locator('.agenda-phase').nth(1).locator('summary').click();
  await expect(quizOrder(page)).toHaveCount(6);
  const shipped = await orderNow(page);
  SHIPPED.forEach((start, i) => {
    expect(shipped[i], `statement ${i + 1}`).toContain(start);
  });

  // Unticking and ticking the tenure statement again brings it back fifth, as the template's note asks.
  const tenure = page.getByRole('checkbox', { name: /Sabbatical officers are often in post for only one year/ });
  // The choice is saved first and then shown, so click and wait rather than uncheck().
  await tenure.click();
  await expect(quizOrder(page)).toHaveCount(5);
  await expect(page.getByRole('list', { name: 'Not in the quiz' })).toContainText('Sabbatical officers are often');
  await tenure.click();
  await expect(quizOrder(page)).toHaveCount(6);
  await expect(quizOrder(page).nth(4)).toContainText('Sabbatical officers are often in post for only one year');
  expect(await orderNow(page)).toEqual(shipped);

  // Keyboard: the move buttons keep focus on the statement being moved.
  const up = page.getByRole('button', { name: /^Move “In the What Works\?.*” up$/ });
  await up.focus();
  await page.keyboard.press('Enter');
  await expect(quizOrder(page).nth(4)).toContainText('In the What Works?');
  await expect(up).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quizOrder(page).nth(3)).toContainText('In the What Works?');
  await expect(page.getByRole('status').filter({ hasText: /Moved “In the What Works\?.*” to position 4 of 6\./ })).toBeAttached();
  // The first statement cannot move up; its down button moves it.
  await expect(page.getByRole('button', { name: /^Move “The university's governing body.*” up$/ })).toBeDisabled();

  const axe = await new AxeBuilder({ page }).include('.statements').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  // Drag: the first statement's handle dropped on the third row.
  const handle = quizOrder(page).nth(0).locator('.statement-handle');
  const target = quizOrder(page).nth(2);
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 3 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height * 0.75, { steps: 10 });
  await page.mouse.up();
  await expect(quizOrder(page).nth(2)).toContainText("The university's governing body");
  const final = await orderNow(page);
  expect(final[0]).toContain('Every student is automatically a member');
  expect(final[3]).toContain('In the What Works?');
  await waitForSaved(page);

  // The order survives a reload and is the order the console runs.
  await page.reload();
  await page.locator('.agenda-phase').nth(1).locator('summary').click();
  expect(await orderNow(page)).toEqual(final);
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}\/run$/);
  await goToPhase(page, /^Activity 1/);
  for (const [i, text] of final.entries()) {
    await expect(page.getByRole('heading', { name: `Statement ${i + 1} of 6` })).toBeVisible();
    const opening = text.replace(/^⠿\s*/, '').slice(0, 40);
    await expect(page.getByTestId('console-statement')).toContainText(opening);
    if (i < final.length - 1) await page.getByRole('button', { name: 'Next statement' }).click();
  }
});
