import { expect, test } from '@playwright/test';
import { waitForSaved } from './app';
import { chooseUnit, heatCell, mapCell, openTab, PARTNERSHIP, pickMode, reload, sessionWithTables } from './work-helpers';

test('the partnership-network template runs through the same screens with its own axes and labels', async ({ page }) => {
  await sessionWithTables(page, PARTNERSHIP, 2);
  await expect(page.getByRole('tab')).toHaveText(['Map', 'Action plans', 'Room view', 'Progress']);
  await expect(page.getByRole('heading', { level: 2, name: 'Partnership map' })).toBeVisible();
  const grid = page.getByRole('table', { name: /Map of Table 1/ });
  await expect(grid.getByRole('columnheader')).toHaveCount(7);
  await expect(grid.getByRole('rowheader')).toHaveText(['Programme', 'School', 'University']);

  // Pick the cell with the form's own selects, type, choose a strength, Enter.
  await page.getByLabel('Column', { exact: true }).selectOption({ label: 'Race-equity work' });
  await page.getByLabel('Row', { exact: true }).selectOption({ label: 'School' });
  await page.getByRole('combobox', { name: 'What it is' }).fill('Race-equity working group with students');
  await page.getByLabel('Student partners involved').fill('Two student co-chairs');
  await page.getByLabel('Strength', { exact: true }).selectOption({ label: '3 · Co-created' });
  await page.getByRole('combobox', { name: 'What it is' }).press('Enter');
  await expect(mapCell(page, 'col-race-equity', 'row-school')).toContainText('Race-equity working group with students');
  await expect(mapCell(page, 'col-race-equity', 'row-school')).toContainText('Two student co-chairs');

  await mapCell(page, 'col-teaching', 'row-programme').getByRole('button', { name: /^Add here/ }).click();
  await page.getByLabel('Strength', { exact: true }).selectOption({ label: '1 · Informed' });
  await page.getByRole('option', { name: /Student-led teaching sessions/ }).click();
  await expect(mapCell(page, 'col-teaching', 'row-programme')).toContainText('Student-led teaching sessions');

  await pickMode(page, /From paper worksheets/);
  await chooseUnit(page, 'Table 2', 'Worksheet of');
  await expect(page.getByRole('columnheader', { name: 'Student partners involved' })).toBeVisible();
  await page.getByLabel('Line 1: Cell (column × row)').selectOption({ label: 'Strategic work (committees, programme review and validation) × University' });
  await page.getByLabel('Line 1: What it is').fill('Student reviewers on validation panels');
  await page.getByLabel('Line 1: Strength').selectOption({ label: '2 · Consulted' });
  await page.getByLabel('Line 1: What it is').press('Enter');
  await expect(page.getByLabel('Line 2: Cell (column × row)')).toBeFocused();
  await waitForSaved(page);

  await openTab(page, 'Room view');
  await expect(page.getByText('3 entries from 2 of 2 units')).toBeVisible();
  await expect(heatCell(page, 'col-race-equity', 'row-school')).toContainText('mean 3.0');
  await expect(heatCell(page, 'col-race-equity', 'row-school')).not.toContainText('Gap');
  await expect(heatCell(page, 'col-teaching', 'row-programme')).toContainText('mean 1.0');
  await expect(heatCell(page, 'col-teaching', 'row-programme')).toContainText('Gap');
  await expect(heatCell(page, 'col-strategic', 'row-university')).toContainText('mean 2.0');
  await expect(page.locator('.heat-cell.is-gap')).toHaveCount(19);
  await expect(page.getByText('marks a cell with no entry at “Consulted” or above')).toBeVisible();

  await openTab(page, 'Action plans');
  await chooseUnit(page, 'Table 1');
  const suggestions = page.getByRole('list', { name: 'Suggested actions for Table 1' });
  await expect(suggestions.getByRole('listitem')).toHaveCount(20);
  await suggestions.getByRole('button', { name: /^Adopt: Strengthen engagement through teaching activities at the programme level/ }).click();
  const form = page.getByRole('form', { name: 'Adopt a suggested action' });
  await expect(form.getByLabel('Level (programme, school, university)')).toHaveValue('row-programme');
  await expect(form.getByLabel('Student partner', { exact: true })).toBeVisible();
  await form.getByLabel('Owner').fill('Programme lead');
  await form.getByLabel('Student partner', { exact: true }).fill('Course reps');
  await form.getByRole('button', { name: 'Save action' }).click();
  const plan = page.getByRole('list', { name: 'Actions of Table 1' });
  await expect(plan.getByRole('listitem')).toHaveCount(1);
  await expect(plan).toContainText('Level (programme, school, university)');
  await expect(plan).toContainText('Programme');

  await reload(page);
  await expect(plan).toContainText('Course reps');
  await openTab(page, 'Room view');
  await expect(page.getByText('3 entries from 2 of 2 units')).toBeVisible();
  await expect(heatCell(page, 'col-strategic', 'row-university')).toContainText('mean 2.0');
});
