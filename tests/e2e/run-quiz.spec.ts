import { expect, test, type Page } from '@playwright/test';
import { waitForSaved } from './app';
import { goToPhase, phaseHeading, startRunningSession } from './run-app';

/**
 * The first three statements the students' union template selects, with their answers (test
 * data: the console is checked against these, so a template change shows up here first).
 */
const STATEMENTS = [
  { starts: "The university's governing body has a legal duty", answer: true },
  { starts: 'Every student is automatically a member', answer: false },
  { starts: "Larger students' unions in England and Wales are charities", answer: true },
];

const pct = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;

async function enterTally(page: Page, t: number, f: number, u: number) {
  await page.getByLabel('True', { exact: true }).fill(String(t));
  await page.getByLabel('False', { exact: true }).fill(String(f));
  await page.getByLabel('Not sure', { exact: true }).fill(String(u));
  await page.getByLabel('Not sure', { exact: true }).press('Enter');
  await expect(page.getByText(`Total ${t + f + u}`)).toBeVisible();
  await waitForSaved(page);
}

function chartLabel(t: number, f: number, u: number, correct: boolean) {
  const total = t + f + u;
  return `${total} answers: True ${t} (${pct(t, total)})${correct ? ', correct' : ''}; False ${f} (${pct(f, total)})${correct ? '' : ', correct'}; Not sure ${u} (${pct(u, total)}).`;
}

test('room tally: counts, reveal with chart, and the summary', async ({ page }) => {
  await startRunningSession(page, { title: 'Tally quiz' });
  await goToPhase(page, /^Activity 1/);

  const tallies = [
    [12, 5, 3],
    [4, 10, 6],
    [0, 0, 20], // all "not sure": nobody is right
  ] as const;
  for (const [i, [t, f, u]] of tallies.entries()) {
    const statement = STATEMENTS[i]!;
    await expect(page.getByRole('heading', { name: `Statement ${i + 1} of 6` })).toBeVisible();
    await expect(page.getByTestId('console-statement')).toContainText(statement.starts);
    await enterTally(page, t, f, u);
    await page.getByRole('button', { name: 'Reveal answer' }).click();
    const correct = statement.answer ? t : f;
    const reveal = page.getByTestId('console-reveal');
    await expect(reveal).toContainText(`Answer: ${statement.answer ? 'True' : 'False'} · ${pct(correct, t + f + u)} got it right`);
    await expect(reveal.getByRole('img')).toHaveAttribute('aria-label', `Answers to statement ${i + 1}. ${chartLabel(t, f, u, statement.answer)}`);
    // The numbers are on the chart as text, not only in its label.
    await expect(reveal.getByTestId('answer-chart')).toContainText(`${t} (${pct(t, t + f + u)})`);
    if (i < tallies.length - 1) await page.getByRole('button', { name: 'Next statement' }).click();
  }

  await page.getByRole('button', { name: 'Show quiz summary' }).click();
  const summary = page.getByTestId('statement-summary');
  const rows = summary.locator('tbody tr');
  await expect(rows).toHaveCount(6);
  // Per statement: answers, correct, share correct.
  await expect(rows.nth(0).locator('td')).toHaveText(['1', 'True', '20', '12', '60%']);
  await expect(rows.nth(1).locator('td')).toHaveText(['2', 'False', '20', '10', '50%']);
  await expect(rows.nth(2).locator('td')).toHaveText(['3', 'True', '20', '0', '0%']);
  await expect(rows.nth(3).locator('td').nth(4)).toHaveText('—');
  // Overall: 22 right out of 60 answers.
  await expect(page.getByTestId('overall-share')).toHaveText(pct(22, 60));
  await expect(page.getByTestId('delegate-scores')).toHaveCount(0);

  // The tallies and the revealed state survive a reload.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Statement 3 of 6' })).toBeVisible();
  await expect(page.getByLabel('Not sure', { exact: true })).toHaveValue('20');
  await expect(page.getByTestId('console-reveal')).toBeVisible();
});

test('per delegate: clicks and T/F/N keys, reveal, summary with scores, and the hand-round shield', async ({ page }) => {
  await startRunningSession(page, {
    title: 'Per-delegate quiz',
    quizMode: 'per-delegate',
    delegates: ['Ana Khan', 'Ben Lee', 'Cy Ode', 'Dee Roy'],
  });
  await goToPhase(page, /^Activity 1/);
  await expect(page.getByTestId('answered-count')).toContainText('0 of 4 answered');

  // Statement 1 (true): two by click, two by key. N and F in the grid are answers, not shortcuts.
  await page.getByRole('button', { name: 'Ana Khan: True' }).click();
  await page.getByRole('button', { name: 'Ben Lee: False' }).click();
  await page.getByRole('button', { name: 'Cy Ode: True' }).focus();
  await page.keyboard.press('n');
  await expect(page.getByRole('button', { name: 'Dee Roy: True' })).toBeFocused();
  await page.keyboard.press('t');
  await expect(page.getByTestId('answered-count')).toContainText('4 of 4 answered');
  await expect(page.getByRole('button', { name: 'Cy Ode: Not sure' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Dee Roy: True' })).toHaveAttribute('aria-pressed', 'true');
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
  await expect(page.getByTestId('projector-state')).toContainText('live');

  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(page.getByTestId('console-reveal')).toContainText('50% got it right');
  await expect(page.getByTestId('console-reveal').getByRole('img')).toHaveAttribute('aria-label', `Answers to statement 1. ${chartLabel(2, 1, 1, true)}`);

  // Statement 2 (false): Ana changes her mind; Dee does not answer.
  await page.getByRole('button', { name: 'Next statement' }).click();
  await expect(page.getByTestId('console-statement')).toContainText(STATEMENTS[1]!.starts);
  await expect(page.getByTestId('answered-count')).toContainText('0 of 4 answered');
  await page.getByRole('button', { name: 'Ana Khan: False' }).click();
  await page.getByRole('button', { name: 'Ben Lee: False' }).click();
  await page.getByRole('button', { name: 'Cy Ode: True' }).click();
  await page.getByRole('button', { name: 'Ana Khan: Not sure' }).click();
  await expect(page.getByTestId('answered-count')).toContainText('3 of 4 answered');
  await page.keyboard.press('r');
  await expect(page.getByTestId('console-reveal')).toContainText('33% got it right');
  await expect(page.getByTestId('console-reveal').getByRole('img')).toHaveAttribute('aria-label', `Answers to statement 2. ${chartLabel(1, 1, 1, false)}`);
  await waitForSaved(page);

  await page.getByRole('button', { name: 'Show quiz summary' }).click();
  const rows = page.getByTestId('statement-summary').locator('tbody tr');
  await expect(rows.nth(0).locator('td')).toHaveText(['1', 'True', '4', '2', '50%']);
  await expect(rows.nth(1).locator('td')).toHaveText(['2', 'False', '3', '1', '33%']);
  await expect(page.getByTestId('overall-share')).toHaveText(pct(3, 7));
  const scores = page.getByTestId('delegate-scores').locator('tbody tr');
  await expect(scores).toHaveCount(4);
  await expect(scores.nth(0)).toHaveText(/Ana Khan\s*1 of 6\s*2/);
  await expect(scores.nth(1)).toHaveText(/Ben Lee\s*1 of 6\s*2/);
  await expect(scores.nth(2)).toHaveText(/Cy Ode\s*0 of 6\s*2/);
  await expect(scores.nth(3)).toHaveText(/Dee Roy\s*1 of 6\s*1/);

  // Statement 3 passed round a table: nobody sees an earlier answer.
  await page.getByRole('button', { name: 'Next statement' }).click();
  await page.getByRole('button', { name: 'Pass the laptop round' }).click();
  await expect(page.getByText('Pass the laptop to')).toBeVisible();
  await expect(page.getByText('Ana Khan', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'I am Ana Khan: show the statement' }).click();
  await page.keyboard.press('f');
  await expect(page.getByText('Ben Lee', { exact: true })).toBeVisible();
  // The shield hides the grid, the summary and every recorded answer.
  await expect(page.locator('[aria-pressed="true"]').filter({ hasText: /True|False|Not sure/ })).toHaveCount(0);
  await expect(page.getByTestId('delegate-scores')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /: False$/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'I am Ben Lee: show the statement' }).click();
  await page.getByRole('button', { name: /^True/ }).click();
  await page.getByRole('button', { name: 'Skip Cy Ode' }).click();
  await page.getByRole('button', { name: 'Stop passing round' }).click();
  await expect(page.getByRole('button', { name: 'Ana Khan: False' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Ben Lee: True' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByTestId('answered-count')).toContainText('2 of 4 answered');
  await expect(phaseHeading(page)).toHaveText(/^Activity 1/);
});

test('a hand round started while "Next statement" is being saved asks about the new statement', async ({ page }) => {
  await startRunningSession(page, { title: 'Shield and next', quizMode: 'per-delegate', delegates: ['Ana Khan', 'Ben Lee'] });
  await goToPhase(page, /^Activity 1/);
  await page.getByRole('button', { name: 'Ana Khan: True' }).click();
  await expect(page.getByTestId('answered-count')).toContainText('1 of 2 answered');
  await waitForSaved(page);
  // Another transaction holds the run state for a moment, so the statement changes only after the
  // round has started (as on a busy laptop, with a quick second click).
  await page.evaluate(
    () =>
      new Promise<void>((held) => {
        const open = indexedDB.open('co-create-studio');
        open.onsuccess = () => {
          const tx = open.result.transaction('runStates', 'readwrite');
          const store = tx.objectStore('runStates');
          const until = performance.now() + 1000;
          const keepBusy = () => {
            if (performance.now() < until) store.count().onsuccess = keepBusy;
          };
          keepBusy();
          tx.oncomplete = () => open.result.close();
          held();
        };
      }),
  );
  await page.getByRole('button', { name: 'Next statement' }).click();
  await page.getByRole('button', { name: 'Pass the laptop round' }).click();
  // On statement 1 only Ben had still to answer; statement 2 is new to both, Ana first.
  await expect(page.getByText('Ana Khan', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^Statement 2 of \d+: passing the laptop round/ })).toBeVisible();
  await expect(page.getByText('Delegate 1 of 2 still to answer')).toBeVisible();
});

test('the quiz again at the close compares before and after, and the room sees it', async ({ page, context }) => {
  const sessionId = await startRunningSession(page, { title: 'Repeat quiz', repeatQuiz: true });
  await goToPhase(page, /^Activity 1/);
  await enterTally(page, 5, 5, 0);
  await page.getByRole('button', { name: 'Next statement' }).click();
  await expect(page.getByRole('heading', { name: 'Statement 2 of 6' })).toBeVisible();
  await enterTally(page, 2, 6, 2);

  // Jump to the close from the agenda rail and run the statements again.
  await page.getByRole('button', { name: /^Close: commitments and follow-up/ }).click();
  await expect(phaseHeading(page)).toHaveText(/^Close/);
  const projector = await context.newPage();
  await projector.goto(`/#/projector/${sessionId}`);
  await expect(projector.locator('#slide-title')).toHaveText(/^Close/);
  await expect(projector.getByText(/Statement \d of 6/)).toHaveCount(0);

  await page.getByRole('button', { name: 'Start the repeat quiz' }).click();
  await expect(page.getByRole('heading', { name: 'Statement 1 of 6 · repeat at the close' })).toBeVisible();
  await expect(projector.getByText('Quiz again · Statement 1 of 6')).toBeVisible();
  await enterTally(page, 9, 1, 0);
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  await expect(projector.getByTestId('projector-reveal')).toContainText('90% got it right');
  await page.getByRole('button', { name: 'Next statement' }).click();
  await expect(page.getByRole('heading', { name: 'Statement 2 of 6 · repeat at the close' })).toBeVisible();
  await enterTally(page, 1, 8, 1);

  await page.getByRole('button', { name: 'Show quiz summary' }).click();
  const rows = page.getByTestId('statement-summary').locator('tbody tr');
  await expect(page.getByTestId('statement-summary').locator('thead')).toContainText('BeforeAfterChange');
  await expect(rows.nth(0).locator('td').nth(4)).toHaveText('50%');
  await expect(rows.nth(0).locator('td').nth(5)).toHaveText('90%');
  await expect(rows.nth(0).locator('td').nth(6)).toHaveText('+40 points');
  await expect(rows.nth(1).locator('td').nth(4)).toHaveText('60%');
  await expect(rows.nth(1).locator('td').nth(5)).toHaveText('80%');
  await expect(rows.nth(1).locator('td').nth(6)).toHaveText('+20 points');

  await page.getByRole('button', { name: 'End the repeat quiz' }).click();
  await expect(projector.getByText(/Statement \d of 6/)).toHaveCount(0);
  await expect(projector.locator('#slide-title')).toHaveText(/^Close/);
});
