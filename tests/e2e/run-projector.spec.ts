import { expect, test, type Page } from '@playwright/test';
import { expectNoneOf, goToPhase, phaseHeading, startRunningSession } from './run-app';

/** Strings that may appear on the console but never on the projector. */
const SECRETS = [
  'Zed Secretname',
  'Yara Hiddenname',
  'zed.secret@example.ac.uk',
  'yara.hidden@example.ac.uk',
  // Facilitator notes of the template's first three phases.
  'Keep this to three minutes',
  'About one minute per statement',
  'Two minutes to introduce the case study',
];

const expectNothingPrivate = (projector: Page) => expectNoneOf(projector, SECRETS);

const slideTitle = (projector: Page) => projector.locator('#slide-title');

test('the projector follows the console and never shows notes, emails, answers by name or attributions', async ({ page }) => {
  await startRunningSession(page, {
    title: 'Projector privacy',
    quizMode: 'per-delegate',
    caseStudy: 'Northfield has three campuses and a large cohort on one-year courses.',
    delegates: ['Zed Secretname,Officer,North SU,zed.secret@example.ac.uk', 'Yara Hiddenname,Access lead,University,yara.hidden@example.ac.uk'],
  });
  // The console shows the notes (so their absence on the projector means something).
  await expect(page.getByText('Keep this to three minutes')).toBeVisible();

  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open projector view' }).click();
  const projector = await popupPromise;
  await expect(projector.locator('html[data-ready="true"]')).toHaveCount(1);
  await expect(projector).toHaveURL(/#\/projector\/[0-9a-f-]{36}$/);
  await expect(projector.getByRole('banner')).toHaveCount(0);
  await expect(slideTitle(projector)).toHaveText('Welcome and aims');
  await expect(projector.getByText('Aim 1: check what we know')).toBeVisible();
  await expectNothingPrivate(projector);

  // Timer and phase follow the console.
  await page.getByRole('button', { name: 'Start timer' }).click();
  await expect(projector.locator('.slide-timer')).toHaveAttribute('data-status', 'running');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(slideTitle(projector)).toHaveText(/^Activity 1/);
  await expect(projector.getByText("The university's governing body has a legal duty")).toBeVisible();
  await expect(projector.getByText('True, false or not sure?')).toBeVisible();

  await page.getByRole('button', { name: 'Zed Secretname: True' }).click();
  await page.getByRole('button', { name: 'Yara Hiddenname: False' }).click();
  await expect(page.getByTestId('answered-count')).toContainText('2 of 2 answered');
  await expect(projector.getByTestId('projector-reveal')).toHaveCount(0);
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  const reveal = projector.getByTestId('projector-reveal');
  await expect(reveal).toContainText('50% got it right');
  await expect(reveal).toContainText('The Education Act 1994 places this duty');
  await expect(reveal.getByRole('img')).toHaveAttribute('aria-label', /2 answers: True 1 \(50%\), correct; False 1 \(50%\); Not sure 0 \(0%\)/);
  await page.getByRole('button', { name: 'Show quiz summary' }).click();
  await expect(page.getByTestId('delegate-scores')).toContainText('Zed Secretname');
  await expectNothingPrivate(projector);

  // Discussion 1: the case study and the cards, without who said them.
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(slideTitle(projector)).toHaveText(/^Discussion 1/);
  await expect(projector.getByText('Northfield has three campuses')).toBeVisible();
  await page.getByLabel('Said by (console only)').selectOption({ label: 'Zed Secretname' });
  await page.getByLabel('New card').fill('Officers change every year, so we start again');
  await page.getByLabel('New card').press('Enter');
  await expect(page.getByTestId('card').first()).toContainText('Said by Zed Secretname');
  await expect(projector.getByText('Officers change every year, so we start again')).toBeVisible();
  await expectNothingPrivate(projector);

  // Blank with the B key, from the console; the room sees black.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('b');
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-state', 'blank');
  await expect(projector.getByText('Officers change every year')).toHaveCount(0);
  await page.getByRole('button', { name: 'Blank projector' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-state', 'live');

  // Freeze: the room keeps the discussion while the console moves on.
  await page.getByRole('button', { name: 'Freeze projector' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-state', 'frozen');
  await page.getByRole('button', { name: 'Next phase' }).click();
  await expect(phaseHeading(page)).toHaveText(/^Activity 2/);
  await expect(slideTitle(projector)).toHaveText(/^Discussion 1/);
  await page.getByRole('button', { name: 'Freeze projector' }).click();
  await expect(slideTitle(projector)).toHaveText(/^Activity 2/);

  // Theme: light on request.
  await page.getByLabel('Projector theme').selectOption('light');
  await expect(projector.getByTestId('projector')).toHaveClass(/theme-light/);
  await expectNothingPrivate(projector);
});

test('a projector opened later in another page catches up with the running session', async ({ page, context }) => {
  const sessionId = await startRunningSession(page, { title: 'Late projector' });
  await goToPhase(page, /^Activity 1/);
  await page.getByRole('button', { name: 'Reveal answer' }).click();
  const projector = await context.newPage();
  await projector.goto(`/#/projector/${sessionId}`);
  await expect(slideTitle(projector)).toHaveText(/^Activity 1/);
  await expect(projector.getByTestId('projector-reveal')).toContainText('No answers yet');
  await page.getByRole('button', { name: 'Previous phase' }).click();
  await expect(slideTitle(projector)).toHaveText('Welcome and aims');
});
