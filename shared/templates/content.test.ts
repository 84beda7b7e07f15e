import { describe, expect, it } from 'vitest';
import { projectorSnapshot } from '../run/projector-view';
import { goToPhase, startRun } from '../run/run-state';
import { quizPhaseOf } from '../template/agenda';
import type { Phase, Template } from '../template/schema';
import { builtInTemplates } from './index';

/**
 * Content rules for the built-in templates: today's sector language, precise sources, and the
 * scaffolding a facilitator expects, with facilitator-only material kept off the projector.
 */

/** Terms the sector has retired; they may appear only inside the proper title of a cited report. */
const RETIRED = /\bBAME\b|attainment gap/i;
const CITED_TITLES = ['Black, Asian and Minority Ethnic Student Attainment at UK Universities: #ClosingTheGap'];

function withoutCitedTitles(text: string): string {
  return CITED_TITLES.reduce((rest, title) => rest.split(title).join(''), text);
}

/** Every piece of text a phase can put on the projector, or hand to the room as a suggestion, with where it came from. */
function projectedTexts(phase: Phase): Array<[string, string]> {
  const out: Array<[string, string]> = [
    [`${phase.id}.title`, phase.title],
    [`${phase.id}.audiencePrompt`, phase.audiencePrompt],
  ];
  switch (phase.kind) {
    case 'intro':
    case 'close':
      phase.points.forEach((p, i) => out.push([`${phase.id}.points.${i}`, p]));
      break;
    case 'quiz':
      for (const s of phase.statements) out.push([`${s.id}.text`, s.text], [`${s.id}.explanation`, s.explanation], [`${s.id}.source`, s.source]);
      break;
    case 'discussion':
      for (const t of phase.topics) out.push([`${t.id}.title`, t.title], [`${t.id}.prompt`, t.prompt]);
      break;
    case 'mapping':
      for (const l of [...phase.columns, ...phase.rows, ...phase.strengths, ...phase.frequencies, ...phase.suggestions]) out.push([`${l.id}.label`, l.label]);
      break;
    case 'channels':
      for (const l of phase.suggestions) out.push([`${l.id}.label`, l.label]);
      break;
    case 'action-plan':
      for (const [key, label] of Object.entries(phase.fieldLabels)) out.push([`${phase.id}.fieldLabels.${key}`, label]);
      break;
  }
  return out;
}

/** Every string anywhere in a value, with its path; ids are stable keys, never shown, so they are left out. */
function allTexts(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allTexts(v, `${path}.${i}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => (k === 'id' || k.endsWith('Id') || k.endsWith('Ids') ? [] : allTexts(v, path ? `${path}.${k}` : k)));
  return [];
}

const retiredUses = (texts: Array<[string, string]>) => texts.filter(([, text]) => RETIRED.test(withoutCitedTitles(text))).map(([where]) => where);

const templates = builtInTemplates.map((t) => [t.id, t] as const);

describe('sector language', () => {
  it.each(templates)('%s projects no retired term outside a cited title', (_id, template) => {
    const texts = template.phases.flatMap(projectedTexts);
    expect(texts.length).toBeGreaterThan(40);
    expect(retiredUses(texts)).toEqual([]);
  });

  it.each(templates)('%s uses no retired term anywhere, notes and reading list included', (_id, template) => {
    expect(retiredUses(allTexts(template))).toEqual([]);
  });

  it('the check finds a retired term, and allows it only inside a cited title', () => {
    expect(retiredUses([['a', 'Work on BAME student success']])).toEqual(['a']);
    expect(retiredUses([['b', 'Closing the attainment gap']])).toEqual(['b']);
    expect(retiredUses([['c', 'NUS and Universities UK (2019) Black, Asian and Minority Ethnic Student Attainment at UK Universities: #ClosingTheGap.']])).toEqual([]);
    expect(retiredUses([['d', 'The awarding gap for ethnic minority students']])).toEqual([]);
  });
});

/** A source names a year, a section of an Act, a regulatory notice or this network's own description. */
const SPECIFIC_SOURCE = /\((19|20)\d{2}\)|\b(19|20)\d{2}, (Part|section)\b|\bsection \d+|Regulatory notice \d+|own description/;
const VAGUE_SOURCE = /general knowledge|sector practice/i;

describe('quiz sources', () => {
  it.each(templates)('%s gives every statement a specific source', (_id, template) => {
    const statements = quizPhaseOf(template)?.statements ?? [];
    expect(statements.length).toBeGreaterThan(5);
    const vague = statements.filter((s) => VAGUE_SOURCE.test(s.source) || !SPECIFIC_SOURCE.test(s.source)).map((s) => `${s.id}: ${s.source}`);
    expect(vague).toEqual([]);
  });

  it('the check rejects a vague source', () => {
    const vague = (source: string) => VAGUE_SOURCE.test(source) || !SPECIFIC_SOURCE.test(source);
    expect(vague('Sector practice: students’ union constitutions (general knowledge for facilitators)')).toBe(true);
    expect(vague('What Works? Student Retention and Success programme')).toBe(true);
    expect(vague('Education Act 1994, Part II, section 22(2)(c)')).toBe(false);
  });

  it.each(templates)('%s gives every reading a year (or n.d.) and a full title', (_id, template) => {
    for (const item of template.readingList) {
      expect(item.citation, item.id).toMatch(/\((19|20)\d{2}\)|\(n\.d\.\)|\b(19|20)\d{2}, (Part|section)|Regulatory notice \d+/);
      expect(item.citation.length, item.id).toBeGreaterThan(40);
    }
  });
});

describe('scaffolding', () => {
  it.each(templates)('%s defines every strength level with one example entry', (_id, template) => {
    const map = template.phases.find((p) => p.kind === 'mapping');
    expect(map?.kind).toBe('mapping');
    for (const strength of map?.kind === 'mapping' ? map.strengths : []) {
      expect(strength.definition?.length, strength.id).toBeGreaterThan(20);
      expect(strength.example?.length, strength.id).toBeGreaterThan(20);
    }
  });

  it.each(templates)('%s has a worked SMART action with owner, partner, first step, date and measure of success', (_id, template) => {
    const plan = template.phases.find((p) => p.kind === 'action-plan');
    const example = plan?.kind === 'action-plan' ? plan.workedExample : undefined;
    for (const key of ['what', 'owner', 'partner', 'firstStep', 'byWhen', 'success'] as const) expect(example?.[key]?.length, key).toBeGreaterThan(5);
    expect(plan?.audiencePrompt).toMatch(/SMART/);
  });

  it.each(templates)('%s ends with a close phase that asks for commitments and a date', (_id, template) => {
    const close = template.phases.at(-1);
    expect(close?.kind).toBe('close');
    expect(close?.kind === 'close' ? close.points.join(' ') : '').toMatch(/commitment/i);
    expect(close?.facilitatorNotes).toMatch(/Run the quiz again at the close/);
  });

  it.each(templates)('%s sets ground rules before discussing race and ethnicity', (_id, template) => {
    const discussions = template.phases.filter((p) => p.kind === 'discussion');
    const first = discussions.find((d) => (d.groundRules?.length ?? 0) > 0);
    expect(first).toBeDefined();
    expect(first?.groundRules?.join(' ')).toMatch(/ethnic group/);
  });
});

describe('facilitator-only material stays off the projector', () => {
  const SESSION_ID = '6f1c1d4e-2b8a-4c39-9a57-0d7a3e5b2c11';
  const facilitatorOnly = (template: Template): string[] =>
    template.phases.flatMap((phase) => {
      const texts = [phase.facilitatorNotes];
      if (phase.kind === 'discussion') texts.push(...(phase.groundRules ?? []), ...(phase.scaffoldPrompts ?? []));
      if (phase.kind === 'mapping') texts.push(phase.smallProviderNote ?? '', ...phase.strengths.flatMap((s) => [s.definition ?? '', s.example ?? '']));
      if (phase.kind === 'action-plan') texts.push(...Object.values(phase.workedExample ?? {}).filter((v): v is string => !!v && v.length > 12));
      return texts.filter((t) => t.length > 0);
    });

  it.each(templates)('%s: no note, ground rule, scaffold prompt, strength key or worked example in any phase snapshot', (_id, template) => {
    const session = { id: SESSION_ID, template, caseStudy: 'Three campuses.', quizMode: 'tally' as const, quizRepeatAtClose: true };
    const hidden = facilitatorOnly(template);
    expect(hidden.length).toBeGreaterThan(10);
    let run = startRun(session, 1000);
    for (const [i, phase] of template.phases.entries()) {
      run = goToPhase(run, template, phase.id, 2000 + i);
      const projected = JSON.stringify(projectorSnapshot({ run, session, quizAnswers: [], quizTallies: [], cards: [], themes: [] }));
      expect(projected).toContain(JSON.stringify(phase.title).slice(1, -1));
      expect(hidden.filter((text) => projected.includes(JSON.stringify(text).slice(1, -1)))).toEqual([]);
    }
  });
});
