import { writeFileSync } from 'node:fs';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { ArchiveV1 } from '../../shared/archive/v1/schema';
import { buildSessionFixtureV1, type FixtureSpec, type FixtureUnit } from '../../shared/test-support/session-fixture';
import type { Template } from '../../shared/template/schema';
import { openApp } from './app';
import { studentsUnionTemplate } from './outputs-fixture';

/**
 * The largest room the projector must show: 40 delegates at 8 tables, 40 cards in 6 themes with
 * long texts in each discussion, 40 channels, the longest quiz statement, explanation and source
 * the schema allows, the longest case study, and a map of 3 rows by 7 columns (its extra columns
 * labelled as long as the template's longest, "Official governance of the students' union").
 */

const WORDS =
  'students union officers access participation outreach mentors governance committee ambassadors feedback partnership progression success transition bursary commuting carers placements timetable belonging confidence'.split(
    ' ',
  );

/** Text of exactly `length` characters, made of words, different for each `seed`. */
export function longText(length: number, seed: number): string {
  let text = `Item ${seed}:`;
  for (let i = 0; text.length < length; i++) text += ` ${WORDS[(seed * 7 + i * 3) % WORDS.length]}${i % 9 === 8 ? '.' : ''}`;
  return `${text.slice(0, length - 1).trimEnd()}.`.padEnd(length, '.');
}

export const QUIZ_STATEMENT_ID = 'su-q-governing-body';
const THEMES = ['Continuity between officer terms', 'Recognition and pay', 'Reaching commuter and part-time students', 'Data and evidence', 'Trust', `${longText(118, 99)}`];
const DISCUSSIONS = ['su-discussion-1', 'su-discussion-2', 'su-discussion-3'];

export function worstCaseTemplate(): Template {
  const template = structuredClone(studentsUnionTemplate);
  for (const phase of template.phases) {
    if (phase.kind === 'quiz') {
      const statement = phase.statements.find((s) => s.id === QUIZ_STATEMENT_ID)!;
      statement.text = longText(400, 1);
      statement.explanation = longText(1200, 2);
      statement.source = longText(400, 3);
    }
    if (phase.kind === 'mapping') {
      for (let i = 1; i <= 4; i++) phase.columns.push({ id: `col-extra-${i}`, label: `Extra column ${i}: ${longText(26, 10 + i)}` });
    }
  }
  return template;
}

export function worstCaseSpec(): FixtureSpec {
  const units: FixtureUnit[] = Array.from({ length: 8 }, (_, t) => ({
    name: `Table ${t + 1}`,
    delegates: Array.from({ length: 5 }, (_, d) => ({
      name: `Delegate${t * 5 + d + 1} Secretname`,
      role: 'Officer',
      email: `delegate${t * 5 + d + 1}.secret@example.ac.uk`,
    })),
    entries: Array.from({ length: 3 }, (_, e) => ({
      columnId: ['col-inst-governance', 'col-su-governance', 'col-unofficial', 'col-extra-1', 'col-extra-2', 'col-extra-3', 'col-extra-4'][(t + e * 3) % 7]!,
      rowId: ['row-access', 'row-success', 'row-progression'][(t + e) % 3]!,
      what: `Private entry ${t}-${e}`,
      strengthId: ['str-informed', 'str-consulted', 'str-co-created'][e % 3]!,
    })),
    channels: Array.from({ length: 5 }, (_, c) => ({
      name: `Channel ${t * 5 + c + 1}: ${longText(60, 200 + t * 5 + c)}`,
      reaches: 'Mature students',
      unionSupport: longText(150, 300 + t * 5 + c),
    })),
    actions: [
      { what: `Private action ${t}-1`, owner: `Delegate${t * 5 + 1} Secretname` },
      { what: `Private action ${t}-2`, owner: `Delegate${t * 5 + 2} Secretname` },
    ],
  }));
  const lengths = [90, 180, 260, 340, 500];
  const cards = DISCUSSIONS.flatMap((phaseId, p) =>
    Array.from({ length: 40 }, (_, i) => ({ phaseId, text: longText(lengths[i % lengths.length]!, 1000 + p * 100 + i), votes: i % 4, theme: THEMES[i % THEMES.length] })),
  );
  return {
    seed: 40,
    title: 'Room of forty',
    units,
    cards,
    quizTallies: [{ statementId: QUIZ_STATEMENT_ID, round: 'before', trueCount: 40, falseCount: 0, unsureCount: 0 }],
    run: { actualMinutes: {}, currentPhaseId: 'su-welcome' },
  };
}

/** Opens the worst-case session through "Open archive…" and then its console; returns the archive. */
export async function openWorstCaseConsole(page: Page, testInfo: TestInfo): Promise<ArchiveV1> {
  const template = worstCaseTemplate();
  const archive = buildSessionFixtureV1(worstCaseSpec(), template);
  // The governing-body statement must be answered "true" for the tally above to be all correct.
  const statement = template.phases.flatMap((p) => (p.kind === 'quiz' ? p.statements : [])).find((s) => s.id === QUIZ_STATEMENT_ID)!;
  archive.quizTallies = archive.quizTallies.map((t) => (statement.answer ? t : { ...t, trueCount: 0, falseCount: 40 }));
  archive.session.caseStudy = Array.from({ length: 10 }, (_, i) => longText(i === 9 ? 6000 - 9 * 602 : 600, 500 + i)).join('\n\n');
  const file = testInfo.outputPath('room-of-forty.cocreate');
  writeFileSync(file, JSON.stringify(archive));
  await openApp(page);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open archive…' }).click();
  await (await choosing).setFiles(file);
  await expect(page.getByRole('heading', { level: 1, name: 'Set up: Room of forty' })).toBeVisible();
  await page.getByRole('button', { name: /^(Resume session|Open console)$/ }).click();
  await expect(page).toHaveURL(/#\/sessions\/[0-9a-f-]{36}\/run$/);
  return archive;
}
