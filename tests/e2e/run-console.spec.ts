import { expect, test, type Locator } from '@playwright/test';
import { openApp, waitForSaved } from './app';
import { phaseHeading, startRunningSession } from './run-app';

/** "Over time by m:ss" at least `seconds`, and less than five minutes more (what a slow machine may add). */
async function expectOverBy(card: Locator, seconds: number): Promise<void> {
  await expect(card).toContainText(/Over time by \d+:\d\d/);
  const over = /Over time by (\d+):(\d\d)/.exec((await card.textContent()) ?? '');
  const total = Number(over?.[1]) * 60 + Number(over?.[2]);
  expect(total).toBeGreaterThanOrEqual(seconds);
  expect(total).toBeLessThan(seconds + 300);
}

test('timer: start, add a minute, pause, resume, reset; amber then red with words; schedule and slot end', async ({ page }) => {
  // A controlled clock: the app's own clock runs normally between jumps.
  await page.clock.install({ time: new Date(2027, 1, 10, 10, 5, 0) });
  await startRunningSession(page, { title: 'Timer run', startTime: '10:10' });
  const timer = page.getByRole('timer');
  const card = page.locator('.timer-card');

  await expect(page.getByTestId('slot-end')).toHaveText('11:10');
  await expect(timer).toHaveText(/3:00$/);
  await expect(card).toContainText('Not started');

  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(card).toContainText('Running');
  await page.getByRole('button', { name: 'Add a minute' }).click();
  await expect(card).toContainText('4:00 for this phase (1 min added)');
  await page.getByRole('button', { name: 'Pause timer' }).click();
  await expect(card).toContainText('Paused');
  const paused = await timer.textContent();
  await page.clock.fastForward(5000);
  await expect(timer).toHaveText(paused ?? '');
  await page.getByRole('button', { name: 'Resume timer' }).click();
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await expect(card).toContainText('Not started');
  await expect(timer).toHaveText(/3:00$/);

  // Amber in the last minute, red once over; the words say so too, and the overrun keeps counting.
  await page.getByRole('button', { name: 'Start timer' }).click();
  await waitForSaved(page);
  await page.clock.fastForward('02:30');
  await expect(timer).toHaveAttribute('data-tone', 'warning');
  await expect(card).toContainText('Last minute');
  await page.clock.fastForward('01:00');
  await expect(timer).toHaveAttribute('data-tone', 'overrun');
  // The clock jumped 30 s past the end; the real seconds the steps took come on top, so only bound them.
  await expectOverBy(card, 30);
  await expect(timer).toHaveText(/ -\d+:\d\d$/);
  await page.clock.fastForward('02:00');
  await expectOverBy(card, 150);
  await expect(page.getByTestId('schedule')).toHaveText('2 min behind');

  // Moving on records the time actually spent and ticks the phase.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
  const welcome = page.getByRole('button', { name: /^Welcome and aims, done/ });
  // Spent is wall-clock time while current: the 5 min 35 s the clock jumped plus the real seconds the steps took,
  // which depend on the machine's load, so only the lower bound is exact.
  await expect(welcome).toContainText(/3 min planned · \d+ min \d+ s spent/);
  const spent = /(\d+) min (\d+) s spent/.exec((await welcome.textContent()) ?? '');
  const seconds = Number(spent?.[1]) * 60 + Number(spent?.[2]);
  expect(seconds).toBeGreaterThanOrEqual(5 * 60 + 35);
  expect(seconds).toBeLessThan(5 * 60 + 35 + 300);
  await expect(page.getByRole('button', { name: /current phase/ })).toHaveAttribute('aria-current', 'step');
  await expect(card).toContainText('Running');
});

test('keyboard shortcuts, their help panel, and no shortcuts while typing in a field', async ({ page }) => {
  await startRunningSession(page, { title: 'Shortcut run' });
  await page.locator('body').click({ position: { x: 5, y: 400 } });

  await page.keyboard.press('?');
  const help = page.getByRole('region', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Space\s+Start or pause the timer/ })).toBeVisible();
  await expect(help.getByRole('row', { name: /B or \.\s+Blank or unblank the projector/ })).toBeVisible();

  await page.keyboard.press(' ');
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
  await page.keyboard.press('+');
  await expect(page.locator('.timer-card')).toContainText('(1 min added)');
  await page.keyboard.press('ArrowRight');
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
  await page.keyboard.press('r');
  await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(phaseHeading(page)).toHaveText(/^Discussion 1/);
  await page.keyboard.press('p');
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
  await page.keyboard.press('b');
  await expect(page.getByTestId('projector-state')).toContainText('blanked');
  await page.keyboard.press('.');
  await page.keyboard.press('f');
  await expect(page.getByTestId('projector-state')).toContainText('frozen');
  await page.keyboard.press('f');
  await expect(page.getByTestId('projector-state')).toContainText('live');

  // In a text field the same keys are just typing.
  await page.getByRole('button', { name: 'Add a walk-in' }).click();
  const name = page.getByLabel('Walk-in name');
  await name.click();
  await page.keyboard.type('Nb fp r?');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press(' ');
  await expect(name).toHaveValue('Nb fp r ?');
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
  await expect(page.getByTestId('projector-state')).toContainText('live');
  await expect(page.getByRole('button', { name: 'Hide answer' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause timer' })).toBeVisible();
});

test('walk-ins, finish, reopen to correct, and resume from the home screen', async ({ page }) => {
  await startRunningSession(page, { title: 'Finish run', delegates: ['Ana Khan', 'Ben Lee'] });
  await page.getByRole('button', { name: 'Add a walk-in' }).click();
  await page.getByLabel('Walk-in name').fill('Wanda Walkin');
  await page.getByLabel('Institution or department').fill('Late SU');
  await page.getByRole('button', { name: 'Add walk-in' }).click();
  await expect(page.getByRole('heading', { name: 'Walk-ins (1)' })).toBeVisible();
  await expect(page.getByLabel('Walk-in name')).toHaveValue('');
  await page.getByRole('button', { name: 'Add walk-in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Name is required' })).toBeVisible();

  await page.getByRole('button', { name: 'Start timer' }).click();
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);

  // From the home screen, a running session is resumed on the console.
  await page.getByRole('link', { name: 'Co-Create Studio' }).click();
  await page.getByRole('button', { name: 'Resume Finish run' }).click();
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);

  await page.getByRole('button', { name: 'Finish session' }).click();
  const dialog = page.getByRole('dialog', { name: 'Finish this session?' });
  await dialog.getByRole('button', { name: 'Finish session' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Finished: Finish run' })).toBeVisible();
  await expect(page.getByRole('row', { name: /Welcome and aims\s+3 min/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /Discussion 1.*not run/ })).toBeVisible();

  await page.getByRole('link', { name: 'Setup' }).click();
  await expect(page.getByRole('cell', { name: /Wanda Walkin\s*walk-in/ })).toBeVisible();
  await expect(page.getByText('status finished')).toBeVisible();
  await page.getByRole('button', { name: 'Open console' }).click();
  await page.getByRole('button', { name: 'Reopen session' }).click();
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
  await expect(page.locator('.timer-card')).toContainText('Not started');
  await waitForSaved(page);
  await openApp(page);
  await expect(page.getByRole('list', { name: 'Running sessions' }).getByText('Finish run')).toBeVisible();
});
