import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { ArchiveV1 } from '../../shared/archive/v1/schema';
import { AGENDA_MINUTES } from '../../shared/test-support/generate-session';
import { answerGrid, buildSessionFixtureV1, type FixtureAction, type FixtureSpec } from '../../shared/test-support/session-fixture';
import { templateSchema, type Template } from '../../shared/template/schema';
import { openApp } from './app';

/** The built-in template, read from its data file (Node cannot import JSON modules without attributes). */
export const studentsUnionTemplate: Template = templateSchema.parse(
  JSON.parse(readFileSync(new URL('../../shared/templates/students-union.json', import.meta.url), 'utf8')),
);

/** A finished session with three tables, recorded per delegate, quiz run twice. */
export const roadshowSpec: FixtureSpec = {
  seed: 1,
  title: 'Spring Roadshow',
  campus: 'North Campus',
  venue: 'Main Hall',
  date: '2026-11-23',
  startTime: '10:10',
  facilitators: ['Rosa Diaz'],
  quizMode: 'per-delegate',
  units: [
    {
      name: 'Table 1',
      delegates: [
        { name: 'Ana Silva', role: 'Access officer', institution: 'Outreach team', email: 'ana@example.ac.uk' },
        { name: 'Ben Okafor', role: 'VP Education', email: 'ben@example.ac.uk' },
      ],
      entries: [
        { columnId: 'col-inst-governance', rowId: 'row-access', what: 'APP steering group', strengthId: 'str-consulted', partner: 'VP Education', frequencyId: 'freq-termly' },
        { columnId: 'col-su-governance', rowId: 'row-success', what: 'Student council motion', strengthId: 'str-informed', livedExperience: 'yes' },
        { columnId: 'col-unofficial', rowId: 'row-progression', what: 'Careers fair stall', strengthId: 'str-co-created', partner: 'Societies officer' },
      ],
      channels: [
        { name: 'Student ambassadors', suggestionId: 'ch-student-ambassadors', reaches: 'First-generation students', unionSupport: 'Promote the scheme at freshers', livedExperience: 'yes' },
      ],
      actions: [
        {
          what: 'Invite the VP Education to the APP steering group',
          why: 'Only informed today',
          owner: 'Ana Silva',
          partner: 'VP Education',
          firstStep: 'Email the chair',
          byWhen: 'Spring term 2027',
          stageId: 'row-access',
          success: 'A standing seat',
          priorityId: 'pri-high',
          livedExperience: 'no',
          link: { kind: 'gap', columnId: 'col-inst-governance', rowId: 'row-access' },
        },
        {
          what: 'Pay student ambassadors for consultation time',
          owner: 'Ben Okafor',
          stageId: 'row-success',
          priorityId: 'pri-medium',
          livedExperience: 'yes',
          link: { kind: 'channel', channelName: 'Student ambassadors' },
        },
      ],
      planComplete: true,
    },
    {
      name: 'Table 2',
      delegates: [{ name: 'Chloé Martin', role: 'Widening participation manager' }, { name: 'Dev Patel', email: 'dev@example.ac.uk' }],
      entries: [{ columnId: 'col-inst-governance', rowId: 'row-access', what: 'Governing body away day', strengthId: 'str-informed' }],
      channels: [{ name: 'Peer mentors', reaches: 'Mature students', unionSupport: 'Train mentors' }],
      actions: [{ what: 'Co-design the peer mentoring handbook', owner: 'Chloé Martin', stageId: 'row-progression', priorityId: 'pri-low' }],
      planComplete: false,
    },
    {
      name: 'Table 3',
      delegates: [{ name: 'Eve Zhang', role: 'Union president' }],
      entries: [{ columnId: 'col-unofficial', rowId: 'row-access', what: 'Coffee with the VP Education', strengthId: 'str-consulted' }],
      actions: [{ what: 'Start termly coffee mornings with outreach staff', owner: 'Eve Zhang' }],
    },
  ],
  quizAnswers: [
    ...answerGrid('before', {
      'Ana Silva': { 'su-q-governing-body': 'true', 'su-q-opt-out': 'true' },
      'Ben Okafor': { 'su-q-governing-body': 'unsure' },
      'Chloé Martin': { 'su-q-governing-body': 'false' },
    }),
    ...answerGrid('after', { 'Ana Silva': { 'su-q-governing-body': 'true', 'su-q-opt-out': 'false' }, 'Ben Okafor': { 'su-q-governing-body': 'true' } }),
  ],
  cards: [
    { phaseId: 'su-discussion-1', text: 'Officers change every year', votes: 4, theme: 'Continuity' },
    { phaseId: 'su-discussion-1', text: 'Write handover notes', votes: 2, theme: 'Continuity' },
    { phaseId: 'su-discussion-1', text: 'Pay students for their time', votes: 7, theme: 'Recognition', actionCandidate: true },
    { phaseId: 'su-discussion-2', text: 'Progression is the weakest row', votes: 3 },
  ],
  run: {
    // The agenda as run: the quiz ran half a minute over.
    actualMinutes: { ...AGENDA_MINUTES, 'su-quiz': 9.5 },
  },
};

/** One table with `count` actions, each with a text that appears nowhere else. */
export function manyActionsSpec(count: number): FixtureSpec {
  const actions: FixtureAction[] = Array.from({ length: count }, (_, i) => ({
    what: actionText(i),
    why: `Reason for item ${i + 1} from the gap discussion`,
    owner: `Owner ${i + 1}`,
    firstStep: `First step for item ${i + 1}`,
    byWhen: 'Summer term 2027',
    stageId: ['row-access', 'row-success', 'row-progression'][i % 3] ?? null,
    priorityId: 'pri-medium',
  }));
  return {
    seed: 2,
    title: 'Long plan workshop',
    campus: 'South',
    units: [
      { name: 'Planning table', delegates: [{ name: 'Pat Long' }], actions },
      { name: 'Table 2', delegates: [{ name: 'Quinn Short' }] },
      { name: 'Table 3', delegates: [] },
    ],
  };
}

/** Distinct across items: "Longplan action 007 kestrel"; no text is a prefix of another. */
export function actionText(i: number): string {
  const birds = ['kestrel', 'heron', 'wren', 'plover', 'linnet'];
  return `Longplan action ${String(i + 1).padStart(3, '0')} ${birds[i % birds.length]}`;
}

/** Writes the fixture as a .cocreate file and opens it through the home screen's "Open archive…". */
export async function openFixture(page: Page, testInfo: TestInfo, spec: FixtureSpec): Promise<ArchiveV1> {
  const archive = buildSessionFixtureV1(spec, studentsUnionTemplate);
  const file = testInfo.outputPath(`${spec.title}.cocreate`);
  writeFileSync(file, JSON.stringify(archive));
  await openApp(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open archive…' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: `Set up: ${spec.title}` })).toBeVisible();
  return archive;
}

/** Waits until the print page says its data and fonts are in, then prints it as Electron does. */
export async function printPdf(page: Page, path: string, paper: 'a4' | 'letter' = 'a4'): Promise<void> {
  await expect(page.locator('html[data-print-ready="true"]')).toHaveCount(1);
  await page.pdf({ path, format: paper === 'letter' ? 'Letter' : 'A4', printBackground: true, preferCSSPageSize: false });
}

/** The PDF's text, with all whitespace collapsed to single spaces (table cells wrap). */
export function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

export interface PdfInfo {
  pages: number;
  width: number;
  height: number;
  /** Every page's size, "595.28 x 841.89". */
  pageSizes: string[];
}

export function pdfInfo(path: string): PdfInfo {
  const summary = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(summary)?.[1]);
  const perPage = execFileSync('pdfinfo', ['-f', '1', '-l', String(pages), path], { encoding: 'utf8' });
  const pageSizes = [...perPage.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/gm)].map((m) => `${m[1]} x ${m[2]}`);
  const [width, height] = (pageSizes[0] ?? '0 x 0').split(' x ').map(Number);
  return { pages, width: width ?? 0, height: height ?? 0, pageSizes };
}

/** Renders page 1 as a PNG next to the PDF, and attaches it to the test report. */
export async function keepFirstPage(testInfo: TestInfo, pdfPath: string, name: string): Promise<string> {
  const prefix = testInfo.outputPath(name);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  const png = `${prefix}.png`;
  await testInfo.attach(`${name}.png`, { path: png, contentType: 'image/png' });
  await testInfo.attach(`${name}.pdf`, { path: pdfPath, contentType: 'application/pdf' });
  return png;
}

/** How many times `needle` occurs in `text`. */
export function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/**
 * The raster images in a PDF. `pdfimages -list` misses images inside tiling patterns (where
 * Chromium puts rasterised CSS gradients), so image objects are also counted in the file itself
 * (Chromium writes object dictionaries uncompressed). Every pattern is vector, so any image here
 * means hatching has regressed to pictures.
 */
export function pdfImageCount(path: string): number {
  const listed = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n').length - 2;
  const objects = readFileSync(path).toString('latin1').match(/\/Subtype\s*\/Image\b/g)?.length ?? 0;
  return Math.max(listed, objects);
}

/** The names of the fonts embedded in a PDF, one per embedded font object (pdffonts). */
export function pdfEmbeddedFonts(path: string): string[] {
  return execFileSync('pdffonts', [path], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .slice(2)
    .filter((line) => / yes +(yes|no) +(yes|no) +\d+ +\d+$/.test(line))
    .map((line) => line.split(/\s+/)[0] ?? '');
}
