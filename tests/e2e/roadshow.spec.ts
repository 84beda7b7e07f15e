import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readArchiveFile } from '../../shared/archive';
import { buildSessionFixtureV1 } from '../../shared/test-support/session-fixture';
import { EAST, NORTH, SOUTH } from '../../shared/test-support/roadshow-fixture';
import { openApp } from './app';
import { openFixture, pdfInfo, pdfText, printPdf, studentsUnionTemplate } from './outputs-fixture';

const statement = (id: string) => studentsUnionTemplate.phases.flatMap((p) => (p.kind === 'quiz' ? p.statements : [])).find((s) => s.id === id)!.text;

async function openArchiveFile(page: Page, file: string) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open archive…' }).click();
  await (await choosing).setFiles(file);
}

/** The comparison on screen, number for number as the fixtures give it (shared/roadshow/compare.test.ts has the same). */
async function expectComparison(page: Page) {
  const people = page.getByRole('table', { name: 'Delegates and units per campus' });
  await expect(people.getByRole('row', { name: /^Delegates/ })).toHaveText(/Delegates\s*4\s*2\s*1/);
  await expect(people.getByRole('link', { name: 'East campus' })).toHaveAttribute('href', /#\/sessions\/.+\/outputs/);

  const quiz = page.getByRole('table', { name: /Share correct per statement and campus/ });
  const governing = quiz.getByRole('row', { name: new RegExp(`^${statement('su-q-governing-body').slice(0, 30).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) });
  await expect(governing.getByRole('cell').nth(0)).toHaveText('50% of 4 answersAfter: 100% (+50 points)');
  await expect(governing.getByRole('cell').nth(1)).toHaveText('60% of 10 answers');
  await expect(governing.getByRole('cell').nth(2)).toHaveText('No data');
  await expect(governing.getByRole('cell').nth(3)).toHaveText('57%After: 100%');
  await expect(page.getByRole('list', { name: 'Statements where campuses differ most' }).getByRole('listitem')).toHaveText([
    `${statement('su-q-opt-out')}: 75% at North campus to 90% at South campus`,
    `${statement('su-q-governing-body')}: 50% at North campus to 60% at South campus`,
  ]);

  await expect(page.getByRole('list', { name: 'Gaps shared by most campuses' }).getByRole('listitem')).toHaveCount(7);
  await expect(page.getByRole('list', { name: 'Where one campus differs from the rest' }).getByRole('listitem')).toHaveCount(3);

  const channels = page.getByRole('table', { name: /Channels ranked/ });
  await expect(channels.getByRole('row').nth(1)).toHaveText('Instagram34North campus (2), South campus (1), East campus (1)');
  await expect(channels.getByRole('row').nth(2)).toHaveText('Course representatives22North campus (1), South campus (1)');

  const actions = page.getByRole('table', { name: /Actions by lifecycle stage/ });
  await expect(actions.getByRole('row', { name: /^All actions/ })).toHaveText('All actions3No data14');
  await expect(page.getByRole('list', { name: 'Themes at North campus' }).getByRole('listitem')).toHaveText([
    'Voting: 1 card, 5 votes',
    'Representation: 1 card, 3 votes',
    'Not in a theme: 1 card',
  ]);
}

test('three campuses, one brought from another laptop by archive, grouped as a roadshow and compared', async ({ page, browser }, testInfo) => {
  // East is recorded on another laptop (a fresh profile) and saved as an archive there.
  const other = await browser.newContext();
  const laptop2 = await other.newPage();
  await openFixture(laptop2, testInfo, EAST);
  await laptop2.getByRole('link', { name: 'Sessions' }).click();
  const downloading = laptop2.waitForEvent('download');
  await laptop2.getByRole('button', { name: 'Save archive of Union roadshow, East campus' }).click();
  const eastFile = testInfo.outputPath('east.cocreate');
  await (await downloading).saveAs(eastFile);
  await other.close();

  await openFixture(page, testInfo, NORTH);
  const southFile = testInfo.outputPath('south.cocreate');
  writeFileSync(southFile, JSON.stringify(buildSessionFixtureV1(SOUTH, studentsUnionTemplate)));
  await page.getByRole('link', { name: 'Sessions' }).click();
  await openArchiveFile(page, southFile);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up: Union roadshow' })).toBeVisible();
  await page.getByRole('link', { name: 'Sessions' }).click();
  await openArchiveFile(page, eastFile);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up: Union roadshow' })).toBeVisible();
  await page.getByRole('link', { name: 'Sessions' }).click();

  // A session of another template cannot join, and the message says why.
  await page.getByRole('button', { name: /create session from student.staff partnership/i }).click();
  await page.getByRole('link', { name: 'Sessions' }).click();
  const form = page.getByRole('form', { name: 'New roadshow' });
  await form.getByLabel('Roadshow name').fill('Autumn union roadshow');
  for (const campus of ['North campus', 'South campus', 'East campus']) await form.getByRole('checkbox', { name: new RegExp(`^${campus}`) }).check();
  await form.getByRole('checkbox', { name: /^Student.staff partnership/i }).check();
  await form.getByRole('button', { name: 'Create roadshow' }).click();
  await expect(form.getByRole('alert')).toContainText('only sessions of the same template can join');
  await form.getByRole('checkbox', { name: /^Student.staff partnership/i }).uncheck();
  await form.getByRole('button', { name: 'Create roadshow' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Created the roadshow "Autumn union roadshow" with 3 sessions.' })).toBeVisible();

  await page.getByRole('link', { name: 'Compare Autumn union roadshow' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Autumn union roadshow: campuses compared' })).toBeVisible();

  await expectComparison(page);
  const people = page.getByRole('table', { name: 'Delegates and units per campus' });

  // Export anonymised for the roadshow: one archive (entries stored uncompressed, so the whole file
  // can be searched) holding every session and none of the delegates' names or emails.
  const anonymising = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export anonymised' }).click();
  const anonymisedFile = testInfo.outputPath('roadshow-anonymised.cocreate');
  await (await anonymising).saveAs(anonymisedFile);
  await expect(page.getByRole('status').filter({ hasText: 'Saved the anonymised roadshow archive with 3 sessions.' })).toBeVisible();
  const whole = readFileSync(anonymisedFile, 'utf8');
  expect(whole).toContain('Delegate 4');
  for (const spec of [NORTH, SOUTH, EAST]) for (const d of spec.units.flatMap((u) => u.delegates)) for (const word of [d.name, d.email ?? ''].filter(Boolean)) expect(whole).not.toContain(word);
  expect(whole).not.toContain('Priya Shah');

  // The roadshow report: the same numbers on paper, with page numbers.
  await page.getByRole('link', { name: 'Roadshow report (A4)' }).click();
  const pdf = testInfo.outputPath('roadshow-report.pdf');
  await printPdf(page, pdf);
  const text = pdfText(pdf);
  const info = pdfInfo(pdf);
  // A4 in PDF points; pdfinfo reports Chromium's page boxes to within a point and a half.
  for (const size of info.pageSizes) {
    const [width, height] = size.split(' x ').map(Number);
    expect(Math.abs((width ?? 0) - 595.28)).toBeLessThan(1.5);
    expect(Math.abs((height ?? 0) - 841.89)).toBeLessThan(1.5);
  }
  expect(text).toContain(`Page 1 of ${info.pages}`);
  expect(text).toContain('Autumn union roadshow: campuses compared');
  expect(text).toContain('Delegates 4 2 1');
  expect(text).toContain('50% of 4 answers After: 100% (+50 points) 60% of 10 answers No data 57% After: 100%');
  expect(text).toContain('Instagram 3 4 North campus (2), South campus (1), East campus (1)');
  expect(text).toContain('All actions 3 No data 1 4');
  expect(text).toContain(`${statement('su-q-opt-out')}: 75% at North campus to 90% at South campus`);
  await page.goBack();

  // The projector view opens in the projector window (web mode: a second window), like a session's:
  // the comparison without a name, an email or a note.
  const opening = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Open projector view' }).click();
  const projector = await opening;
  await expect(projector).toHaveURL(/#\/roadshow-projector\//);
  await expect(projector.getByRole('heading', { level: 1, name: 'Autumn union roadshow: campuses compared' })).toBeVisible();
  await expect(projector.getByRole('table', { name: /Channels ranked/ }).getByRole('row').nth(1)).toHaveText('Instagram34North campus (2), South campus (1), East campus (1)');
  const shown = await projector.locator('body').innerText();
  const personal = [NORTH, SOUTH, EAST].flatMap((spec) => [...(spec.facilitators ?? []), ...spec.units.flatMap((u) => u.delegates.flatMap((d) => [d.name, d.email ?? '', d.role ?? '']))]).filter(Boolean);
  expect(personal.length).toBeGreaterThan(10);
  for (const word of [...personal, 'Private: ring the chair', '@']) expect(shown).not.toContain(word);
  await projector.close();

  // Sessions in and out of the roadshow from its page; one of another template cannot join, and says why.
  const members = page.getByRole('region', { name: 'Sessions in this roadshow' });
  await members.getByRole('button', { name: 'Remove East campus from the roadshow' }).click();
  await expect(members.getByRole('status')).toHaveText('Took East campus out of the roadshow; the session itself is kept.');
  await expect(people.getByRole('row', { name: /^Delegates/ })).toHaveText(/^Delegates\s*4\s*2$/);
  const adding = members.getByRole('form', { name: 'Add a session to the roadshow' });
  await adding.getByLabel('Session to add').selectOption({ label: (await adding.getByRole('option', { name: /partnership/i }).textContent())! });
  await adding.getByRole('button', { name: 'Add to roadshow' }).click();
  await expect(members.getByRole('alert')).toContainText('only sessions of the same template can join');
  await adding.getByLabel('Session to add').selectOption({ label: (await adding.getByRole('option', { name: /^East campus/ }).textContent())! });
  await adding.getByRole('button', { name: 'Add to roadshow' }).click();
  await expect(members.getByRole('status')).toHaveText('Added East campus to the roadshow.');
  await expect(people.getByRole('row', { name: /^Delegates/ })).toHaveText(/^Delegates\s*4\s*2\s*1$/);
  const renaming = members.getByRole('form', { name: 'Rename the roadshow' });
  await renaming.getByLabel('Roadshow name').fill('Autumn roadshow 2026');
  await renaming.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Autumn roadshow 2026: campuses compared' })).toBeVisible();

  // The whole roadshow as one archive, reopened in a fresh profile: the same grouping, the same comparison.
  const saving = page.waitForEvent('download');
  await members.getByRole('button', { name: 'Export roadshow archive' }).click();
  const roadshowFile = testInfo.outputPath('autumn-roadshow.cocreate');
  await (await saving).saveAs(roadshowFile);
  await expect(members.getByRole('status')).toContainText('Saved the roadshow archive with 3 sessions');
  expect(readFileSync(roadshowFile).subarray(0, 2).toString('latin1')).toBe('PK');
  const fresh = await browser.newContext();
  const elsewhere = await fresh.newPage();
  await openApp(elsewhere);
  await openArchiveFile(elsewhere, roadshowFile);
  await expect(elsewhere.getByRole('heading', { level: 1, name: 'Autumn roadshow 2026: campuses compared' })).toBeVisible();
  await expect(elsewhere.getByRole('status').filter({ hasText: 'Opened the roadshow "Autumn roadshow 2026"' })).toHaveText('Opened the roadshow "Autumn roadshow 2026": North campus (added), South campus (added), East campus (added).');
  await expect(elsewhere.getByRole('region', { name: 'Sessions in this roadshow' }).getByRole('listitem')).toHaveCount(3);
  await expectComparison(elsewhere);
  await fresh.close();
});

test('an anonymised export holds no delegate name or email, and erasing a delegate removes every trace and nothing else', async ({ page }, testInfo) => {
  await openFixture(page, testInfo, NORTH);
  await page.getByRole('link', { name: 'Sessions' }).click();
  await page.getByRole('button', { name: 'Outputs of Union roadshow, North campus' }).click();
  const privacy = page.getByRole('region', { name: 'Privacy' });
  const downloading = page.waitForEvent('download');
  await privacy.getByRole('button', { name: 'Export anonymised' }).click();
  const file = testInfo.outputPath('anonymised.cocreate');
  await (await downloading).saveAs(file);
  const whole = readFileSync(file, 'utf8');
  const people = NORTH.units.flatMap((u) => u.delegates);
  for (const d of people) for (const word of [d.name, d.email ?? '', d.role ?? ''].filter(Boolean)) expect(whole).not.toContain(word);
  expect(whole).toContain('Delegate 4');
  await expect(privacy).toContainText('may still name people');

  await privacy.getByLabel('Delegate to erase').selectOption({ label: 'Ana Silva' });
  await privacy.getByRole('button', { name: 'Erase a delegate' }).click();
  await page.getByRole('dialog', { name: 'Erase this delegate?' }).getByRole('button', { name: 'Erase delegate' }).click();
  await expect(privacy.getByRole('status', { name: 'What was erased' }).getByRole('listitem')).toHaveText([
    'The delegate record of Ana Silva (ana.silva@north.example.ac.uk).',
    '3 quiz answers they gave.',
    'Their name on 0 discussion cards (the cards are kept without a name).',
    'Their name or email in 2 text fields of this session, replaced by "[erased]":',
    'Discussion card "Ask [erased] about the bursary panel": text.',
    'Action "Invite the SU to the access committee" (Group A): owner.',
  ]);
  await expect(privacy).toContainText('the 10 newest older backups of each session');

  // A later archive holds no trace of her, and everyone else is still there.
  await page.getByRole('link', { name: 'Sessions' }).click();
  const saving = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save archive of Union roadshow, North campus' }).click();
  const later = testInfo.outputPath('after-erase.cocreate');
  await (await saving).saveAs(later);
  // Every entry of the zip, unpacked, searched as text.
  const entries = unzipSync(new Uint8Array(readFileSync(later)));
  expect(Object.keys(entries).length).toBeGreaterThan(10);
  for (const data of Object.values(entries)) expect(strFromU8(data)).not.toMatch(/Ana Silva|ana\.silva@/i);
  const read = readArchiveFile(new Uint8Array(readFileSync(later)));
  if (!read.ok) throw new Error(read.message);
  const parsed = read.archive;
  expect(parsed.delegates.map((d) => d.name)).toEqual(['Ben Okafor', 'Chloé Martin', 'Dev Patel']);
  expect([parsed.quizAnswers.length, parsed.mapEntries.length, parsed.channels.length, parsed.actions.length, parsed.cards.length]).toEqual([9, 4, 3, 3, 3]);
});
