import { expect, test } from '@playwright/test';
import { createSession, fillAndLeave, openApp, waitForSaved } from './app';

const TEMPLATES = [
  { title: /co-creation with students' unions/, statements: 13, quizMinutes: 8 },
  { title: /student–staff partnership network/, statements: 9, quizMinutes: 7 },
];

for (const template of TEMPLATES) {
  test(`creates a session from "${template.title.source}", fills setup, pastes delegates and keeps it all after a reload`, async ({ page }) => {
    await openApp(page);
    await createSession(page, template.title);

    await fillAndLeave(page, 'Session title', 'Roadshow: North campus');
    await fillAndLeave(page, 'Campus', 'North');
    await fillAndLeave(page, 'Venue', 'Library seminar room 2');
    await fillAndLeave(page, 'Date', '2027-02-10');
    await fillAndLeave(page, 'Start time', '10:10');
    await fillAndLeave(page, 'Facilitators', 'Sam Patel\nRuth Okafor');
    await fillAndLeave(page, /^Case study/, 'Three campuses; a large cohort on one-year foundation courses.');

    await page.getByText('Paste a list of delegates').click();
    await page.getByLabel('Delegate list').fill(
      ['Amina Khan,VP Education,North SU,amina@example.ac.uk', '', '"Lee, Ben",Access officer,University of North', 'Chloe Ode'].join('\n'),
    );
    await page.getByRole('button', { name: 'Check list' }).click();
    await expect(page.getByRole('status').filter({ hasText: '3 delegates ready to add.' })).toBeVisible();
    await page.getByRole('button', { name: 'Add 3 delegates' }).click();

    // The session's own agenda copy: change the quiz minutes and see the total against the slot.
    const quizPhase = page.locator('.agenda-phase').nth(1);
    await quizPhase.locator('summary').click();
    const minutes = quizPhase.getByLabel(/^Minutes for/);
    await minutes.fill('10');
    await minutes.blur();
    const over = 10 - template.quizMinutes;
    await expect(page.getByText(`Total ${60 + over} of 60 minutes — ${over} min over the slot`)).toBeVisible();
    await expect(quizPhase.getByRole('checkbox')).toHaveCount(template.statements);
    await waitForSaved(page);

    await page.reload();
    await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
    await expect(page.getByLabel('Session title', { exact: true })).toHaveValue('Roadshow: North campus');
    await expect(page.getByLabel('Campus', { exact: true })).toHaveValue('North');
    await expect(page.getByLabel('Venue', { exact: true })).toHaveValue('Library seminar room 2');
    await expect(page.getByLabel('Date', { exact: true })).toHaveValue('2027-02-10');
    await expect(page.getByLabel('Start time', { exact: true })).toHaveValue('10:10');
    await expect(page.getByLabel('Facilitators', { exact: true })).toHaveValue('Sam Patel\nRuth Okafor');
    await expect(page.getByLabel(/^Case study/)).toHaveValue(/Three campuses/);
    const rows = page.getByRole('table').filter({ has: page.getByText('Delegates in this session') }).locator('tbody tr');
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1)).toContainText('Lee, Ben');
    await expect(rows.nth(0)).toContainText('amina@example.ac.uk');
    await expect(page.getByText(`Total ${60 + over} of 60 minutes`, { exact: false })).toBeVisible();

    await page.getByRole('link', { name: 'Sessions' }).click();
    await expect(page.getByRole('list', { name: 'Drafts sessions' }).getByText('Roadshow: North campus')).toBeVisible();
  });
}

test('a malformed pasted line is reported with its line number and nothing is saved', async ({ page }) => {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  await page.getByText('Paste a list of delegates').click();
  await page.getByLabel('Delegate list').fill(['Good Person,Role,SU', `${'x'.repeat(130)},Role,SU`, 'Dee,Role,SU,not-an-email'].join('\n'));
  await page.getByRole('button', { name: 'Check list' }).click();
  const problems = page.getByRole('list', { name: 'Lines to fix' });
  await expect(problems.getByRole('listitem')).toHaveCount(2);
  await expect(problems).toContainText('Line 2: Name must be at most 120 characters');
  await expect(problems).toContainText('Line 3: Email is not a valid address');
  await expect(page.getByRole('button', { name: /^Add \d+ delegates$/ })).toHaveCount(0);
  await page.reload();
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
  await expect(page.getByRole('heading', { name: /Delegates \(0\)/ })).toBeVisible();
  await expect(page.getByText('No delegates yet.')).toBeVisible();
});

test('an invalid field shows a message next to it and is not saved', async ({ page }) => {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  const title = page.getByLabel('Session title', { exact: true });
  await title.fill('   ');
  await title.blur();
  await expect(page.getByRole('alert').filter({ hasText: 'Title is required' })).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await page.reload();
  await expect(page.getByLabel('Session title', { exact: true })).toHaveValue("Co-creation with students' unions");
});

test('keyboard only: create a session, name it and add a delegate', async ({ page }) => {
  await openApp(page);
  // Tab to the first "Create session" button without touching the mouse. Other tests' backups on the shared test
  // server may put a restore offer (a button per session) first, so the number of stops varies.
  const create = page.getByRole('button', { name: /create session from co-creation/i });
  for (let i = 0; i < 200 && !(await create.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(create).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /set up:/i })).toBeVisible();

  const title = page.getByLabel('Session title', { exact: true });
  for (let i = 0; i < 10 && !(await title.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(title).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Keyboard session');
  await page.keyboard.press('Tab');
  await page.keyboard.type('West');

  const name = page.getByLabel('Name', { exact: true });
  for (let i = 0; i < 20 && !(await name.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(name).toBeFocused();
  await page.keyboard.type('Kai Jones');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('cell', { name: 'Kai Jones', exact: true })).toBeVisible();
  await expect(name).toBeFocused();
  await waitForSaved(page);

  await page.reload();
  await expect(page.getByLabel('Session title', { exact: true })).toHaveValue('Keyboard session');
  await expect(page.getByLabel('Campus', { exact: true })).toHaveValue('West');
  await expect(page.getByRole('cell', { name: 'Kai Jones', exact: true })).toBeVisible();
});

test('duplicate for the next campus keeps title, facilitators and agenda, and clears campus, venue, date and delegates', async ({ page }) => {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  await fillAndLeave(page, 'Session title', 'SU roadshow');
  await fillAndLeave(page, 'Campus', 'North');
  await fillAndLeave(page, 'Venue', 'Hall A');
  await fillAndLeave(page, 'Date', '2027-03-01');
  await fillAndLeave(page, 'Facilitators', 'Sam Patel');
  await page.getByLabel('Name', { exact: true }).fill('Amina Khan');
  await page.getByRole('button', { name: 'Add delegate' }).click();
  await expect(page.getByRole('cell', { name: 'Amina Khan', exact: true })).toBeVisible();
  const intro = page.locator('.agenda-phase').first();
  await intro.locator('summary').click();
  await intro.getByLabel(/^Minutes for/).fill('5');
  await intro.getByLabel(/^Minutes for/).blur();
  await waitForSaved(page);

  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Duplicate SU roadshow, North' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Set up: SU roadshow' })).toBeVisible();
  await expect(page.getByLabel('Campus', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Venue', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Date', { exact: true })).toHaveValue('');
  await expect(page.getByLabel('Facilitators', { exact: true })).toHaveValue('Sam Patel');
  await expect(page.getByText('No delegates yet.')).toBeVisible();
  await expect(page.getByText(/Total 62 of 60 minutes/)).toBeVisible();

  await page.getByRole('link', { name: 'Sessions' }).click();
  await expect(page.getByRole('list', { name: 'Drafts sessions' }).getByRole('listitem')).toHaveCount(2);
});

test('delete asks for confirmation first', async ({ page }) => {
  await openApp(page);
  await createSession(page, /student–staff partnership network/);
  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: /^Delete Student–staff partnership network/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this session?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('list', { name: 'Drafts sessions' }).getByRole('listitem')).toHaveCount(1);
  await page.getByRole('button', { name: /^Delete Student–staff partnership network/ }).click();
  await dialog.getByRole('button', { name: 'Delete session' }).click();
  await expect(page.getByText('No drafts.')).toBeVisible();
});

test('units: named groups and numbered tables', async ({ page }) => {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  await page.getByText('Paste a list of delegates').click();
  await page.getByLabel('Delegate list').fill('Ana\nBen\nCy');
  await page.getByRole('button', { name: 'Check list' }).click();
  await page.getByRole('button', { name: 'Add 3 delegates' }).click();
  // The choice is saved first and then shown, so click and wait rather than check().
  await page.getByRole('radio', { name: /Named groups/ }).click();
  await expect(page.getByRole('radio', { name: /Named groups/ })).toBeChecked();
  await page.getByLabel('Group name').fill('North access team');
  await page.getByRole('button', { name: 'Add group' }).click();
  await page.getByLabel('Group for Ben').selectOption({ label: 'North access team' });
  await page.getByRole('radio', { name: /Anonymous numbered tables/ }).click();
  await expect(page.getByRole('radio', { name: /Anonymous numbered tables/ })).toBeChecked();
  await page.getByLabel('Number of tables').fill('4');
  await page.getByLabel('Number of tables').blur();
  await page.getByLabel('Table for Cy').selectOption({ label: 'Table 3' });
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByRole('radio', { name: /Anonymous numbered tables/ })).toBeChecked();
  await expect(page.getByLabel('Number of tables')).toHaveValue('4');
  await expect(page.getByLabel('Table for Cy')).toHaveValue(/.+/);
  await expect(page.getByLabel('Table for Cy').locator('option:checked')).toHaveText('Table 3');
});
