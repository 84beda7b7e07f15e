import { useId, useMemo } from 'react';
import type { Unit } from '../../../../shared/session/schema';
import type { MappingPhase } from '../../../../shared/template/schema';
import { useUnitMapEntries } from '../../../data/work-hooks';
import { mapOptions } from '../map-options';
import { UndoBar } from '../UndoBar';
import { useElementMap } from '../use-element-map';
import { EntryLine, PaperRow } from './PaperRow';
import { useLineFocus, usePaperLines } from './PaperTranscription.hooks';
import { PAPER_COLUMNS, paperColumnLabels } from './PaperTranscription.utils';
import { ColumnHeads } from '../../../components/ColumnHeads';

interface Props {
  sessionId: string;
  phase: MappingPhase;
  unit: Unit;
}

/**
 * Typing up printed worksheets: one row per entry in the worksheet's own order (cell, what,
 * partner, how often, strength, lived experience, note), so Tab follows the paper. A row is saved
 * when you press Enter in it or leave it; Enter also moves to the next row.
 */
export function PaperTranscription({ sessionId, phase, unit }: Props) {
  const id = useId();
  const entries = useUnitMapEntries(sessionId, unit.id);
  const options = useMemo(() => mapOptions(phase), [phase]);
  const labels = useMemo(() => paperColumnLabels(phase), [phase]);
  const lines = usePaperLines(sessionId, unit.id, phase, entries);
  const firstFields = useElementMap<HTMLSelectElement>();
  const draftKey = (key: number) => `draft-${key}`;
  const rowKeys = [...(entries ?? []).map((e) => e.id), ...lines.visibleDrafts.map((d) => draftKey(d.key))];
  const { lineAfter, focusLine } = useLineFocus(rowKeys, firstFields);
  const rowProps = { options, labels, lineAfter, focusLine };

  return (
    <section className="paper-grid" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>From paper: {unit.name}</h3>
      <p className="muted">
        One line per entry, as on the worksheet. Tab moves along a line in the worksheet’s order; Enter saves the line and starts the next. Lines are also
        saved when you leave them.
      </p>
      <UndoBar control={lines.undo} focusToken={lines.undoFocus} />
      <p role="status" className="sr-only">
        {lines.announce}
      </p>
      <div className="map-grid-wrap">
        <table className="data-table paper-table">
          <caption className="sr-only">Worksheet lines for {unit.name}</caption>
          <ColumnHeads labels={['#', ...PAPER_COLUMNS.map((column) => labels[column]), { label: 'Remove', screenReaderOnly: true }]} />
          <tbody>
            {(entries ?? []).map((entry, i) => (
              <EntryLine
                key={entry.id}
                entry={entry}
                rowKey={entry.id}
                line={i + 1}
                {...rowProps}
                firstFieldRef={firstFields.ref(entry.id)}
                onSave={(input) => lines.saveExisting(entry, input)}
                onRemove={() => lines.remove(entry)}
              />
            ))}
            {lines.visibleDrafts.map((draft, i) => (
              <PaperRow
                key={draftKey(draft.key)}
                rowKey={draftKey(draft.key)}
                line={(entries?.length ?? 0) + i + 1}
                input={draft.input}
                onInput={(patch) => lines.editDraft(draft.key, patch)}
                {...rowProps}
                firstFieldRef={firstFields.ref(draftKey(draft.key))}
                onSave={(input) => lines.saveDraft(draft.key, input)}
              />
            ))}
          </tbody>
        </table>
      </div>
      <button type="button" onClick={lines.addLine}>
        Add another line
      </button>
    </section>
  );
}
