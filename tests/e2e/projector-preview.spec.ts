import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { startRunningSession } from './run-app';

const phases: { title: string; facilitatorNotes: string }[] = JSON.parse(readFileSync(new URL('../../shared/templates/students-union.json', import.meta.url), 'utf8')).phases;

const SECRETS = ['Zed Secretname', 'Yara Hiddenname', 'zed.secret@example.ac.uk', 'yara.hidden@example.ac.uk', ...phases.map((p) => p.facilitatorNotes).filter((n) => n.length > 0)];

async function expectPreviewPrivate(page: Page) {
  const html = await page.locator('.projector-preview-panel').innerHTML();
  for (const secret of SECRETS) expect(html, `the preview must not contain "${secret.slice(0, 40)}"`).not.toContain(secret);
}

test('the console previews the slide on the projector and the next phase’s, from the projector’s own snapshot', async ({ page }) => {
  await startRunningSession(page, {
    title: 'Preview privacy',
    caseStudy: 'Northfield has three campuses and a large cohort on one-year courses.',
    delegates: ['Zed Secretname,Officer,North SU,zed.secret@example.ac.uk', 'Yara Hiddenname,Access lead,University,yara.hidden@example.ac.uk'],
  });
  const now = page.getByTestId('preview-now');
  const next = page.getByTestId('preview-next');
  // A labelled picture of the slide; nothing inside it is in the tab order or the accessibility tree.
  await expect(page.getByRole('img', { name: `Now on the projector (live): ${phases[0]!.title}` })).toBeVisible();
  await expect(page.getByRole('img', { name: `Next phase on the projector: ${phases[1]!.title}` })).toBeVisible();
  await expect(now.locator('.preview-screen')).toHaveAttribute('inert', '');
  await expect(now.locator('.preview-screen')).toHaveAttribute('aria-hidden', 'true');
  await expect(now.locator('.slide-title')).toHaveText(phases[0]!.title);
  await expect(now).toContainText('Aim 1: check what we know');

  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.preview-frame'))).toBe(false);
  }
  await page.locator('body').click({ position: { x: 1, y: 1 } });

  for (let i = 0; i < phases.length; i++) {
    await expect(page.locator('#phase-title')).toHaveText(phases[i]!.title);
    await expect(now.locator('.slide-title')).toHaveText(phases[i]!.title);
    await expect(now.locator('figcaption')).toHaveText(`Now (live): ${phases[i]!.title}`);
    if (i + 1 < phases.length) {
      await expect(next.locator('.slide-title')).toHaveText(phases[i + 1]!.title);
      await expect(next.locator('figcaption')).toHaveText(`Next: ${phases[i + 1]!.title}`);
    } else {
      await expect(next).toHaveCount(0);
      await expect(page.getByText('No next phase: this is the last one.')).toBeVisible();
    }
    // The console shows the notes, so their absence from the preview means something.
    if (phases[i]!.facilitatorNotes) await expect(page.getByText(phases[i]!.facilitatorNotes.slice(0, 40))).toBeVisible();
    await expectPreviewPrivate(page);
    if (i === 1) {
      await page.getByRole('button', { name: 'Reveal answer' }).click();
      await expect(now.locator('[data-testid="projector-reveal"]')).toContainText('No answers yet');
      await expectPreviewPrivate(page);
    }
    if (i + 1 < phases.length) await page.getByRole('button', { name: 'Next phase' }).click();
  }

  // Blanked and frozen as the room sees it.
  await page.keyboard.press('b');
  await expect(now.locator('figcaption')).toHaveText(`Now (blanked): ${phases.at(-1)!.title}`);
  await page.keyboard.press('b');
  await page.keyboard.press('f');
  await page.getByRole('button', { name: 'Previous phase' }).click();
  await expect(page.locator('#phase-title')).toHaveText(phases.at(-2)!.title);
  await expect(now.locator('figcaption')).toHaveText(`Now (frozen): ${phases.at(-1)!.title}`);
  await expect(next.locator('figcaption')).toHaveText(`Next: ${phases.at(-1)!.title}`);
});

test('after Finish the projector shows a closing slide with counts and no names', async ({ page, context }) => {
  const sessionId = await startRunningSession(page, {
    title: 'Closing slide',
    delegates: ['Zed Secretname,Officer,North SU,zed.secret@example.ac.uk', 'Yara Hiddenname,Access lead,University,yara.hidden@example.ac.uk'],
  });
  const projector = await context.newPage();
  await projector.goto(`/#/projector/${sessionId}`);
  await expect(projector.locator('#slide-title')).toHaveText(phases[0]!.title);
  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-state', 'closing');
  await expect(projector.locator('#slide-title')).toHaveText('Thank you');
  await expect(projector.getByText('2 delegates')).toBeVisible();
  await expect(projector.getByText('0 cards')).toBeVisible();
  await expect(projector.getByText('0 actions')).toBeVisible();
  const html = await projector.content();
  for (const secret of SECRETS) expect(html).not.toContain(secret);
  await expect(projector.locator('.slide-timer')).toHaveCount(0);
});
