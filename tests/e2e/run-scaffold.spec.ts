import { expect, test } from '@playwright/test';
import { createSession, openApp } from './app';
import { goToPhase, startRunningSession } from './run-app';

test('setup lists what to cover under the case-study field', async ({ page }) => {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  const prompts = page.getByRole('note', { name: /What to cover in the case study/ });
  await expect(prompts.getByRole('listitem')).toHaveCount(5);
  await expect(prompts.getByRole('listitem').nth(1)).toContainText('Course lengths and patterns');
});

/**
 * The template's scaffolding on the console (ground rules, case-study prompts, one topic per
 * table, strength key, small-provider note, worked SMART action), and none of it on the projector.
 */
test('the console shows each phase its scaffolding, and the projector never shows it', async ({ page, context }) => {
  const sessionId = await startRunningSession(page, { title: 'Scaffolding' });
  const projector = await context.newPage();
  await projector.goto(`/#/projector/${sessionId}`);

  await goToPhase(page, /^Discussion 1/);
  const rules = page.getByRole('region', { name: 'Ground rules (read them out; not projected)' });
  await expect(rules.getByRole('listitem')).toHaveCount(6);
  await expect(rules).toContainText('Nobody is asked to speak for an ethnic group');
  const prompts = page.getByRole('region', { name: 'Case-study prompts' });
  await expect(prompts).toContainText('The case study is blank in Setup');
  await expect(prompts.getByRole('listitem').first()).toContainText('Campuses: how many');
  const perTable = page.getByRole('region', { name: 'One topic per table (suggested)' });
  await expect(perTable.getByRole('listitem')).toHaveText(['Table 1: Union structures', 'Table 2: Working with the university across the student lifecycle', 'Table 3: Working with students who are already engaged', 'Table 4: Encouraging wider student engagement']);
  await expect(projector.locator('#slide-title')).toHaveText(/^Discussion 1/);
  await expect(projector.getByText('Each table takes one topic.', { exact: false })).toBeVisible();
  await expect(projector.getByText('Nobody is asked to speak for an ethnic group', { exact: false })).toHaveCount(0);
  await expect(projector.getByText('Campuses: how many', { exact: false })).toHaveCount(0);

  await goToPhase(page, /^Activity 2/);
  const key = page.getByRole('table', { name: 'What each strength level means' });
  await expect(key.getByRole('row')).toHaveCount(5);
  await expect(key.getByRole('row', { name: /1 Informed/ })).toContainText('The sabbatical officers receive the final access and participation plan for information.');
  await expect(page.getByRole('region', { name: 'Strength levels and examples' })).toContainText('Small or private providers: At a small or private provider');
  await expect(projector.locator('#slide-title')).toHaveText(/^Activity 2/);
  await expect(projector.getByText('The sabbatical officers receive the final', { exact: false })).toHaveCount(0);

  await goToPhase(page, /^Conclusion/);
  const example = page.getByRole('region', { name: 'Worked example of a SMART action' });
  await expect(example).toContainText('OwnerHead of Widening Participation');
  await expect(example).toContainText('Union partnerVP Education');
  await expect(projector.locator('#slide-title')).toHaveText(/^Conclusion/);
  await expect(projector.getByText('Head of Widening Participation', { exact: false })).toHaveCount(0);

  await goToPhase(page, /^Close/);
  await expect(projector.locator('#slide-title')).toHaveText('Close: commitments and follow-up');
  await expect(projector.getByText(/Follow-up: agree a date/)).toBeVisible();
});
