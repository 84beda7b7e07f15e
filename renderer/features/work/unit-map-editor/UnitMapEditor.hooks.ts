import { useEffect, useMemo, useState, type FormEvent, type RefObject } from 'react';
import type { MappingPhase } from '../../../../shared/template/schema';
import { cellName } from '../../../../shared/vocabulary';
import { emptyMapEntryInput, validateMapEntryInput, type MapEntryErrors, type MapEntryInput } from '../../../../shared/work/map-entry-input';
import type { MapEntry } from '../../../../shared/work/schema';
import { ValidationError } from '../../../data/errors';
import { useWorkWriter } from '../../../data/work-hooks';
import type { ElementMap } from '../use-element-map';
import { focusIsFree } from '../use-stable';
import { filterSuggestions } from '../work-format';
import { availableSuggestions, suggestionToAdd, type Cell, type MapSuggestion } from './UnitMapEditor.utils';

export type Sticky = Pick<MapEntryInput, 'strengthId' | 'frequencyId' | 'livedExperience'>;
export type Line = { what: string; partner: string; note: string; suggestionId: string | null };
const EMPTY_LINE: Line = { what: '', partner: '', note: '', suggestionId: null };

interface QuickEntryArgs {
  sessionId: string;
  unitId: string;
  phase: MappingPhase;
  byCell: Map<string, MapEntry[]>;
  whatRef: RefObject<HTMLInputElement | null>;
  strengthRef: RefObject<HTMLSelectElement | null>;
}

/**
 * The quick-entry line: the target cell, the typed line, the choices that stay for the next entry
 * (strength, how often, lived experience), the highlighted suggestion, and saving.
 */
export function useQuickEntry({ sessionId, unitId, phase, byCell, whatRef, strengthRef }: QuickEntryArgs) {
  const writer = useWorkWriter();
  const [target, setTarget] = useState<Cell>(() => ({ columnId: phase.columns[0]?.id ?? '', rowId: phase.rows[0]?.id ?? '' }));
  const [sticky, setSticky] = useState<Sticky>({ strengthId: '', frequencyId: null, livedExperience: 'unsure' });
  const [line, setLine] = useState<Line>(EMPTY_LINE);
  const [errors, setErrors] = useState<MapEntryErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  // -1 is "nothing picked": the typed text is added as it is.
  const [active, setActive] = useState(-1);
  const [announce, setAnnounce] = useState('');

  const available = useMemo(() => availableSuggestions(phase, byCell, target), [phase, byCell, target]);
  const shown = useMemo(() => filterSuggestions(available, line.suggestionId ? '' : line.what), [available, line.what, line.suggestionId]);

  const save = async (input: MapEntryInput) => {
    setProblem(null);
    const result = validateMapEntryInput(phase, input);
    if (!result.ok) {
      setErrors(result.errors);
      if (result.errors.strengthId && !result.errors.what) strengthRef.current?.focus();
      else whatRef.current?.focus();
      return;
    }
    // Clear the line at once: a fast typist starts the next entry before this one is stored.
    const sent: Line = { what: input.what, partner: input.partner, note: input.note, suggestionId: input.suggestionId };
    setErrors({});
    setLine(EMPTY_LINE);
    setActive(-1);
    whatRef.current?.focus();
    try {
      const saved = await writer.addMapEntry(sessionId, unitId, input);
      setAnnounce(`Added “${saved.what}” to ${cellName(phase, saved.columnId, saved.rowId)}.`);
    } catch (e) {
      // Not stored: put the entry back unless something new has been typed meanwhile.
      setLine((current) => (current.what === '' && current.partner === '' && current.note === '' ? sent : current));
      if (e instanceof ValidationError) setErrors(e.fieldErrors);
      else setProblem(`“${sent.what.trim()}” was not saved: ${(e as Error).message}`);
    }
  };

  const inputFor = (cell: Cell, fields: Partial<MapEntryInput> = {}): MapEntryInput => emptyMapEntryInput({ ...sticky, ...line, ...cell, ...fields });

  const addSuggestion = (suggestion: MapSuggestion, cell: Cell = target) => {
    if (!sticky.strengthId) {
      // Strength has no sensible default: keep the suggestion in the box and ask for it.
      setLine((l) => ({ ...l, what: suggestion.label, suggestionId: suggestion.id }));
      setErrors({ strengthId: 'Choose a strength, then press Enter to add it' });
      strengthRef.current?.focus();
      return;
    }
    void save(inputFor(cell, { what: suggestion.label, suggestionId: suggestion.id }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    // Typing a suggestion's exact words counts as picking it.
    const pick = suggestionToAdd(shown, active, available, line);
    if (pick) addSuggestion(pick);
    else void save(inputFor(target));
  };

  const typeWhat = (what: string) => {
    setLine((l) => ({ ...l, what, suggestionId: null }));
    setActive(-1);
    if (errors.what) setErrors((e) => ({ ...e, what: undefined }));
  };

  const chooseStrength = (strengthId: string) => {
    setSticky((s) => ({ ...s, strengthId }));
    if (errors.strengthId) setErrors((e) => ({ ...e, strengthId: undefined }));
  };

  return {
    target,
    setTarget,
    sticky,
    setSticky,
    line,
    setLine,
    errors,
    problem,
    setProblem,
    active,
    setActive,
    announce,
    available,
    shown,
    addSuggestion,
    submit,
    typeWhat,
    chooseStrength,
  };
}

export type QuickEntry = ReturnType<typeof useQuickEntry>;

/**
 * After an edit, focus follows the entry to its Edit button, which may now sit in another cell —
 * once the live query has brought the moved entry back, and only if focus is not elsewhere.
 */
export function useFocusAfterEdit(entries: readonly MapEntry[] | undefined, editButtons: ElementMap<HTMLButtonElement>) {
  const [entryId, setEntryId] = useState<string | null>(null);
  useEffect(() => {
    if (!entryId) return;
    const button = editButtons.get(entryId);
    if (!focusIsFree(button)) {
      setEntryId(null);
      return;
    }
    if (button) {
      button.focus();
      setEntryId(null);
    }
  }, [entryId, entries, editButtons]);
  return setEntryId;
}
