import { expect, type Page } from '@playwright/test';
import { createSession, openApp, waitForSaved } from './app';

export const UNION = /co-creation with students' unions/;
export const PARTNERSHIP = /student–staff partnership network/;

/** A new session with `tables` anonymous numbered tables as its units, opened on the delegates' work page. */
export async function sessionWithTables(page: Page, template: RegExp, tables: number) {
  await openApp(page);
  await createSession(page, template);
  await page.getByLabel(/Anonymous numbered tables/).click();
  const count = page.getByLabel('Number of tables');
  await count.fill(String(tables));
  await count.blur();
  await waitForSaved(page);
  await page.getByRole('link', { name: /Delegates’ work/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /Delegates’ work/ })).toBeVisible();
}

export async function openTab(page: Page, name: string) {
  await page.getByRole('tab', { name, exact: true }).click();
  await expect(page.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true');
}

export async function chooseUnit(page: Page, name: string, label = 'Unit') {
  await page.getByLabel(label, { exact: true }).selectOption({ label: name });
}

/** The cell of the unit map being edited, by template ids. */
export function mapCell(page: Page, columnId: string, rowId: string) {
  return page.getByTestId(`cell-${columnId}-${rowId}`);
}

export function heatCell(page: Page, columnId: string, rowId: string) {
  return page.getByTestId(`heat-${columnId}-${rowId}`);
}

/** Reloads and waits for the app's own ready signal. */
export async function reload(page: Page) {
  await waitForSaved(page);
  await page.reload();
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
}

/** The entry mode lives in the URL, so the radio turns checked once the route has updated. */
export async function pickMode(page: Page, label: RegExp) {
  const radio = page.getByRole('radio', { name: label });
  await radio.click();
  await expect(radio).toBeChecked();
}
