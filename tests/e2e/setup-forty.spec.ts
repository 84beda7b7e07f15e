import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { createSession, openApp, waitForSaved } from './app';

const INSTITUTIONS = ['North University', 'North SU', 'South College', 'South SU', 'East Institute'];
/** 40 delegates pasted institution by institution, as a list from each partner usually arrives. */
const FORTY = Array.from({ length: 40 }, (_, i) => {
  const institution = INSTITUTIONS[Math.floor(i / 8)]!;
  return `Delegate ${String(i + 1).padStart(2, '0')},Access officer,${institution},d${i + 1}@example.ac.uk`;
});

/** Each delegate's table, read from the delegate list's own selects. */
async function seating(page: Page): Promise<{ name: string; institution: string; table: string }[]> {
  const rows = page.getByRole('table').filter({ has: page.getByText('Delegates in this session') }).locator('tbody tr');
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const cells = tr.querySelectorAll('td');
      const select = tr.querySelector('select');
      return { name: cells[0]?.textContent ?? '', institution: cells[2]?.textContent ?? '', table: select?.selectedOptions[0]?.textContent ?? '' };
    }),
  );
}

/** A new students' union session with the forty delegates pasted in. */
async function newSessionWithForty(page: Page) {
  await openApp(page);
  await createSession(page, /co-creation with students' unions/);
  await page.getByText('Paste a list of delegates').click();
  await page.getByLabel('Delegate list').fill(FORTY.join('\n'));
  await page.getByRole('button', { name: 'Check list' }).click();
  await page.getByRole('button', { name: 'Add 40 delegates' }).click();
  await expect(page.getByRole('heading', { name: 'Delegates (40)' })).toBeVisible();
}

test('40 delegates: one compact table, spread evenly across 6 tables with institutions mixed, or kept together', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await newSessionWithForty(page);

  await page.getByRole('radio', { name: /Anonymous numbered tables/ }).click();
  await expect(page.getByRole('radio', { name: /Anonymous numbered tables/ })).toBeChecked();
  await page.getByLabel('Number of tables').fill('6');
  await page.getByLabel('Number of tables').blur();
  await expect(page.getByLabel('Table for Delegate 01').locator('option')).toHaveCount(7);

  // Mixed: 7, 7, 7, 7, 6, 6 and every table has people from at least four of the five institutions.
  await expect(page.getByRole('checkbox', { name: /Mix institutions at each table/ })).toBeChecked();
  await page.getByRole('button', { name: 'Spread delegates evenly across tables' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Seated 40 delegates: table 1: 7, table 2: 7, table 3: 7, table 4: 7, table 5: 6, table 6: 6.' })).toBeVisible();
  await expect.poll(async () => (await seating(page)).filter((d) => d.table === 'Not assigned').length).toBe(0);
  const mixed = await seating(page);
  for (let t = 1; t <= 6; t++) {
    const here = mixed.filter((d) => d.table === `Table ${t}`);
    expect(here.length, `Table ${t}`).toBe(t <= 4 ? 7 : 6);
    expect(new Set(here.map((d) => d.institution)).size, `Table ${t}`).toBeGreaterThanOrEqual(4);
  }

  // Kept together: the list is cut into blocks, so the first seven sit at table 1.
  await page.getByRole('checkbox', { name: /Mix institutions at each table/ }).uncheck();
  await page.getByRole('button', { name: 'Spread delegates evenly across tables' }).click();
  await expect.poll(async () => (await seating(page)).slice(0, 7).every((d) => d.table === 'Table 1')).toBe(true);
  await expect(page.getByLabel('Table for Delegate 08')).toHaveValue(/.+/);
  await expect(page.getByLabel('Table for Delegate 08').locator('option:checked')).toHaveText('Table 2');

  // One row per delegate with its actions side by side: 40 rows take little more than one row each.
  const table = page.getByRole('table').filter({ has: page.getByText('Delegates in this session') });
  const box = (await table.boundingBox())!;
  expect(box.height).toBeLessThan(41 * 44);
  const edit = (await page.getByRole('button', { name: 'Edit Delegate 05' }).boundingBox())!;
  const remove = (await page.getByRole('button', { name: 'Remove Delegate 05' }).boundingBox())!;
  expect(Math.abs(edit.y - remove.y)).toBeLessThan(2);
  const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  // The whole setup page, delegates, units, quiz and agenda included (it was 7,800 px).
  expect(pageHeight).toBeLessThan(5000);

  // The row actions work: edit one delegate's role, remove another.
  await page.getByRole('button', { name: 'Edit Delegate 05' }).click();
  await table.getByLabel('Role', { exact: true }).fill('VP Education');
  await table.getByLabel('Role', { exact: true }).blur();
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(table.locator('tbody tr').nth(4)).toContainText('VP Education');
  await page.getByRole('button', { name: 'Remove Delegate 40' }).click();
  await page.getByRole('dialog', { name: 'Remove this delegate?' }).getByRole('button', { name: 'Remove delegate' }).click();
  await expect(page.getByRole('heading', { name: 'Delegates (39)' })).toBeVisible();
  await waitForSaved(page);

  const axe = await new AxeBuilder({ page }).include('section[aria-labelledby="delegates-title"]').include('section[aria-labelledby="units-title"]').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test('60 tables: each row shows its own table at once, the whole list is there before it opens, and the keyboard chooses', async ({ page }) => {
  await newSessionWithForty(page);
  await page.getByRole('radio', { name: /Anonymous numbered tables/ }).click();
  await page.getByLabel('Number of tables').fill('60');
  await page.getByLabel('Number of tables').blur();
  await page.getByRole('checkbox', { name: /Mix institutions at each table/ }).uncheck();
  await page.getByRole('button', { name: 'Spread delegates evenly across tables' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Seated 40 delegates/ })).toBeVisible();

  // Kept together, one per table: the 40th delegate sits at table 40, shown whether or not the row's list is filled yet.
  const last = page.getByLabel('Table for Delegate 40');
  await expect(last.locator('option:checked')).toHaveText('Table 40');
  // Every row's list is complete once the page has had a moment, without anyone touching it.
  await expect.poll(() => page.locator('.delegate-table select').evaluateAll((selects) => selects.map((s) => (s as HTMLSelectElement).options.length)), { timeout: 15_000 }).toEqual(Array(40).fill(61));

  // Reloaded, the lists start short again; focusing one fills it at once, in order, its table still chosen.
  await page.reload();
  const first = page.getByLabel('Table for Delegate 01');
  await first.focus();
  await expect(first.locator('option')).toHaveCount(61);
  await expect(first.locator('option').nth(0)).toHaveText('Not assigned');
  await expect(first.locator('option').nth(60)).toHaveText('Table 60');
  await expect(first.locator('option:checked')).toHaveText('Table 1');
  // The keyboard moves Delegate 01 to the next table, which is saved.
  await page.keyboard.press('ArrowDown');
  await waitForSaved(page);
  await page.reload();
  await expect(page.getByLabel('Table for Delegate 01').locator('option:checked')).toHaveText('Table 2');
});
