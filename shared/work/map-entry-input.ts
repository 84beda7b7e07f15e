import type { MappingPhase } from '../template/schema';
import { livedExperienceSchema, mapEntrySchema, type MapEntry } from './schema';

/** The editable fields of a map entry, as an edit form holds them (not yet checked). */
export interface MapEntryInput {
  columnId: string;
  rowId: string;
  what: string;
  partner: string;
  /** null or '' means "not given". */
  frequencyId: string | null;
  strengthId: string;
  livedExperience: string;
  note: string;
  suggestionId: string | null;
}

/** Checked, trimmed fields, ready to spread into a MapEntry. */
export type MapEntryValue = Pick<
  MapEntry,
  'columnId' | 'rowId' | 'what' | 'partner' | 'frequencyId' | 'strengthId' | 'livedExperience' | 'note' | 'suggestionId'
>;

export type MapEntryErrors = Partial<Record<keyof MapEntryInput, string>>;

/** The parts of a mapping phase the checks read: the console passes the phase, a phone the snapshot's form bits. */
export type MapEntryFormPhase = Pick<MappingPhase, 'columns' | 'rows' | 'strengths' | 'frequencies' | 'suggestions' | 'partnerLabel'>;

export type MapEntryValidation = { ok: true; value: MapEntryValue } | { ok: false; errors: MapEntryErrors };

const shape = mapEntrySchema.shape;
const PARTNER_MAX = shape.partner.maxLength ?? 160;

export function emptyMapEntryInput(defaults: Partial<MapEntryInput> = {}): MapEntryInput {
  return {
    columnId: '',
    rowId: '',
    what: '',
    partner: '',
    frequencyId: null,
    strengthId: '',
    livedExperience: 'unsure',
    note: '',
    suggestionId: null,
    ...defaults,
  };
}

export function mapEntryToInput(entry: MapEntry): MapEntryInput {
  return {
    columnId: entry.columnId,
    rowId: entry.rowId,
    what: entry.what,
    partner: entry.partner,
    frequencyId: entry.frequencyId,
    strengthId: entry.strengthId,
    livedExperience: entry.livedExperience,
    note: entry.note,
    suggestionId: entry.suggestionId,
  };
}

function firstMessage(result: { success: boolean; error?: { issues: ReadonlyArray<{ message: string }> } }): string | undefined {
  return result.success ? undefined : (result.error?.issues[0]?.message ?? 'This value is not valid');
}

function choice(
  id: string,
  options: ReadonlyArray<{ id: string }>,
  noun: string,
  errors: MapEntryErrors,
  field: keyof MapEntryInput,
): void {
  if (id.trim() === '') errors[field] = `Choose a ${noun}`;
  else if (!options.some((o) => o.id === id)) errors[field] = `This ${noun} is not in the template`;
}

/** Checks an edit against the template the session uses; every message is for the delegate at the form. */
export function validateMapEntryInput(phase: MapEntryFormPhase, input: MapEntryInput): MapEntryValidation {
  const errors: MapEntryErrors = {};

  const what = shape.what.safeParse(input.what);
  const whatError = firstMessage(what);
  if (whatError) errors.what = whatError;

  const partner = input.partner.trim();
  if (partner.length > PARTNER_MAX) errors.partner = `${phase.partnerLabel} must be at most ${PARTNER_MAX} characters`;

  const note = shape.note.safeParse(input.note);
  const noteError = firstMessage(note);
  if (noteError) errors.note = noteError;

  choice(input.columnId, phase.columns, 'column', errors, 'columnId');
  choice(input.rowId, phase.rows, 'row', errors, 'rowId');
  choice(input.strengthId, phase.strengths, 'strength', errors, 'strengthId');

  const frequencyId = input.frequencyId === null || input.frequencyId.trim() === '' ? null : input.frequencyId;
  if (frequencyId !== null && !phase.frequencies.some((f) => f.id === frequencyId)) {
    errors.frequencyId = 'This frequency is not in the template';
  }

  const suggestionId = input.suggestionId === null || input.suggestionId === '' ? null : input.suggestionId;
  if (suggestionId !== null && !phase.suggestions.some((s) => s.id === suggestionId)) {
    errors.suggestionId = 'This suggestion is not in the template';
  }

  const lived = livedExperienceSchema.safeParse(input.livedExperience);
  if (!lived.success) errors.livedExperience = 'Choose yes, no or unsure';

  if (Object.keys(errors).length > 0 || !what.success || !note.success || !lived.success) return { ok: false, errors };
  return {
    ok: true,
    value: {
      columnId: input.columnId,
      rowId: input.rowId,
      what: what.data,
      partner,
      frequencyId,
      strengthId: input.strengthId,
      livedExperience: lived.data,
      note: note.data,
      suggestionId,
    },
  };
}

/**
 * A form input pre-filled from one of the phase's suggestions (its label and column);
 * `defaults` fills the rest, e.g. the row of the cell it was dropped on. Null for an unknown suggestion.
 */
export function entryFromSuggestion(
  phase: Pick<MappingPhase, 'suggestions'>,
  suggestionId: string,
  defaults: Partial<MapEntryInput> = {},
): MapEntryInput | null {
  const suggestion = phase.suggestions.find((s) => s.id === suggestionId);
  if (!suggestion) return null;
  return emptyMapEntryInput({
    ...defaults,
    columnId: suggestion.columnId,
    what: suggestion.label,
    suggestionId: suggestion.id,
  });
}

/** The template's label for a frequency; '' when none is set or the id is unknown. */
export function frequencyLabel(phase: MappingPhase, frequencyId: string | null): string {
  if (frequencyId === null) return '';
  return phase.frequencies.find((f) => f.id === frequencyId)?.label ?? '';
}

/** The template's label for a strength; '' when the id is unknown. */
export function strengthLabel(phase: MappingPhase, strengthId: string): string {
  return phase.strengths.find((s) => s.id === strengthId)?.label ?? '';
}

/** Strength choices for a form, weakest first. */
export function strengthOptions(phase: MappingPhase): MappingPhase['strengths'] {
  return [...phase.strengths].sort((a, b) => a.level - b.level);
}
