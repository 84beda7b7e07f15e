import { describe, expect, it } from 'vitest';
import {
  actionFieldLabel,
  actionToInput,
  buildAction,
  byWhenKind,
  emptyActionInput,
  isIsoDate,
  validateActionInput,
  type ActionInput,
} from './action-input';
import { actionSchema } from './schema';
import { makeAction, partnershipActionPlan, partnershipMapping, SESSION_ID, unionActionPlan, unionMapping, uuid } from '../test-support/work-fixtures';

const context = { today: '2026-03-10', phase: unionActionPlan, mapping: unionMapping };
const valid: ActionInput = emptyActionInput({
  what: ' Invite the VP Education to the access steering group ',
  owner: ' Priya ',
  byWhen: '2026-06-30',
  stageId: 'access',
  priorityId: 'high',
  livedExperience: 'yes',
  link: { kind: 'gap', columnId: 'inst-gov', rowId: 'access' },
});

describe('validateActionInput', () => {
  it('accepts a complete action, trimmed, with no warnings', () => {
    const result = validateActionInput(valid, context);
    expect(result).toEqual({
      ok: true,
      warnings: {},
      value: {
        what: 'Invite the VP Education to the access steering group',
        why: '',
        link: { kind: 'gap', columnId: 'inst-gov', rowId: 'access' },
        owner: 'Priya',
        partner: '',
        firstStep: '',
        byWhen: '2026-06-30',
        stageId: 'access',
        success: '',
        priorityId: 'high',
        livedExperience: 'yes',
      },
    });
  });

  it("requires an owner, with the template's label in the message", () => {
    const result = validateActionInput({ ...valid, owner: '   ' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ owner: 'Owner is required' });
    const relabelled = { ...unionActionPlan, fieldLabels: { ...unionActionPlan.fieldLabels, owner: 'Lead person' } };
    const again = validateActionInput({ ...valid, owner: '' }, { ...context, phase: relabelled });
    expect(!again.ok && again.errors.owner).toBe('Lead person is required');
  });

  it('requires what', () => {
    const result = validateActionInput({ ...valid, what: '' }, context);
    expect(!result.ok && result.errors.what).toBe('Action is required');
  });

  it('allows a past date but flags it', () => {
    const result = validateActionInput({ ...valid, byWhen: '2026-03-09' }, context);
    expect(result.ok).toBe(true);
    expect(result.warnings).toEqual({ byWhen: 'This date is in the past' });
    const today = validateActionInput({ ...valid, byWhen: '2026-03-10' }, context);
    expect(today.warnings).toEqual({});
  });

  it('rejects a date that does not exist', () => {
    const result = validateActionInput({ ...valid, byWhen: '2026-02-30' }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.byWhen).toBe('2026-02-30 is not a real date');
    expect(validateActionInput({ ...valid, byWhen: '2028-02-29' }, context).ok).toBe(true);
  });

  it('accepts a term in words and an empty "by when"', () => {
    expect(validateActionInput({ ...valid, byWhen: 'Spring term 2027' }, context)).toMatchObject({ ok: true, warnings: {} });
    expect(validateActionInput({ ...valid, byWhen: '' }, context).ok).toBe(true);
    const long = validateActionInput({ ...valid, byWhen: 't'.repeat(61) }, context);
    expect(!long.ok && long.errors.byWhen).toBe('By when must be at most 60 characters');
  });

  it('rejects over-long text, naming the field by its label', () => {
    const result = validateActionInput({ ...valid, partner: 'p'.repeat(161), success: 's'.repeat(401), what: 'w'.repeat(301) }, context);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toEqual({
        partner: 'Union partner must be at most 160 characters',
        success: 'How you will know it worked must be at most 400 characters',
        what: 'Action must be at most 300 characters',
      });
    }
  });

  it('rejects a stage that is not a row of the map', () => {
    const result = validateActionInput({ ...valid, stageId: 'programme' }, context);
    expect(!result.ok && result.errors.stageId).toBe('Stage must be one of the listed options');
    // The same id is a stage of the partnership template.
    const other = validateActionInput(
      { ...valid, stageId: 'programme', link: null },
      { today: '2026-03-10', phase: partnershipActionPlan, mapping: partnershipMapping },
    );
    expect(other.ok).toBe(true);
  });

  it('allows no stage, and rejects any stage when the session has no map', () => {
    expect(validateActionInput({ ...valid, stageId: '' }, context)).toMatchObject({ ok: true, value: { stageId: null } });
    const noMap = validateActionInput(valid, { today: context.today, phase: unionActionPlan });
    expect(!noMap.ok && Object.keys(noMap.errors)).toEqual(['stageId']);
  });

  it('rejects an unknown priority and lived-experience answer', () => {
    const result = validateActionInput({ ...valid, priorityId: 'urgent', livedExperience: 'perhaps' }, context);
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['livedExperience', 'priorityId']);
    expect(validateActionInput({ ...valid, priorityId: null }, context).ok).toBe(true);
  });

  it('rejects a malformed link', () => {
    const result = validateActionInput({ ...valid, link: { kind: 'card', cardId: 'not-a-uuid' } }, context);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['link']);
  });

  it('keeps errors and warnings together', () => {
    const result = validateActionInput({ ...valid, owner: '', byWhen: '2020-01-01' }, context);
    expect(result).toEqual({ ok: false, errors: { owner: 'Owner is required' }, warnings: { byWhen: 'This date is in the past' } });
  });
});

describe('dates', () => {
  it('knows real dates', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2026-4-1')).toBe(false);
  });
  it('tells dates from terms', () => {
    expect(byWhenKind(' 2026-05-01 ')).toBe('date');
    expect(byWhenKind('Summer 2027')).toBe('term');
    expect(byWhenKind('  ')).toBe('none');
  });
});

describe('labels and records', () => {
  it("uses the template's labels", () => {
    expect(actionFieldLabel(unionActionPlan, 'stageId')).toBe('Stage');
    expect(actionFieldLabel(partnershipActionPlan, 'stageId')).toBe('Level');
    expect(actionFieldLabel(partnershipActionPlan, 'partner')).toBe('Student partner');
  });

  it('round-trips a stored action and builds a record the schema accepts', () => {
    const stored = makeAction({ unitId: uuid(7), stageId: 'success', priorityId: 'low', byWhen: 'Autumn term' });
    const result = validateActionInput(actionToInput(stored), context);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rebuilt = buildAction(result.value, {
      id: stored.id,
      sessionId: SESSION_ID,
      unitId: stored.unitId,
      order: stored.order,
      now: stored.createdAt,
    });
    expect(rebuilt).toEqual(stored);
    expect(actionSchema.safeParse(rebuilt).success).toBe(true);
  });
});
