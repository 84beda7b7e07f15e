import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { pointsBesidesPrompt } from '../../shared/run/repeated-prompt';
import { openWorstCaseConsole, worstCaseTemplate } from './projector-room-fixture';
import { sessionIdOf } from './run-app';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/**
 * Everything in the projector that lies outside the window, or outside an ancestor that clips it
 * (so cut off without a trace). Text hidden on purpose for screen readers is left out.
 */
async function layoutProblems(projector: Page): Promise<string[]> {
  return projector.evaluate(() => {
    const problems: string[] = [];
    const path = (el: Element) => {
      const parts: string[] = [];
      for (let e: Element | null = el.parentElement; e && parts.length < 4; e = e.parentElement) parts.push(e.getAttribute('class') ?? e.tagName.toLowerCase());
      return parts.join(' < ');
    };
    const name = (el: Element) => `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 50)}" (in ${path(el)})`;
    const srOnly = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        if (e.classList.contains('sr-only') || getComputedStyle(e).clip.startsWith('rect')) return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if ((r.width === 0 && r.height === 0) || srOnly(el)) continue;
      if (r.left < -1 || r.top < -1 || r.right > window.innerWidth + 1 || r.bottom > window.innerHeight + 1) {
        problems.push(`${name(el)} lies outside the window (${Math.round(r.left)},${Math.round(r.top)})–(${Math.round(r.right)},${Math.round(r.bottom)})`);
        continue;
      }
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const style = getComputedStyle(a);
        if (style.overflowX === 'visible' && style.overflowY === 'visible' && !(a instanceof SVGSVGElement)) continue;
        const c = a.getBoundingClientRect();
        if (r.left < c.left - 1 || r.top < c.top - 1 || r.right > c.right + 1 || r.bottom > c.bottom + 1) {
          problems.push(`${name(el)} is cut off by ${name(a)}`);
          break;
        }
      }
    }
    return problems;
  });
}

/** Waits for the stage to be scaled to the window (its ResizeObserver reports after a resize). */
async function expectScaledTo(projector: Page, size: { width: number; height: number }) {
  const scale = Math.min(size.width / 1280, size.height / 720).toFixed(4);
  await expect(projector.locator('.pj-viewport')).toHaveAttribute('data-scale', scale);
}

interface ViewCheck {
  name: string;
  title: RegExp;
  /** data-projector-item kinds whose count across all pages must equal the data's. */
  expected?: Record<string, number>;
  /** Text that must be on the first page. */
  text?: string[];
}

/**
 * Checks one view at every size: fitted at 18 px type or more, nothing outside the window or cut
 * off, the same pages at every size (the stage is fixed), and across its pages every item of the
 * data shown exactly once. Pages are turned from the console with "]" and back with "[".
 */
async function checkView(console: Page, projector: Page, testInfo: TestInfo, view: ViewCheck) {
  const slide = projector.locator('.pj-slide');
  let pagesAtFirstSize: number | null = null;
  for (const size of SIZES) {
    await projector.setViewportSize(size);
    await expectScaledTo(projector, size);
    await expect(projector.locator('#slide-title')).toHaveText(view.title);
    // The view's own text first: the layout is measured before the frame that shows it.
    for (const text of view.text ?? []) await expect(projector.getByText(text, { exact: false }).first()).toBeVisible();
    await expect(slide).toHaveAttribute('data-fit-ready', 'true');
    await expect(slide).toHaveAttribute('data-page', '1');
    const pages = Number(await slide.getAttribute('data-pages'));
    pagesAtFirstSize ??= pages;
    expect(pages, `${view.name}: the same pages at every size`).toBe(pagesAtFirstSize);
    expect(Number(await slide.getAttribute('data-font-size')), `${view.name}: type at 18 px or more`).toBeGreaterThanOrEqual(18);
    expect(await slide.getAttribute('data-overflow')).toBeNull();

    const seen = new Map<string, string[]>();
    for (let page = 1; page <= pages; page++) {
      if (page > 1) {
        await console.keyboard.press(']');
        await expect(slide).toHaveAttribute('data-page', String(page));
        await expect(console.getByTestId('preview-page')).toHaveText(`Page ${page} of ${pages}`);
        await expect(projector.getByTestId('projector-page')).toHaveText(`Page ${page} of ${pages}`);
      }
      expect(await layoutProblems(projector), `${view.name} page ${page} at ${size.width}×${size.height}`).toEqual([]);
      for (const kind of Object.keys(view.expected ?? {})) {
        const texts = await projector.locator(`[data-projector-item="${kind}"]`).allTextContents();
        seen.set(kind, [...(seen.get(kind) ?? []), ...texts]);
      }
      if (size.width === 1280) await attachScreenshot(projector, testInfo, `${view.name}${pages > 1 ? ` page ${page} of ${pages}` : ''} (1280×720)`);
    }
    for (const [kind, count] of Object.entries(view.expected ?? {})) {
      const texts = seen.get(kind) ?? [];
      expect(texts.length, `${view.name}: every ${kind} shown once across the pages`).toBe(count);
      expect(new Set(texts).size).toBe(count);
    }
    // Back with the console's buttons (forward was with the keyboard).
    for (let page = pages; page > 1; page--) {
      await console.getByRole('button', { name: 'Previous page' }).click();
      await expect(slide).toHaveAttribute('data-page', String(page - 1));
    }
    if (pages > 1) await expect(console.getByRole('button', { name: 'Previous page' })).toBeDisabled();
  }
}

/** Kept as a file in the test's output folder too, so it can be looked at without the HTML report. */
async function attachScreenshot(projector: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.png`);
  await projector.screenshot({ path });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function nextPhase(console: Page, title: RegExp) {
  await console.getByRole('button', { name: 'Next phase' }).click();
  await expect(console.locator('#phase-title')).toHaveText(title);
}

test('every projector view fits 1280×720, 1366×768 and 1920×1080 with the largest room, paging what cannot fit', async ({ page, context }, testInfo) => {
  test.setTimeout(360_000);
  await openWorstCaseConsole(page, testInfo);
  const projector = await context.newPage();
  await projector.goto(`/#/projector/${sessionIdOf(page)}`);
  const phases = worstCaseTemplate().phases;
  const points = (id: string) => {
    const phase = phases.find((p) => p.id === id)!;
    return 'points' in phase ? pointsBesidesPrompt(phase.points, phase.audiencePrompt).length : 0;
  };

  await checkView(page, projector, testInfo, { name: 'Welcome', title: /^Welcome and aims$/, expected: { point: points('su-welcome') } });
  await nextPhase(page, /^Activity 1/);
  await checkView(page, projector, testInfo, { name: 'Quiz statement', title: /^Activity 1/, text: ['True, false or not sure?'] });
  await page.keyboard.press('r');
  await checkView(page, projector, testInfo, { name: 'Quiz reveal', title: /^Activity 1/, text: ['got it right'], expected: { chart: 1 } });
  await nextPhase(page, /^Discussion 1/);
  await checkView(page, projector, testInfo, { name: 'Discussion with case study and cards', title: /^Discussion 1/, expected: { card: 40 }, text: ['Case study'] });
  await nextPhase(page, /^Activity 2/);
  await checkView(page, projector, testInfo, { name: 'Room map 3×7', title: /^Activity 2/, text: ['Extra column 4'] });
  await nextPhase(page, /^Discussion 2/);
  await checkView(page, projector, testInfo, { name: 'Discussion with the map and cards', title: /^Discussion 2/, expected: { card: 40 } });
  await nextPhase(page, /^Activity 3/);
  await checkView(page, projector, testInfo, { name: 'Channels ranking', title: /^Activity 3/, expected: { channel: 40 } });
  await nextPhase(page, /^Discussion 3/);
  await checkView(page, projector, testInfo, { name: 'Discussion with channels and cards', title: /^Discussion 3/, expected: { card: 40, channel: 40 } });
  await nextPhase(page, /^Conclusion/);
  await checkView(page, projector, testInfo, { name: 'Action plan progress', title: /^Conclusion/, text: ['16 actions in all'] });
  await nextPhase(page, /^Close/);
  await checkView(page, projector, testInfo, { name: 'Close', title: /^Close/, expected: { point: points('su-close') } });

  await page.keyboard.press('b');
  for (const size of SIZES) {
    await projector.setViewportSize(size);
    await expect(projector.getByTestId('projector')).toHaveAttribute('data-state', 'blank');
    expect(await layoutProblems(projector)).toEqual([]);
  }
  await attachScreenshot(projector, testInfo, 'Blank (1280×720)');
  await page.keyboard.press('b');

  await page.getByRole('button', { name: 'Finish session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Finish session' }).click();
  await expect(projector.getByTestId('projector')).toHaveAttribute('data-state', 'closing');
  await checkView(page, projector, testInfo, { name: 'Closing slide', title: /^Thank you$/, text: ['40 delegates', '120 cards', '16 actions'] });
  const html = await projector.content();
  for (const secret of ['Secretname', 'secret@example', 'Private action', 'Private entry', 'Table 1']) expect(html).not.toContain(secret);
});
