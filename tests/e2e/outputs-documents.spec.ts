import { expect, test, type Page } from '@playwright/test';
import { actionText, keepFirstPage, manyActionsSpec, occurrences, openFixture, pdfEmbeddedFonts, pdfImageCount, pdfInfo, pdfText, printPdf, roadshowSpec } from './outputs-fixture';

/** PDF points; pdfinfo reports Chromium's page boxes to within a point of the paper size. */
const A4 = { width: 595.28, height: 841.89 };
const LETTER = { width: 612, height: 792 };

function expectPaper(info: { pageSizes: string[] }, paper: { width: number; height: number }) {
  expect(info.pageSizes.length).toBeGreaterThan(0);
  for (const size of info.pageSizes) {
    const [width, height] = size.split(' x ').map(Number);
    expect(Math.abs((width ?? 0) - paper.width)).toBeLessThan(1.5);
    expect(Math.abs((height ?? 0) - paper.height)).toBeLessThan(1.5);
  }
}

async function goToOutputs(page: Page) {
  await page.getByRole('link', { name: /^Outputs:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Outputs:/ })).toBeVisible();
}

test('worksheets: one set per table with names filled in, or blank sets, on A4', async ({ page }, testInfo) => {
  await openFixture(page, testInfo, roadshowSpec);
  await goToOutputs(page);

  await page.getByRole('link', { name: 'Preview worksheets' }).click();
  await expect(page).toHaveURL(/#\/print\/[0-9a-f-]+\/worksheets\?paper=a4$/);
  const perUnit = testInfo.outputPath('worksheets.pdf');
  await printPdf(page, perUnit);
  const text = pdfText(perUnit);
  for (const name of ['Table 1', 'Table 2', 'Table 3', 'Ana Silva', 'Ben Okafor', 'Chloé Martin', 'Dev Patel', 'Eve Zhang']) expect(text).toContain(name);
  // The template's own words: statements, map axes, strength labels, action field labels.
  for (const words of [
    "The university's governing body has a legal duty",
    'Official governance of the institution',
    'Unofficial engagement',
    'Progression',
    '0 None yet · 1 Informed · 2 Consulted · 3 Co-created',
    'Union role or group',
    'Who it reaches',
    'Why (gap, channel or discussion point)',
    'Involves students with lived experience',
    'How we will see success',
    // The template's scaffolding: case-study prompts, strength key with examples, worked action, commitment.
    'Case-study prompts',
    'Campuses: how many',
    'Strength levels: what each means, with an example',
    'The sabbatical officers receive the final access and participation plan for information.',
    'Small or private providers:',
    'Co-design the first-year transition workshops with commuter students',
    'Follow-up date',
  ]) {
    expect(text).toContain(words);
  }
  const info = pdfInfo(perUnit);
  expectPaper(info, A4);
  // Per-delegate quiz: a named quiz sheet per delegate (5), then case study, map, more entries, channels, worked example and plan per table (3 × 6).
  expect(info.pages).toBe(5 + 3 * 6);
  await keepFirstPage(testInfo, perUnit, 'worksheets-page-1');

  // Blank sets: no names, the chosen number of sets.
  await page.getByRole('link', { name: 'Back to outputs' }).click();
  await page.getByRole('radio', { name: 'Blank sets' }).check();
  await page.getByLabel('Number of blank sets').fill('2');
  await page.getByRole('link', { name: 'Preview worksheets' }).click();
  await expect(page).toHaveURL(/worksheets\?paper=a4&blank=2$/);
  const blank = testInfo.outputPath('worksheets-blank.pdf');
  await printPdf(page, blank);
  const blankText = pdfText(blank);
  expect(blankText).not.toContain('Ana Silva');
  expect(blankText).not.toContain('Table 1');
  expect(pdfInfo(blank).pages).toBe(2 * 7);
});

test('a delegate PDF holds the cover, the unit’s map, channels, plan and own quiz result', async ({ page }, testInfo) => {
  await openFixture(page, testInfo, roadshowSpec);
  await goToOutputs(page);
  await page.getByRole('link', { name: "Preview Ana Silva's document" }).click();
  await expect(page).toHaveURL(/#\/print\/[0-9a-f-]+\/delegate\/[0-9a-f-]+\?paper=a4$/);
  const pdf = testInfo.outputPath('ana-silva.pdf');
  await printPdf(page, pdf);
  const text = pdfText(pdf);

  for (const words of ['Spring Roadshow', 'North Campus', 'Main Hall', 'Ana Silva', 'Access officer, Outreach team', 'Table 1 (with Ben Okafor)']) expect(text).toContain(words);
  // Table 1's map entries, and the gaps in words.
  for (const entry of ['APP steering group', 'Student council motion', 'Careers fair stall', 'VP Education', 'Termly']) expect(text).toContain(entry);
  expect(text).toContain('Gap: no entries');
  expect(text).toContain('Gap: no entry at “Consulted” or above');
  // Another table's work is not in it.
  expect(text).not.toContain('Governing body away day');
  expect(text).not.toContain('Co-design the peer mentoring handbook');
  // Channels and the action plan with the template's labels.
  expect(text).toContain('Student ambassadors');
  expect(text).toContain('Promote the scheme at freshers');
  expect(text).toContain('Invite the VP Education to the APP steering group');
  expect(text).toContain('Pay student ambassadors for consultation time');
  expect(text).toContain('Gap: Official governance of the institution × Access');
  expect(text).toContain('Channel: Student ambassadors');
  for (const label of ['Owner / Union partner', 'First step', 'By when', 'Lifecycle stage / Priority', 'How we will see success']) expect(text).toContain(label);
  // Her own quiz answers, both rounds.
  expect(text).toContain('Your quiz answers');
  expect(text).toContain('Before: 1 of 6 right · After: 2 of 6 right');
  // Footer on every page: session title and page numbers.
  const info = pdfInfo(pdf);
  expectPaper(info, A4);
  expect(info.pages).toBeGreaterThanOrEqual(1);
  expect(occurrences(text, `Page 1 of ${info.pages}`)).toBe(1);
  expect(occurrences(text, 'Spring Roadshow · North Campus')).toBe(info.pages);
  expect(pdfImageCount(pdf)).toBe(0);
  await keepFirstPage(testInfo, pdf, 'delegate-page-1');
});

test('US Letter, when chosen, sizes every page of the session report', async ({ page }, testInfo) => {
  await openFixture(page, testInfo, roadshowSpec);
  await goToOutputs(page);
  await page.getByRole('radio', { name: 'US Letter' }).check();
  await page.getByRole('link', { name: 'Preview report' }).click();
  await expect(page).toHaveURL(/report\?paper=letter$/);
  const pdf = testInfo.outputPath('report-letter.pdf');
  await printPdf(page, pdf, 'letter');
  const info = pdfInfo(pdf);
  expectPaper(info, LETTER);
  expect(info.pages).toBeGreaterThan(1);

  // The setting is kept on this computer.
  await page.getByRole('link', { name: 'Back to outputs' }).click();
  await page.reload();
  await expect(page.getByRole('radio', { name: 'US Letter' })).toBeChecked();
});

test('the session report covers agenda, quiz, discussions, the room map, channels and every action', async ({ page }, testInfo) => {
  await openFixture(page, testInfo, roadshowSpec);
  await goToOutputs(page);
  await page.getByRole('link', { name: 'Preview report' }).click();
  const pdf = testInfo.outputPath('report.pdf');
  await printPdf(page, pdf);
  const text = pdfText(pdf);

  // Counts.
  for (const words of ['Delegates 5', 'Units 3', 'Map entries 5 from 3 units', 'Actions 4 from 3 units', 'Plans marked complete 1 of 3']) expect(text).toContain(words);
  // Agenda as run: planned against actual.
  expect(text).toContain("Activity 1: True or false? Students' unions 8 min 9 min 30 s +1 min 30 s");
  expect(text).toContain('Activity 2: Engagement map 10 min 12 min +2 min');
  // Quiz with before/after.
  expect(text).toContain('Before and after: share of answers right');
  expect(text).toContain('Before: 25% of answers right · After: 100% of answers right');
  // Discussion themes with cards and votes, most votes first.
  expect(text.indexOf('Recognition (1 card, 7 votes)')).toBeGreaterThan(-1);
  expect(text.indexOf('Recognition (1 card, 7 votes)')).toBeLessThan(text.indexOf('Continuity (2 cards, 6 votes)'));
  expect(text).toContain('Pay students for their time (7 votes, action candidate)');
  // The room map with gaps in words.
  expect(text).toContain('2 entries from 2 units mean 1.5');
  expect(text).toContain('GAP');
  // Channels ranked and every action, grouped by lifecycle stage.
  expect(text).toContain('Student ambassadors');
  expect(text).toContain('Peer mentors');
  for (const unit of roadshowSpec.units) for (const action of unit.actions ?? []) expect(occurrences(text, action.what)).toBe(1);
  const access = text.indexOf('Access (1 action)');
  const success = text.indexOf('Success (1 action)');
  const progression = text.indexOf('Progression (1 action)');
  const none = text.indexOf('Lifecycle stage not given (1 action)');
  expect(access).toBeGreaterThan(-1);
  expect(access).toBeLessThan(success);
  expect(success).toBeLessThan(progression);
  expect(progression).toBeLessThan(none);
  expect(text.indexOf('Start termly coffee mornings with outreach staff')).toBeGreaterThan(none);

  const info = pdfInfo(pdf);
  expectPaper(info, A4);
  expect(info.pages).toBeGreaterThan(1);
  // Hatching and heat patterns are vector: no raster image anywhere, each font embedded once.
  expect(pdfImageCount(pdf)).toBe(0);
  const fonts = pdfEmbeddedFonts(pdf);
  expect(fonts.length).toBeGreaterThan(0);
  expect(new Set(fonts).size).toBe(fonts.length);
  await keepFirstPage(testInfo, pdf, 'report-page-1');
});

test('a unit with 60 actions flows over several pages, every action exactly once', async ({ page }, testInfo) => {
  await openFixture(page, testInfo, manyActionsSpec(60));
  await goToOutputs(page);
  await page.getByRole('link', { name: "Preview Pat Long's document" }).click();
  const pdf = testInfo.outputPath('long-plan.pdf');
  await printPdf(page, pdf);
  const text = pdfText(pdf);
  const info = pdfInfo(pdf);
  expectPaper(info, A4);
  expect(info.pages).toBeGreaterThan(2);
  for (let i = 0; i < 60; i++) expect(occurrences(text, actionText(i)), actionText(i)).toBe(1);
  // The table header repeats on every page the plan flows onto.
  expect(occurrences(text, 'Owner / Union partner')).toBeGreaterThanOrEqual(info.pages - 1);
  await keepFirstPage(testInfo, pdf, 'long-plan-page-1');

  // The same actions in the report, once each.
  await page.goto(page.url().replace(/delegate\/[0-9a-f-]+/, 'report'));
  // Print routes load on demand and the delegate page stays (ready) until the report's code is in: wait for the report itself.
  await expect(page.getByRole('heading', { level: 2, name: 'Agenda as run' })).toBeVisible();
  const report = testInfo.outputPath('long-report.pdf');
  await printPdf(page, report);
  const reportText = pdfText(report);
  for (let i = 0; i < 60; i++) expect(occurrences(reportText, actionText(i)), actionText(i)).toBe(1);
});
