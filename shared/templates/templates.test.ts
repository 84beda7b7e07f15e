import { describe, expect, it } from 'vitest';
import { agendaTotalMinutes, mappingPhaseOf, quizPhaseOf, selectedStatements } from '../template/agenda';
import { templateSchema, type Phase, type Template } from '../template/schema';
import { describeIssues } from '../text';
import { builtInTemplates, getBuiltInTemplate, parseBuiltInTemplate } from './index';
import partnershipNetworkData from './partnership-network.json';
import studentsUnionData from './students-union.json';

const rawTemplates = [
  { name: 'students-union', data: studentsUnionData },
  { name: 'partnership-network', data: partnershipNetworkData },
] as const;

type Json = Record<string, unknown> & { phases: Array<Record<string, unknown>> };

/** A deep copy of the raw data, edited by `edit`; the originals stay untouched. */
function malformed(data: unknown, edit: (copy: Json) => void): Json {
  const copy = structuredClone(data) as Json;
  edit(copy);
  return copy;
}

function phaseIndex(data: Json, kind: string): number {
  const index = data.phases.findIndex((p) => p['kind'] === kind);
  if (index < 0) throw new Error(`no ${kind} phase`);
  return index;
}

function issuesOf(data: unknown): string {
  const result = templateSchema.safeParse(data);
  if (result.success) throw new Error('expected the template to be rejected');
  return describeIssues(result.error);
}

/** Every content-id list in a template, by what it names, so duplicates can be found per list. */
function idLists(template: Template): Record<string, string[]> {
  const lists: Record<string, string[]> = {
    phases: template.phases.map((p) => p.id),
    readingList: template.readingList.map((r) => r.id),
    topics: [],
  };
  const add = (key: string, ids: string[]) => {
    lists[key] = [...(lists[key] ?? []), ...ids];
  };
  for (const phase of template.phases) {
    switch (phase.kind) {
      case 'quiz':
        add(`${phase.id}.statements`, phase.statements.map((s) => s.id));
        break;
      case 'discussion':
        add('topics', phase.topics.map((t) => t.id));
        break;
      case 'mapping':
        add(`${phase.id}.columns`, phase.columns.map((c) => c.id));
        add(`${phase.id}.rows`, phase.rows.map((r) => r.id));
        add(`${phase.id}.strengths`, phase.strengths.map((s) => s.id));
        add(`${phase.id}.frequencies`, phase.frequencies.map((f) => f.id));
        add(`${phase.id}.suggestions`, phase.suggestions.map((s) => s.id));
        break;
      case 'channels':
        add(`${phase.id}.suggestions`, phase.suggestions.map((s) => s.id));
        break;
      case 'action-plan':
        add(`${phase.id}.priorities`, phase.priorities.map((p) => p.id));
        break;
      default:
        break;
    }
  }
  return lists;
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

const COOK_SATHER_DEFINITION =
  'a collaborative, reciprocal process through which all participants have the opportunity to contribute equally, although not necessarily in the same ways, to curricular or pedagogical conceptualization, decision making, implementation, investigation, or analysis';

const kindsOf = (template: Template): Array<[Phase['kind'], number]> => template.phases.map((p) => [p.kind, p.minutes]);

describe('built-in templates', () => {
  it.each(rawTemplates)('$name parses with templateSchema', ({ data }) => {
    const result = templateSchema.safeParse(data);
    expect(result.success ? '' : describeIssues(result.error)).toBe('');
  });

  it('exports both templates, found by id', () => {
    expect(builtInTemplates.map((t) => t.id)).toEqual(['students-union-co-creation', 'student-staff-partnership-network']);
    expect(getBuiltInTemplate('students-union-co-creation')?.title).toBe("Co-creation with students' unions");
    expect(getBuiltInTemplate('student-staff-partnership-network')?.title).toBe('Student–staff partnership network');
    expect(getBuiltInTemplate('no-such-template')).toBeUndefined();
  });

  it('template ids are unique', () => {
    expect(duplicates(builtInTemplates.map((t) => t.id))).toEqual([]);
  });

  it.each(builtInTemplates.map((t) => [t.id, t] as const))('%s has unique ids within each list', (_id, template) => {
    const lists = idLists(template);
    expect(Object.keys(lists).length).toBeGreaterThan(5);
    for (const [list, ids] of Object.entries(lists)) {
      expect({ list, duplicates: duplicates(ids) }).toEqual({ list, duplicates: [] });
    }
  });

  it.each(builtInTemplates.map((t) => [t.id, t] as const))('%s phase minutes add up to its duration', (_id, template) => {
    expect(template.durationMinutes).toBe(60);
    expect(agendaTotalMinutes(template)).toBe(template.durationMinutes);
  });

  it.each(builtInTemplates.map((t) => [t.id, t] as const))('%s gives every phase an audience prompt and facilitator notes', (_id, template) => {
    for (const phase of template.phases) {
      expect(phase.audiencePrompt.length, `${phase.id} audiencePrompt`).toBeGreaterThan(40);
      expect(phase.facilitatorNotes.length, `${phase.id} facilitatorNotes`).toBeGreaterThan(40);
    }
  });

  it.each(builtInTemplates.map((t) => [t.id, t] as const))('%s cites no URLs', (_id, template) => {
    expect(JSON.stringify(template)).not.toMatch(/https?:|www\./i);
  });

  it('built-in templates cannot be mutated in place', () => {
    const template = getBuiltInTemplate('students-union-co-creation');
    expect(template).toBeDefined();
    expect(Object.isFrozen(template)).toBe(true);
    expect(Object.isFrozen(template?.phases[0])).toBe(true);
    expect(() => {
      (template as Template).phases.push(structuredClone(template?.phases[0]) as Phase);
    }).toThrow(TypeError);
  });
});

describe("Co-creation with students' unions", () => {
  const template = getBuiltInTemplate('students-union-co-creation') as Template;

  it('has the nine phases in order with their minutes', () => {
    expect(template.revision).toBe(2);
    expect(template.phases.map((p) => p.id)).toEqual([
      'su-welcome',
      'su-quiz',
      'su-discussion-1',
      'su-engagement-map',
      'su-discussion-2',
      'su-channels',
      'su-discussion-3',
      'su-action-plan',
      'su-close',
    ]);
    expect(kindsOf(template)).toEqual([
      ['intro', 3],
      ['quiz', 8],
      ['discussion', 10],
      ['mapping', 10],
      ['discussion', 6],
      ['channels', 8],
      ['discussion', 6],
      ['action-plan', 6],
      ['close', 3],
    ]);
  });

  it('has exactly these quiz statements, and selects six of them', () => {
    const quiz = quizPhaseOf(template);
    expect(quiz?.statements.map((s) => s.id)).toEqual([
      'su-q-governing-body',
      'su-q-finances',
      'su-q-opt-out',
      'su-q-secret-ballot',
      'su-q-two-years',
      'su-q-one-year-terms',
      'su-q-nus-compulsory',
      'su-q-affiliations-published',
      'su-q-affiliation-ballot',
      'su-q-charity',
      'su-q-separate-entity',
      'su-q-what-works',
      'su-q-app-student-submission',
    ]);
    expect(quiz?.selectedStatementIds).toEqual([
      'su-q-governing-body',
      'su-q-opt-out',
      'su-q-charity',
      'su-q-app-student-submission',
      'su-q-one-year-terms',
      'su-q-what-works',
    ]);
  });

  it('states the law as the Acts do', () => {
    const byId = new Map(quizPhaseOf(template)?.statements.map((s) => [s.id, s]));
    const optOut = byId.get('su-q-opt-out');
    expect(optOut?.source).toContain('section 22(2)(c)');
    expect(optOut?.explanation).toMatch(/Automatic membership is the norm/);
    expect(optOut?.explanation).toMatch(/not unfairly disadvantaged/);
    const ballot = byId.get('su-q-affiliation-ballot');
    expect(ballot?.explanation).toMatch(/no more than 5 per cent/);
    expect(ballot?.source).toContain('section 22(2)(l)');
    const charity = byId.get('su-q-charity');
    expect(charity?.source).toContain('Charities Act 2011, section 30');
    expect(charity?.explanation).toMatch(/registered or not/);
    expect(byId.get('su-q-what-works')?.source).toContain("Thomas, L., Hill, M., O'Mahony, J. and Yorke, M. (2017) Supporting student success: strategies for institutional change");
    expect(byId.get('su-q-app-student-submission')).toMatchObject({ answer: true, source: expect.stringContaining('Office for Students') });
    expect(quizPhaseOf(template)?.facilitatorNotes).toMatch(/section 21/);
  });

  it('gives Discussion 1 case-study prompts, ground rules, one topic per table and the point about the plan', () => {
    const d1 = template.phases.find((p) => p.id === 'su-discussion-1');
    if (d1?.kind !== 'discussion') throw new Error('no Discussion 1');
    expect(d1.topics.map((t) => t.id)).toEqual(['su-t-union-structures', 'su-t-lifecycle', 'su-t-already-engaged', 'su-t-wider-engagement']);
    expect(d1.oneTopicPerTable).toBe(true);
    const prompts = (d1.scaffoldPrompts ?? []).join(' ');
    for (const word of ['Campuses', 'Course lengths', 'Cohort']) expect(prompts).toContain(word);
    expect(d1.groundRules?.length).toBeGreaterThanOrEqual(4);
    expect(d1.topics[0]?.prompt).toMatch(/access and participation plan as beyond/);
    const d3 = template.phases.find((p) => p.id === 'su-discussion-3');
    expect(d3?.kind === 'discussion' && d3.groundRules).toEqual(d1.groundRules);
    expect(d3?.facilitatorNotes).toMatch(/Hertfordshire[\s\S]*Sheffield[\s\S]*collaboration with their students' unions/);
  });

  it('notes where the map assumes a large chartered union', () => {
    expect(mappingPhaseOf(template)?.smallProviderNote).toMatch(/small or private provider[\s\S]*trustee board[\s\S]*sabbatical[\s\S]*liberation/);
  });

  it('closes with commitments and a follow-up date, and mentions the repeat quiz', () => {
    const close = template.phases.at(-1);
    if (close?.kind !== 'close') throw new Error('no close');
    expect(close.points.join(' ')).toMatch(/commitment[\s\S]*Follow-up: agree a date/);
    expect(close.facilitatorNotes).toMatch(/Run the quiz again at the close/);
    expect(template.description).toMatch(/run again at the close/);
  });

  it('has at least 10 sourced statements, 6 selected, with both answers', () => {
    const quiz = quizPhaseOf(template);
    expect(quiz?.id).toBe('su-quiz');
    if (!quiz) return;
    expect(quiz.statements.length).toBeGreaterThanOrEqual(10);
    expect(quiz.selectedStatementIds).toHaveLength(6);
    expect(new Set(quiz.selectedStatementIds).size).toBe(6);
    expect(selectedStatements(quiz)).toHaveLength(6);
    const answers = new Set(quiz.statements.map((s) => s.answer));
    expect(answers).toEqual(new Set([true, false]));
    const selectedAnswers = new Set(selectedStatements(quiz).map((s) => s.answer));
    expect(selectedAnswers).toEqual(new Set([true, false]));
    for (const statement of quiz.statements) {
      expect(statement.source).not.toContain('http');
      expect(statement.explanation.startsWith(statement.answer ? 'True.' : 'False.'), statement.id).toBe(true);
    }
    expect(quiz.statements.map((s) => s.id)).toContain('su-q-opt-out');
  });

  it('maps official institution, official union and unofficial engagement across the lifecycle', () => {
    const map = mappingPhaseOf(template);
    expect(map?.columns.map((c) => c.id)).toEqual(['col-inst-governance', 'col-su-governance', 'col-unofficial']);
    expect(map?.rows.map((r) => r.id)).toEqual(['row-access', 'row-success', 'row-progression']);
    expect(map?.strengths.map((s) => [s.level, s.label])).toEqual([
      [0, 'None yet'],
      [1, 'Informed'],
      [2, 'Consulted'],
      [3, 'Co-created'],
    ]);
    expect(map?.gapBelowLevel).toBe(2);
    expect(map?.frequencies.map((f) => f.label)).toEqual(['Ad hoc', 'Termly', 'Monthly', 'Weekly']);
    expect(map?.partnerLabel).toBe('Union role or group');
    for (const column of map?.columns ?? []) {
      expect(map?.suggestions.filter((s) => s.columnId === column.id).length, column.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('projects the case study in Discussion 1 only', () => {
    const discussions = template.phases.filter((p) => p.kind === 'discussion');
    expect(discussions.map((d) => d.showCaseStudy)).toEqual([true, false, false]);
  });
});

describe('Student–staff partnership network', () => {
  const template = getBuiltInTemplate('student-staff-partnership-network') as Template;

  it('has its seven phases in order with their minutes', () => {
    expect(template.revision).toBe(2);
    expect(template.phases.map((p) => p.id)).toEqual(['pn-welcome', 'pn-warm-up', 'pn-share-practice', 'pn-partnership-map', 'pn-discussion', 'pn-action-plan', 'pn-close']);
    expect(kindsOf(template)).toEqual([
      ['intro', 5],
      ['quiz', 7],
      ['discussion', 15],
      ['mapping', 12],
      ['discussion', 8],
      ['action-plan', 10],
      ['close', 3],
    ]);
  });

  it('has exactly these warm-up statements', () => {
    expect(quizPhaseOf(template)?.statements.map((s) => s.id)).toEqual([
      'pn-q-same-ways',
      'pn-q-contribute-equally',
      'pn-q-set-formula',
      'pn-q-feedback-only',
      'pn-q-assessment-design',
      'pn-q-committees',
      'pn-q-validation-staff-only',
      'pn-q-herts-cate',
      'pn-q-open-to-all',
    ]);
  });

  it('quotes the Cook-Sather, Bovill and Felten definition in full, attributed', () => {
    const json = JSON.stringify(template);
    expect(json).not.toContain('Felton');
    const welcome = template.phases[0];
    const first = welcome?.kind === 'intro' ? welcome.points[0] : '';
    expect(first).toContain(`“${COOK_SATHER_DEFINITION}” (Cook-Sather, Bovill and Felten 2014, pp. 6–7)`);
    const quiz = quizPhaseOf(template);
    for (const id of ['pn-q-same-ways', 'pn-q-contribute-equally']) {
      const statement = quiz?.statements.find((s) => s.id === id);
      expect(statement?.explanation).toContain(`“${COOK_SATHER_DEFINITION}”`);
      expect(statement?.source).toBe('Cook-Sather, A., Bovill, C. and Felten, P. (2014) Engaging Students as Partners in Learning and Teaching: A Guide for Faculty. San Francisco: Jossey-Bass, pp. 6–7');
    }
    expect(template.readingList.map((r) => r.id)).toContain('read-healey-2014');
    expect(welcome?.audiencePrompt).toMatch(/open to all students and staff[\s\S]*mutual respect and shared responsibility/);
  });

  it('has a warm-up of at least 6 statements with at least 5 selected', () => {
    const quiz = quizPhaseOf(template);
    expect(quiz?.statements.length).toBeGreaterThanOrEqual(6);
    expect(quiz ? selectedStatements(quiz).length : 0).toBeGreaterThanOrEqual(5);
    expect(new Set(quiz?.statements.map((s) => s.answer))).toEqual(new Set([true, false]));
  });

  it('maps the listed partnership areas at programme, school and university level', () => {
    const map = mappingPhaseOf(template);
    expect(map?.columns.map((c) => c.label)).toEqual([
      'Teaching activities',
      'Assessment design',
      'Learning resources',
      'Co-designed sessions',
      'Technical-skills support',
      'Race-equity work',
      'Strategic work (committees, programme review and validation)',
    ]);
    expect(map?.rows.map((r) => r.label)).toEqual(['Programme', 'School', 'University']);
    expect(map?.strengths.map((s) => s.level)).toEqual([0, 1, 2, 3]);
    expect(map?.gapBelowLevel).toBe(2);
    expect(map?.partnerLabel).toBe('Student partners involved');
  });
});

describe('malformed templates are rejected, naming the field', () => {
  it('a phase with negative minutes', () => {
    const data = malformed(studentsUnionData, (t) => {
      (t.phases[2] as Record<string, unknown>)['minutes'] = -5;
    });
    expect(issuesOf(data)).toContain('phases.2.minutes: minutes cannot be negative');
  });

  it('a quiz selecting an unknown statement id', () => {
    const data = malformed(studentsUnionData, (t) => {
      const quiz = t.phases[phaseIndex(t, 'quiz')] as { selectedStatementIds: string[] };
      quiz.selectedStatementIds.push('su-q-not-written');
    });
    const index = phaseIndex(data, 'quiz');
    expect(issuesOf(data)).toContain(`phases.${index}.selectedStatementIds.6: unknown statement id "su-q-not-written"`);
  });

  it('a mapping suggestion with an unknown column', () => {
    const data = malformed(partnershipNetworkData, (t) => {
      const map = t.phases[phaseIndex(t, 'mapping')] as { suggestions: Array<{ columnId: string }> };
      const first = map.suggestions[0];
      if (first) first.columnId = 'col-nowhere';
    });
    const index = phaseIndex(data, 'mapping');
    expect(issuesOf(data)).toContain(`phases.${index}.suggestions.0.columnId: unknown column id "col-nowhere"`);
  });

  it('a missing title', () => {
    const data = malformed(studentsUnionData, (t) => {
      delete t['title'];
    });
    expect(issuesOf(data)).toMatch(/^title: /m);
  });

  it('an unknown phase kind', () => {
    const data = malformed(studentsUnionData, (t) => {
      (t.phases[0] as Record<string, unknown>)['kind'] = 'lecture';
    });
    expect(issuesOf(data)).toMatch(/^phases\.0\.kind: /m);
  });

  it('an id that is not a lowercase slug', () => {
    const data = malformed(studentsUnionData, (t) => {
      const map = t.phases[phaseIndex(t, 'mapping')] as { rows: Array<{ id: string }> };
      const first = map.rows[0];
      if (first) first.id = 'Row Access';
    });
    const index = phaseIndex(data, 'mapping');
    expect(issuesOf(data)).toContain(`phases.${index}.rows.0.id: must be a lowercase slug`);
  });

  it('parseBuiltInTemplate throws naming the template and the field', () => {
    const data = malformed(partnershipNetworkData, (t) => {
      (t.phases[1] as Record<string, unknown>)['minutes'] = -1;
    });
    expect(() => parseBuiltInTemplate('partnership-network', data)).toThrow(/"partnership-network"[\s\S]*phases\.1\.minutes/);
  });

  it('re-parsing the raw data gives the exported template', () => {
    expect(parseBuiltInTemplate('students-union', studentsUnionData)).toEqual(getBuiltInTemplate('students-union-co-creation'));
  });
});

describe('scaffolding fields are optional', () => {
  it('a template without any scaffolding field still parses, and gains none', () => {
    const data = malformed(studentsUnionData, (t) => {
      for (const phase of t.phases) {
        for (const key of ['scaffoldPrompts', 'groundRules', 'oneTopicPerTable', 'smallProviderNote', 'workedExample']) delete phase[key];
        const strengths = phase['strengths'] as Array<Record<string, unknown>> | undefined;
        for (const s of strengths ?? []) {
          delete s['definition'];
          delete s['example'];
        }
      }
    });
    const result = templateSchema.safeParse(data);
    expect(result.success ? '' : describeIssues(result.error)).toBe('');
    const json = JSON.stringify(result.data);
    for (const key of ['scaffoldPrompts', 'groundRules', 'oneTopicPerTable', 'smallProviderNote', 'workedExample', '"definition"', '"example"']) {
      expect(json).not.toContain(key);
    }
  });

  it('keeps scaffolding fields through a parse', () => {
    const data = malformed(studentsUnionData, (t) => {
      const d = t.phases[phaseIndex(t, 'discussion')] as Record<string, unknown>;
      d['scaffoldPrompts'] = ['How many campuses?'];
      d['groundRules'] = ['Speak from your own experience.'];
      d['oneTopicPerTable'] = true;
      const a = t.phases[phaseIndex(t, 'action-plan')] as Record<string, unknown>;
      a['workedExample'] = { what: 'Run a focus group', owner: 'WP officer' };
    });
    const parsed = templateSchema.parse(data);
    const d = parsed.phases.find((p) => p.kind === 'discussion');
    const a = parsed.phases.find((p) => p.kind === 'action-plan');
    expect(d?.kind === 'discussion' && [d.scaffoldPrompts, d.groundRules, d.oneTopicPerTable]).toEqual([['How many campuses?'], ['Speak from your own experience.'], true]);
    expect(a?.kind === 'action-plan' && a.workedExample).toEqual({ what: 'Run a focus group', owner: 'WP officer' });
  });
});
