import { useEffect, useMemo, useRef, useState } from 'react';
import { newId } from '../../../../shared/ids';
import type { MappingPhase } from '../../../../shared/template/schema';
import { emptyMapEntryInput, mapEntryToInput, validateMapEntryInput, type MapEntryErrors, type MapEntryInput } from '../../../../shared/work/map-entry-input';
import type { MapEntry } from '../../../../shared/work/schema';
import { ValidationError } from '../../../data/errors';
import { useWorkWriter } from '../../../data/work-hooks';
import type { ElementMap } from '../use-element-map';
import { useStableCallback } from '../use-stable';
import { useUndo } from '../use-undo';
import { isBlank, rowAfter, sameInput } from './PaperTranscription.utils';

export interface Draft {
  key: number;
  input: MapEntryInput;
  /** Set once saved: the line stays until the saved entry shows up, so line numbers never jump. */
  savedId: string | null;
  /** Typed into or changed by hand: a line the facilitator touched is never re-seeded. */
  touched: boolean;
}

const BLANK_ROWS = 3;
const fresh = (key: number, input: MapEntryInput): Draft => ({ key, input, savedId: null, touched: false });
const problemOf = (e: unknown): MapEntryErrors => (e instanceof ValidationError ? e.fieldErrors : { what: (e as Error).message });

/**
 * The worksheet's lines: saved entries first, then draft lines (always at least three blank ones).
 * Each save resolves to the line's problems, or null when it is stored.
 */
export function usePaperLines(sessionId: string, unitId: string, phase: MappingPhase, entries: readonly MapEntry[] | undefined) {
  const writer = useWorkWriter();
  const nextKey = useRef(BLANK_ROWS);
  const [lastCell, setLastCell] = useState<{ columnId: string; rowId: string } | null>(null);
  const blank = (cell = lastCell): MapEntryInput => emptyMapEntryInput(cell ?? {});
  const [drafts, setDrafts] = useState<Draft[]>(() => Array.from({ length: BLANK_ROWS }, (_, key) => fresh(key, emptyMapEntryInput())));
  const entryIds = useMemo(() => new Set((entries ?? []).map((e) => e.id)), [entries]);
  const visibleDrafts = drafts.filter((d) => d.savedId === null || !entryIds.has(d.savedId));
  const undo = useUndo();
  const [undoFocus, setUndoFocus] = useState(0);
  const [announce, setAnnounce] = useState('');

  useEffect(() => {
    // Saved lines whose entries have arrived are shown as entries now; forget them.
    setDrafts((list) => (list.some((d) => d.savedId !== null && entryIds.has(d.savedId)) ? list.filter((d) => d.savedId === null || !entryIds.has(d.savedId)) : list));
  }, [entryIds]);

  const saveDraft = useStableCallback(async (key: number, input: MapEntryInput): Promise<MapEntryErrors | null> => {
    if (isBlank(input)) return null;
    const result = validateMapEntryInput(phase, input);
    if (!result.ok) return result.errors;
    const savedId = drafts.find((d) => d.key === key)?.savedId ?? null;
    if (savedId !== null) {
      // Edited again before its saved entry arrived: change that entry, do not add another.
      try {
        await writer.updateMapEntry(savedId, input);
        return null;
      } catch (e) {
        return problemOf(e);
      }
    }
    // The id is known before saving, so the line hands over to its entry in the same render
    // the entry arrives in, and line numbers never jump.
    const id = newId();
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, input, savedId: id } : d)));
    try {
      const saved = await writer.addMapEntry(sessionId, unitId, input, id);
      const cell = { columnId: saved.columnId, rowId: saved.rowId };
      setLastCell(cell);
      setAnnounce(`Saved line: ${saved.what}.`);
      setDrafts((list) => {
        // Untouched lines below follow the cell just used: worksheets list a cell's entries together.
        const next = list.map((d) => (d.savedId === null && !d.touched ? { ...d, input: blank(cell) } : d));
        while (next.filter((d) => d.savedId === null).length < BLANK_ROWS) next.push(fresh(nextKey.current++, blank(cell)));
        return next;
      });
      return null;
    } catch (e) {
      setDrafts((list) => list.map((d) => (d.key === key ? { ...d, savedId: null } : d)));
      return problemOf(e);
    }
  });

  const editDraft = useStableCallback((key: number, patch: Partial<MapEntryInput>) => {
    setDrafts((list) => list.map((d) => (d.key === key ? { ...d, input: { ...d.input, ...patch }, touched: true } : d)));
  });

  const saveExisting = useStableCallback(async (entry: MapEntry, input: MapEntryInput): Promise<MapEntryErrors | null> => {
    if (sameInput(input, mapEntryToInput(entry))) return null;
    const result = validateMapEntryInput(phase, input);
    if (!result.ok) return result.errors;
    try {
      await writer.updateMapEntry(entry.id, input);
      return null;
    } catch (e) {
      return problemOf(e);
    }
  });

  const remove = useStableCallback((entry: MapEntry) => {
    void writer.deleteMapEntry(entry.id).then((removed) => {
      if (!removed) return;
      undo.record(`Deleted row “${removed.what}”`, () => writer.restoreMapEntry(removed));
      setUndoFocus((n) => n + 1);
    });
  });

  const addLine = () => setDrafts((list) => [...list, fresh(nextKey.current++, blank())]);

  return { visibleDrafts, saveDraft, editDraft, saveExisting, remove, addLine, undo, undoFocus, announce };
}

/**
 * Enter on a line goes to the next line's first field (the cell), as on paper. The next line is
 * looked up before saving (a saved draft line leaves the table); focus moves after the next paint.
 */
export function useLineFocus(rowKeys: readonly string[], firstFields: Pick<ElementMap<HTMLElement>, 'get'>) {
  const latest = useRef(rowKeys);
  latest.current = rowKeys;
  const lineAfter = useStableCallback((rowKey: string) => rowAfter(latest.current, rowKey));
  const focusLine = useStableCallback((rowKey: string | null) => {
    requestAnimationFrame(() => {
      const key = rowKey ?? latest.current[latest.current.length - 1];
      if (key !== undefined) firstFields.get(key)?.focus();
    });
  });
  return { lineAfter, focusLine };
}
