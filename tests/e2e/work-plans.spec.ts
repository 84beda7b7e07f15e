import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './app';
import { chooseUnit, openTab, reload, sessionWithTables, UNION } from './work-helpers';

function channel(page: Page, name: string) {
  return page.getByRole('group', { name, exact: true });
}

test('three units list their channels; the room ranks them with union-support ideas and no unit names', async ({ page }) => {
  await sessionWithTables(page, UNION, 3);
  await openTab(page, 'Channels');

  await page.getByRole('button', { name: '+ Student ambassadors' }).click();
  await page.getByRole('button', { name: '+ Peer mentors' }).click();
  await channel(page, 'Peer mentors').getByLabel('Who it reaches').fill('Year 12 students in partner schools');
  await channel(page, 'Student ambassadors').getByLabel('How the union could support or be involved').fill('Promote in SU freshers fair');
  await channel(page, 'Student ambassadors').getByLabel('Note (optional)').fill('Private note for table one');
  await channel(page, 'Student ambassadors').getByLabel('Involves students with lived experience of widening participation').selectOption({ label: 'Yes' });
  await page.getByRole('button', { name: '+ Surveys' }).focus();
  await waitForSaved(page);

  await chooseUnit(page, 'Table 2');
  const name = page.getByLabel('Channel', { exact: true });
  await name.fill('student ambassadors');
  await name.press('Enter');
  await expect(channel(page, 'student ambassadors')).toBeVisible();
  await expect(name).toBeFocused();
  await name.fill('Breakfast club');
  await name.press('Enter');
  await channel(page, 'student ambassadors').getByLabel('How the union could support or be involved').fill('Joint training');
  await channel(page, 'Breakfast club').getByLabel('Who it reaches').fill('Commuter students');
  // An over-long value is refused next to its field, and not saved.
  await channel(page, 'Breakfast club').getByLabel('Note (optional)').fill('x'.repeat(1001));
  await channel(page, 'Breakfast club').getByLabel('Note (optional)').blur();
  await expect(channel(page, 'Breakfast club').getByText('Note must be at most 1000 characters')).toBeVisible();
  await channel(page, 'Breakfast club').getByLabel('Note (optional)').fill('');
  await channel(page, 'Breakfast club').getByLabel('Note (optional)').blur();

  await chooseUnit(page, 'Table 3');
  await page.getByRole('button', { name: '+ Student ambassadors' }).click();
  await channel(page, 'Student ambassadors').getByLabel('How the union could support or be involved').fill('promote in SU  freshers fair');
  await page.getByRole('button', { name: '+ Focus groups' }).click();
  await page.getByRole('button', { name: 'Delete channel Focus groups' }).click();
  await expect(channel(page, 'Focus groups')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(channel(page, 'Focus groups')).toBeVisible();
  await page.getByRole('button', { name: 'Delete channel Focus groups' }).click();
  await expect(channel(page, 'Focus groups')).toHaveCount(0);
  await waitForSaved(page);

  await openTab(page, 'Room view');
  const ranking = page.getByRole('list', { name: 'Channels ranked by units using them' });
  const items = ranking.locator(':scope > li');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('Student ambassadors');
  await expect(items.nth(0)).toContainText('3 units · 1 with students with lived experience');
  await expect(items.nth(0).getByRole('listitem')).toHaveText(['Promote in SU freshers fair', 'Joint training']);
  await expect(items.nth(1)).toContainText('Breakfast club');
  await expect(items.nth(2)).toContainText('Peer mentors');
  await expect(ranking).not.toContainText('Table');
  await expect(ranking).not.toContainText('Private note');

  await reload(page);
  await expect(items).toHaveCount(3);
  await openTab(page, 'Channels');
  await chooseUnit(page, 'Table 1');
  await expect(channel(page, 'Student ambassadors').getByLabel('Note (optional)')).toHaveValue('Private note for table one');
  await expect(channel(page, 'Peer mentors').getByLabel('Who it reaches')).toHaveValue('Year 12 students in partner schools');
});

test('action plans from suggestions and by hand: validation, past dates, reorder, delete with undo, complete, progress, reload', async ({ page }) => {
  await sessionWithTables(page, UNION, 3);
  // A channel with an idea for the union becomes a suggestion in the plan.
  await openTab(page, 'Channels');
  await page.getByRole('button', { name: '+ Peer mentors' }).click();
  await channel(page, 'Peer mentors').getByLabel('How the union could support or be involved').fill('Train mentors together');
  await channel(page, 'Peer mentors').getByLabel('How the union could support or be involved').blur();
  await waitForSaved(page);

  await openTab(page, 'Action plans');
  const suggestions = page.getByRole('list', { name: 'Suggested actions for Table 1' });
  // An empty map: every cell is a gap, plus the channel idea.
  await expect(suggestions.getByRole('listitem')).toHaveCount(10);
  await suggestions.getByRole('button', { name: 'Adopt: Peer mentors: Train mentors together' }).click();
  const form = page.getByRole('form', { name: 'Adopt a suggested action' });
  await expect(form.getByLabel('Action', { exact: true })).toHaveValue('Peer mentors: Train mentors together');
  await expect(form.getByLabel('Action', { exact: true })).toBeFocused();
  await expect(form.getByLabel('Linked to')).toHaveValue(/^channel:/);
  await form.getByRole('button', { name: 'Save action' }).click();
  await expect(form.getByText('Owner is required')).toBeVisible();
  await expect(form.getByLabel('Owner')).toBeFocused();
  await form.getByLabel('Owner').fill('Head of outreach');
  await form.getByLabel('By when', { exact: true }).fill('2020-01-31');
  await expect(form.getByText('This date is in the past')).toBeVisible();
  await form.getByLabel('Union partner').fill('VP Welfare');
  await form.getByRole('button', { name: 'Save action' }).click();
  await expect(form).toHaveCount(0);
  const plan = page.getByRole('list', { name: 'Actions of Table 1' });
  await expect(plan.getByRole('listitem')).toHaveCount(1);
  await expect(plan).toContainText('date in the past');
  await expect(suggestions.getByRole('listitem')).toHaveCount(9);

  // A gap suggestion names its cell and pre-fills the stage.
  await suggestions.getByRole('button', { name: /^Adopt: Strengthen engagement through official governance of the institution at the access lifecycle stage/ }).click();
  await expect(form.getByLabel('Lifecycle stage')).toHaveValue('row-access');
  await form.getByLabel('Owner').fill('Director of access');
  await form.getByRole('button', { name: 'Save action' }).click();
  await expect(plan.getByRole('listitem')).toHaveCount(2);

  // By hand, with an over-long action refused next to the field.
  await page.getByRole('button', { name: 'Add an action' }).click();
  const blank = page.getByRole('form', { name: 'New action' });
  await blank.getByLabel('Action', { exact: true }).fill('a'.repeat(301));
  await blank.getByLabel('Owner').fill('SU president');
  await blank.getByRole('button', { name: 'Save action' }).click();
  await expect(blank.getByText('Action must be at most 300 characters')).toBeVisible();
  await blank.getByLabel('Action', { exact: true }).fill('Co-write the next access plan with the SU');
  await blank.getByLabel('By when', { exact: true }).fill('Spring term 2027');
  await blank.getByLabel('Priority').selectOption({ label: 'High' });
  await blank.getByLabel('Involves students with lived experience').selectOption({ label: 'Yes' });
  await blank.getByRole('button', { name: 'Save action' }).click();
  await expect(plan.getByRole('listitem')).toHaveCount(3);
  await expect(plan.getByRole('listitem').nth(2)).toContainText('Spring term 2027');

  // Reorder with the keyboard-reachable buttons; focus stays on the moved action.
  await page.getByRole('button', { name: 'Move up: Co-write the next access plan with the SU' }).click();
  await expect(page.getByRole('button', { name: 'Move up: Co-write the next access plan with the SU' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(plan.locator('.action-what')).toHaveText([
    'Co-write the next access plan with the SU',
    'Peer mentors: Train mentors together',
    /^Strengthen engagement through official governance/,
  ]);

  // Edit, then delete with undo.
  await page.getByRole('button', { name: 'Edit Peer mentors: Train mentors together' }).click();
  const edit = page.getByRole('form', { name: /^Edit “Peer mentors/ });
  await edit.getByLabel('First step').fill('Book a joint session');
  await edit.getByRole('button', { name: 'Save action' }).click();
  await expect(plan.getByRole('listitem').nth(1)).toContainText('Book a joint session');
  await page.getByRole('button', { name: 'Delete Peer mentors: Train mentors together' }).click();
  await expect(plan.getByRole('listitem')).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(plan.locator('.action-what')).toHaveText([
    'Co-write the next access plan with the SU',
    'Peer mentors: Train mentors together',
    /^Strengthen engagement through official governance/,
  ]);

  await page.getByLabel(/Plan complete/).check();
  await expect(page.getByLabel(/Plan complete/)).toBeChecked();

  // Table 2 gets one action by hand.
  await chooseUnit(page, 'Table 2');
  await page.getByRole('button', { name: 'Add an action' }).click();
  await blank.getByLabel('Action', { exact: true }).fill('Invite the VP Education to the APP working group');
  await blank.getByLabel('Owner').fill('Access manager');
  await blank.getByRole('button', { name: 'Save action' }).click();
  await expect(page.getByRole('list', { name: 'Actions of Table 2' }).getByRole('listitem')).toHaveCount(1);
  await waitForSaved(page);

  await openTab(page, 'Progress');
  await expect(page.getByRole('list', { name: 'Totals' })).toContainText('0 of 3 units have a map');
  await expect(page.getByRole('list', { name: 'Totals' })).toContainText('2 of 3 have actions');
  await expect(page.getByRole('list', { name: 'Totals' })).toContainText('1 of 3 plans complete');
  await expect(page.getByRole('list', { name: 'Totals' })).toContainText('4 actions in all');
  await page.getByLabel('Show only units that need help').check();
  await expect(page.getByRole('row', { name: /Table 3/ })).toContainText('no map entries, no channels, no actions');

  await reload(page);
  await openTab(page, 'Action plans');
  await chooseUnit(page, 'Table 1');
  await expect(page.getByLabel(/Plan complete/)).toBeChecked();
  await expect(plan.locator('.action-what')).toHaveText([
    'Co-write the next access plan with the SU',
    'Peer mentors: Train mentors together',
    /^Strengthen engagement through official governance/,
  ]);
  await expect(plan).toContainText('Book a joint session');
  await expect(plan).toContainText('VP Welfare');
});
