import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './app';
import { expectNoneOf, goToPhase, startRunningSession } from './run-app';
import { mapCell } from './work-helpers';

/** On the console (unit names are delegate names here), never on the projector. */
const PRIVATE = ['Zed Secretname', 'Yara Hiddenname', 'zed.secret@example.ac.uk', 'yara.hidden@example.ac.uk', 'Private map note', 'Private channel note', 'Senate'];

const expectNothingPrivate = (projector: Page) => expectNoneOf(projector, PRIVATE);

test('the live console records maps and channels, and the projector shows the room map and ranking without names, notes or emails', async ({ page }) => {
  await startRunningSession(page, {
    title: 'Work on the wall',
    delegates: ['Zed Secretname,Officer,North SU,zed.secret@example.ac.uk', 'Yara Hiddenname,Access lead,University,yara.hidden@example.ac.uk'],
  });
  await goToPhase(page, /Activity 2: Engagement map/);
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open projector view' }).click();
  const projector = await popupPromise;
  await expect(projector.locator('#slide-title')).toHaveText('Activity 2: Engagement map');

  // Each delegate is a unit of their own here: enter both maps in the console.
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Zed Secretname' });
  const what = page.getByRole('combobox', { name: 'What it is' });
  await page.getByLabel('Strength', { exact: true }).selectOption({ label: '3 · Co-created' });
  await what.fill('Governing body');
  await page.getByLabel('Note (optional)').fill('Private map note');
  await what.press('Enter');
  await expect(mapCell(page, 'col-inst-governance', 'row-access')).toContainText('Governing body');
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Yara Hiddenname' });
  await expect(page.getByRole('heading', { name: 'Map of Yara Hiddenname' })).toBeVisible();
  await page.getByLabel('Strength', { exact: true }).selectOption({ label: '1 · Informed' });
  await what.fill('Senate');
  await what.press('Enter');
  await expect(mapCell(page, 'col-inst-governance', 'row-access')).toContainText('Senate');
  await waitForSaved(page);

  const wallMap = projector.getByRole('region', { name: 'Our combined map' });
  await expect(wallMap).toBeVisible();
  await expect(wallMap.getByTestId('heat-col-inst-governance-row-access')).toContainText('2 entries mean 2.0');
  await expect(wallMap.getByTestId('heat-col-inst-governance-row-access')).not.toContainText('Gap');
  await expect(wallMap.getByTestId('heat-col-su-governance-row-access')).toContainText('Gap');
  await expect(wallMap.locator('.heat-cell.is-gap')).toHaveCount(8);
  await expect(wallMap).toContainText('2 entries from 2 units');
  await expectNothingPrivate(projector);

  // The console's room view lists who is behind a cell; the projector never does.
  await page.getByRole('tab', { name: 'Room view' }).click();
  await page.getByRole('button', { name: /Official governance of the institution × Access: 2 entries/ }).click();
  await expect(page.getByRole('region', { name: /Behind Official governance/ })).toContainText('Zed Secretname');

  // Discussion 2 keeps the map on the wall.
  await goToPhase(page, /Discussion 2/);
  await expect(projector.locator('#slide-title')).toHaveText(/Discussion 2/);
  await expect(projector.getByRole('region', { name: 'Our combined map' })).toBeVisible();
  await expectNothingPrivate(projector);

  await goToPhase(page, /Activity 3/);
  await expect(projector.getByRole('region', { name: 'Our combined map' })).toHaveCount(0);
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Zed Secretname' });
  await page.getByRole('button', { name: '+ Peer mentors' }).click();
  const mentors = page.getByRole('group', { name: 'Peer mentors' });
  await mentors.getByLabel('How the union could support or be involved').fill('Train mentors with the SU');
  await mentors.getByLabel('Note (optional)').fill('Private channel note');
  await mentors.getByLabel('Note (optional)').blur();
  await page.getByLabel('Unit', { exact: true }).selectOption({ label: 'Yara Hiddenname' });
  await page.getByRole('button', { name: '+ Peer mentors' }).click();
  await page.getByRole('button', { name: '+ Surveys' }).click();
  await waitForSaved(page);

  await expect(projector.getByRole('heading', { name: 'How we engage students directly' })).toBeVisible();
  const ranking = projector.locator('[data-projector-item="channel"]');
  await expect(ranking).toHaveCount(2);
  await expect(ranking.nth(0)).toContainText('Peer mentors');
  await expect(ranking.nth(0)).toContainText('2 units');
  await expect(ranking.nth(0)).toContainText('Train mentors with the SU');
  await expect(ranking.nth(1)).toContainText('Surveys');
  await expectNothingPrivate(projector);
});
