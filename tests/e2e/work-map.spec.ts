import { expect, test } from '@playwright/test';
import { waitForSaved } from './app';
import { chooseUnit, heatCell, mapCell, openTab, pickMode, reload, sessionWithTables, UNION } from './work-helpers';

test('three units build maps by keyboard, by suggestions and from paper; the room grid adds them up and survives a reload', async ({ page }) => {
  await sessionWithTables(page, UNION, 3);
  const what = page.getByRole('combobox', { name: 'What it is' });
  const strength = page.getByLabel('Strength', { exact: true });

  // Table 1, keyboard only: arrows pick a cell, typing starts the entry, Tab to strength, a digit, Enter.
  const startCell = page.getByRole('button', { name: /^Adding here: Official governance of the institution × Access/ });
  await startCell.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('button', { name: /^Adding here: Official governance of the students' union × Success/ })).toBeFocused();
  await page.keyboard.type('Student council');
  await expect(what).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(strength).toBeFocused();
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(mapCell(page, 'col-su-governance', 'row-success')).toContainText('Student council');
  await expect(what).toBeFocused();
  await expect(what).toHaveValue('');

  // Escape goes back to the grid; on a cell, a digit adds that numbered suggestion with the same strength.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('1');
  await expect(mapCell(page, 'col-unofficial', 'row-success')).toContainText('Informal meetings with sabbatical officers');
  await expect(mapCell(page, 'col-unofficial', 'row-success')).toContainText('Co-created');

  // Free text in another cell, with a different strength.
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.type('Peer mentoring scheme');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await expect(mapCell(page, 'col-unofficial', 'row-progression')).toContainText('Peer mentoring scheme');

  // The combobox: ↓ highlights a suggestion (announced as the active option), Escape drops the
  // highlight and keeps the typed text, ↓ then Enter adds the highlighted suggestion.
  await what.fill('joint');
  await expect(what).toHaveAttribute('aria-expanded', 'true');
  const suggestions = page.getByRole('listbox', { name: /^Suggestions for Unofficial engagement/ });
  await what.press('ArrowDown');
  const highlighted = suggestions.getByRole('option', { selected: true });
  await expect(highlighted).toHaveCount(1);
  await expect(what).toHaveAttribute('aria-activedescendant', (await highlighted.getAttribute('id')) ?? 'missing');
  await what.press('Escape');
  await expect(suggestions.getByRole('option', { selected: true })).toHaveCount(0);
  await expect(what).toHaveValue('joint');
  await expect(what).toBeFocused();
  await what.press('ArrowDown');
  const picked = ((await suggestions.getByRole('option', { selected: true }).textContent()) ?? '').replace(/^\d/, '').trim();
  expect(picked).toBe('Joint events');
  await what.press('Enter');
  await expect(what).toHaveValue('');
  await expect(mapCell(page, 'col-unofficial', 'row-progression')).toContainText(picked);
  // Taken out again, so the room's counts below stay as they were.
  await page.getByRole('button', { name: `Delete ${picked}` }).click();
  await expect(mapCell(page, 'col-unofficial', 'row-progression')).not.toContainText(picked);

  // Move an entry to another cell by editing it.
  await page.getByRole('button', { name: 'Edit Peer mentoring scheme' }).click();
  const dialog = page.getByRole('dialog', { name: /Edit “Peer mentoring scheme”/ });
  await dialog.getByLabel('Column').selectOption({ label: 'Official governance of the institution' });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(mapCell(page, 'col-inst-governance', 'row-progression')).toContainText('Peer mentoring scheme');
  await expect(mapCell(page, 'col-unofficial', 'row-progression')).not.toContainText('Peer mentoring scheme');

  // Delete, then undo from the keyboard: focus lands on Undo.
  await page.getByRole('button', { name: 'Delete Student council' }).click();
  await expect(mapCell(page, 'col-su-governance', 'row-success')).not.toContainText('Student council');
  await expect(page.getByRole('button', { name: 'Undo' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(mapCell(page, 'col-su-governance', 'row-success')).toContainText('Student council');

  // Table 2, by suggestions with the mouse.
  await chooseUnit(page, 'Table 2');
  await expect(page.getByRole('heading', { name: 'Map of Table 2' })).toBeVisible();
  await expect(mapCell(page, 'col-su-governance', 'row-success')).not.toContainText('Student council');
  await strength.selectOption({ label: '2 · Consulted' });
  await page.getByRole('option', { name: /Governing body/ }).click();
  await page.getByRole('option', { name: /Senate or academic board/ }).click();
  await mapCell(page, 'col-su-governance', 'row-access').getByRole('button', { name: /^Add here/ }).click();
  await strength.selectOption({ label: '0 · None yet' });
  await page.getByRole('option', { name: /Union trustee board/ }).click();
  await expect(mapCell(page, 'col-inst-governance', 'row-access').getByRole('listitem')).toHaveCount(2);
  await expect(mapCell(page, 'col-su-governance', 'row-access')).toContainText('Union trustee board');

  // Table 3, from a paper worksheet: one line per entry, Enter saves a line and goes to the next.
  await pickMode(page, /From paper worksheets/);
  await chooseUnit(page, 'Table 3', 'Worksheet of');
  await page.getByLabel('Line 1: Cell (column × row)').selectOption({ label: 'Official governance of the institution × Access' });
  await page.getByLabel('Line 1: What it is').fill('APP working group');
  await page.getByLabel('Line 1: Union role or group').fill('VP Education');
  await page.getByLabel('Line 1: How often').selectOption({ label: 'Termly' });
  await page.getByLabel('Line 1: Strength').selectOption({ label: '1 · Informed' });
  await page.getByLabel('Line 1: Lived experience').selectOption({ label: 'Yes' });
  await page.getByLabel('Line 1: Note').fill('Chair invites the SU');
  await page.getByLabel('Line 1: Note').press('Enter');
  await expect(page.getByLabel('Line 2: Cell (column × row)')).toBeFocused();
  // The next line starts in the cell just used; change it, type, and leave the line to save it.
  await expect(page.getByLabel('Line 2: Cell (column × row)')).toHaveValue('col-inst-governance|row-access');
  await page.getByLabel('Line 2: Cell (column × row)').selectOption({ label: 'Unofficial engagement × Success' });
  await page.getByLabel('Line 2: What it is').fill('Joint events');
  await page.getByLabel('Line 2: Strength').selectOption({ label: '3 · Co-created' });
  // A line with no strength is refused with a message and not saved.
  await page.getByLabel('Line 3: What it is').fill('Half-written line');
  await page.getByLabel('Line 3: What it is').press('Enter');
  await expect(page.getByText('Choose a strength')).toBeVisible();
  await expect(page.getByLabel('Line 3: Strength')).toHaveAttribute('aria-invalid', 'true');
  await waitForSaved(page);

  // The room: count, mean strength ("none yet" left out) and gaps, marked in words.
  await openTab(page, 'Room view');
  await expect(page.getByText('8 entries from 3 of 3 units')).toBeVisible();
  const instAccess = heatCell(page, 'col-inst-governance', 'row-access');
  await expect(instAccess).toContainText('3 entries');
  await expect(instAccess).toContainText('mean 1.7');
  await expect(instAccess).not.toContainText('Gap');
  await expect(heatCell(page, 'col-su-governance', 'row-access')).toContainText('1 entry');
  await expect(heatCell(page, 'col-su-governance', 'row-access')).toContainText('mean —');
  await expect(heatCell(page, 'col-su-governance', 'row-access')).toContainText('Gap');
  await expect(heatCell(page, 'col-unofficial', 'row-success')).toContainText('2 entries');
  await expect(heatCell(page, 'col-unofficial', 'row-success')).toContainText('mean 3.0');
  await expect(heatCell(page, 'col-inst-governance', 'row-progression')).toContainText('mean 1.0');
  await expect(heatCell(page, 'col-inst-governance', 'row-progression')).toContainText('Gap');
  await expect(page.locator('.heat-cell.is-gap')).toHaveCount(6);
  await expect(page.getByText('Gap', { exact: false }).first()).toBeVisible();

  // Clicking a cell lists the entries behind it, with unit names (console only).
  await page.getByRole('button', { name: 'Official governance of the institution × Access: 3 entries, mean 1.7. Show the entries' }).click();
  const behind = page.getByRole('region', { name: /Behind Official governance of the institution × Access/ });
  await expect(behind.locator('tbody tr')).toHaveCount(3);
  await expect(behind).toContainText('Table 2');
  await expect(behind).toContainText('Table 3');
  await expect(behind).toContainText('APP working group');

  await reload(page);
  await expect(page.getByText('8 entries from 3 of 3 units')).toBeVisible();
  await expect(heatCell(page, 'col-inst-governance', 'row-access')).toContainText('mean 1.7');
  await openTab(page, 'Map');
  await pickMode(page, /Facilitator, live/);
  await chooseUnit(page, 'Table 1');
  await expect(mapCell(page, 'col-su-governance', 'row-success')).toContainText('Student council');
  await expect(mapCell(page, 'col-unofficial', 'row-success')).toContainText('Informal meetings with sabbatical officers');
  await expect(mapCell(page, 'col-inst-governance', 'row-progression')).toContainText('Peer mentoring scheme');
  await pickMode(page, /From paper worksheets/);
  await chooseUnit(page, 'Table 3', 'Worksheet of');
  await expect(page.getByLabel('Line 1: What it is')).toHaveValue('APP working group');
  await expect(page.getByLabel('Line 1: Note')).toHaveValue('Chair invites the SU');
  await expect(page.getByLabel('Line 2: What it is')).toHaveValue('Joint events');
  await expect(page.getByLabel('Line 3: What it is')).toHaveValue('');
});

test('pass the laptop: each unit enters its own map and the hand-over hides the previous one', async ({ page }) => {
  await sessionWithTables(page, UNION, 2);
  await pickMode(page, /Pass the laptop/);
  await expect(page.getByRole('heading', { name: 'Pass the laptop' })).toBeVisible();
  await page.getByRole('button', { name: 'Start entering for Table 1' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Now entering: Table 1' })).toBeVisible();
  const what = page.getByRole('combobox', { name: 'What it is' });
  await expect(what).toBeFocused();
  await page.keyboard.type('Governing body');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(mapCell(page, 'col-inst-governance', 'row-access')).toContainText('Governing body');

  await page.getByRole('button', { name: 'Done: hand over to the next unit' }).click();
  await expect(page.getByRole('heading', { name: /Pass the laptop to the next unit/ })).toBeFocused();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByLabel('Who is entering their map now?')).toHaveValue(/.+/);
  await expect(page.getByLabel('Who is entering their map now?').locator('option:checked')).toHaveText('Table 2 — not started');
  await page.getByRole('button', { name: 'Start entering for Table 2' }).click();
  await expect(page.getByRole('heading', { name: 'Map of Table 2' })).toBeVisible();
  await expect(page.getByRole('table', { name: /Map of Table 2/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /Map of Table 2/ })).not.toContainText('Governing body');
});
