import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './app';
import { mapCell, openTab, pickMode, sessionWithTables, UNION } from './work-helpers';

async function seriousViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  return serious.map((v) => `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the map screens (live, edit, paper, pass the laptop) have no serious or critical axe violations', async ({ page }) => {
  await sessionWithTables(page, UNION, 2);
  const problems: string[] = [];

  // Live map with entries, an error message and the suggestion list.
  await page.getByRole('combobox', { name: 'What it is' }).fill('Governing body');
  await page.getByRole('combobox', { name: 'What it is' }).press('Enter');
  await expect(page.getByText('Choose a strength')).toBeVisible();
  await page.getByLabel('Strength', { exact: true }).selectOption({ label: '2 · Consulted' });
  await page.getByRole('combobox', { name: 'What it is' }).press('Enter');
  await expect(mapCell(page, 'col-inst-governance', 'row-access')).toContainText('Governing body');
  problems.push(...(await seriousViolations(page, 'map')));

  await page.getByRole('button', { name: 'Edit Governing body' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  problems.push(...(await seriousViolations(page, 'edit entry dialog')));
  await page.getByRole('button', { name: 'Cancel' }).click();

  await pickMode(page, /From paper worksheets/);
  await page.getByLabel('Line 2: What it is').fill('Half a line');
  await page.getByLabel('Line 2: What it is').press('Enter');
  await expect(page.locator('.paper-table').getByText('Choose a cell', { exact: true })).toBeVisible();
  problems.push(...(await seriousViolations(page, 'paper grid')));

  await pickMode(page, /Pass the laptop/);
  problems.push(...(await seriousViolations(page, 'pass the laptop')));
  expect(problems).toEqual([]);
});

test('the channels, action-plan, room and progress screens have no serious or critical axe violations', async ({ page }) => {
  await sessionWithTables(page, UNION, 2);
  const problems: string[] = [];
  await page.getByLabel('Strength', { exact: true }).selectOption({ label: '2 · Consulted' });
  await page.getByRole('option', { name: /Governing body/ }).click();
  await expect(mapCell(page, 'col-inst-governance', 'row-access')).toContainText('Governing body');

  await openTab(page, 'Channels');
  await page.getByRole('button', { name: '+ Student ambassadors' }).click();
  await expect(page.getByRole('group', { name: 'Student ambassadors' })).toBeVisible();
  problems.push(...(await seriousViolations(page, 'channels')));

  await openTab(page, 'Action plans');
  await page.getByRole('button', { name: /^Adopt: Strengthen engagement through official governance of the students' union at the access/ }).click();
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByText('Owner is required')).toBeVisible();
  problems.push(...(await seriousViolations(page, 'action plan form')));
  await page.getByLabel('Owner').fill('Head of access');
  await page.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByRole('list', { name: 'Actions of Table 1' }).getByRole('listitem')).toHaveCount(1);
  await waitForSaved(page);

  await openTab(page, 'Room view');
  await page.getByRole('button', { name: /Official governance of the institution × Access: 1 entry/ }).click();
  await expect(page.getByRole('region', { name: /Behind Official governance/ })).toBeVisible();
  problems.push(...(await seriousViolations(page, 'room view')));

  await openTab(page, 'Progress');
  await expect(page.getByRole('list', { name: 'Totals' })).toContainText('1 of 2 units have a map');
  problems.push(...(await seriousViolations(page, 'progress')));

  expect(problems).toEqual([]);
});
