import { expect, test, type Page } from '@playwright/test';
import { startRunningSession } from './run-app';

/**
 * The app under its own Content-Security-Policy (the web server sends the Electron app's) trips no
 * violation anywhere: not while loading, not when zod parses (its `new Function` probe would, unless
 * zod runs jitless), not in the projector window. Violations are collected from the first script on.
 */
async function recordViolations(target: Pick<Page, 'addInitScript'>) {
  await target.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the console and the projector run without a single CSP violation (zod runs jitless)', async ({ page, context }) => {
  // On the context, so the projector window records from its first script too.
  await recordViolations(context);
  await startRunningSession(page, { delegates: ['Ana Silva,Student officer,North College'] });
  expect(await violations(page)).toEqual([]);

  const projectorOpened = context.waitForEvent('page');
  await page.getByRole('button', { name: 'Open projector view' }).click();
  const projector = await projectorOpened;
  await expect(projector.locator('#slide-title')).toBeVisible();
  expect(await violations(projector)).toEqual([]);
  expect(await violations(page)).toEqual([]);
});

test('the policy is enforced: eval from page code is refused and reported', async ({ page }) => {
  await recordViolations(page);
  await page.goto('/');
  await expect(page.locator('html[data-ready="true"]')).toHaveCount(1);
  // page.evaluate itself is exempt from CSP (DevTools), so the page's own timer attempts the eval.
  const outcome = await page.evaluate(async () => {
    const reported = new Promise<void>((resolve) => document.addEventListener('securitypolicyviolation', () => resolve(), { once: true }));
    setTimeout('window.__evalRan = true', 0);
    await reported;
    return (window as unknown as { __evalRan?: boolean }).__evalRan === true;
  });
  expect(outcome).toBe(false);
  expect(await violations(page)).toEqual(['script-src eval']);
});
