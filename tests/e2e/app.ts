import { expect, type Page } from '@playwright/test';

/** Opens the app and waits for its own ready signal (database open, first render) instead of sleeping. */
export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

/** Waits until every pending write has landed and the quiet indicator says so. */
export async function waitForSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveText(/^Saved /);
}

export async function createSession(page: Page, templateTitle: RegExp) {
  await page.getByRole('button', { name: new RegExp(`create session from ${templateTitle.source}`, 'i') }).click();
  await expect(page.getByRole('heading', { level: 1, name: /set up:/i })).toBeVisible();
}

/** Types into a field and leaves it, which saves it. */
export async function fillAndLeave(page: Page, label: string | RegExp, value: string) {
  const field = page.getByLabel(label, { exact: typeof label === 'string' });
  await field.fill(value);
  await field.blur();
}
