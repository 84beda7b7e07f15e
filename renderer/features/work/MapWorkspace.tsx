import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Unit } from '../../../shared/session/schema';
import type { MappingPhase } from '../../../shared/template/schema';
import { plural } from '../../../shared/vocabulary';
import { useRoomMapEntries } from '../../data/work-hooks';
import { PaperTranscription } from './paper-transcription/PaperTranscription';
import { UnitMapEditor } from './unit-map-editor/UnitMapEditor';
import { UnitPicker } from './UnitPicker';

export type EntryMode = 'live' | 'pass' | 'paper';

const MODES: ReadonlyArray<{ mode: EntryMode; label: string; help: string }> = [
  { mode: 'live', label: 'Facilitator, live', help: 'You type while each unit speaks.' },
  { mode: 'pass', label: 'Pass the laptop', help: 'Each unit types its own map, then hands over.' },
  { mode: 'paper', label: 'From paper worksheets', help: 'Type up the printed worksheets afterwards.' },
];

interface Props {
  sessionId: string;
  phase: MappingPhase;
  units: readonly Unit[];
  unitId: string | null;
  onUnitChange: (unitId: string) => void;
  mode: EntryMode;
  onModeChange: (mode: EntryMode) => void;
  /** Inside the live console, which already shows the phase title and prompt. */
  embedded?: boolean;
}

/** Activity 2, entering maps: the three ways in, for one unit at a time. */
export function MapWorkspace({ sessionId, phase, units, unitId, onUnitChange, mode, onModeChange, embedded = false }: Props) {
  const id = useId();
  const unit = units.find((u) => u.id === unitId) ?? null;
  return (
    <section className="map-workspace" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{embedded ? 'Each unit’s map' : phase.title}</h2>
      {phase.audiencePrompt && !embedded ? <p className="work-prompt">{phase.audiencePrompt}</p> : null}
      <fieldset className="mode-picker">
        <legend>Who is typing</legend>
        {MODES.map((m) => (
          <label key={m.mode} className="radio">
            <input type="radio" name={`${id}-mode`} value={m.mode} checked={mode === m.mode} onChange={() => onModeChange(m.mode)} />
            <span>
              {m.label} <span className="muted">— {m.help}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {mode === 'pass' ? (
        <PassTheLaptop sessionId={sessionId} phase={phase} units={units} startWith={unitId} onUnitChange={onUnitChange} />
      ) : (
        <>
          <UnitPicker units={units} value={unit?.id ?? null} onChange={onUnitChange} label={mode === 'paper' ? 'Worksheet of' : 'Unit'} />
          {unit ? (
            mode === 'live' ? (
              <UnitMapEditor key={unit.id} sessionId={sessionId} phase={phase} unit={unit} />
            ) : (
              <PaperTranscription key={unit.id} sessionId={sessionId} phase={phase} unit={unit} />
            )
          ) : null}
        </>
      )}
    </section>
  );
}

/**
 * Round the tables: one unit at a time, then a hand-over screen that hides the map just
 * entered, so the next unit starts from a blank page and does not read the last one's.
 */
function PassTheLaptop({
  sessionId,
  phase,
  units,
  startWith,
  onUnitChange,
}: {
  sessionId: string;
  phase: MappingPhase;
  units: readonly Unit[];
  startWith: string | null;
  onUnitChange: (unitId: string) => void;
}) {
  const id = useId();
  const [current, setCurrent] = useState<Unit | null>(null);
  const [next, setNext] = useState<string | null>(startWith ?? units[0]?.id ?? null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [handedOver, setHandedOver] = useState(0);
  const entries = useRoomMapEntries(sessionId);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const e of entries ?? []) map.set(e.unitId, (map.get(e.unitId) ?? 0) + 1);
    return map;
  }, [entries]);

  useEffect(() => {
    if (handedOver > 0) heading.current?.focus();
  }, [handedOver]);

  if (current) {
    return (
      <div className="pass-entering">
        <p className="now-entering" role="status">
          Now entering: <strong>{current.name}</strong>
        </p>
        <UnitMapEditor key={current.id} sessionId={sessionId} phase={phase} unit={current} autoFocus />
        <button
          type="button"
          className="primary handover-button"
          onClick={() => {
            const index = units.findIndex((u) => u.id === current.id);
            setNext(units[index + 1]?.id ?? units[0]?.id ?? null);
            setCurrent(null);
            setHandedOver((n) => n + 1);
          }}
        >
          Done: hand over to the next unit
        </button>
      </div>
    );
  }

  const chosen = units.find((u) => u.id === next) ?? null;
  return (
    <section className="handover panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {handedOver > 0 ? 'Thank you! Pass the laptop to the next unit' : 'Pass the laptop'}
      </h3>
      <p>The map just entered is hidden. Choose who is typing now, then start.</p>
      <UnitPicker
        units={units}
        value={next}
        onChange={setNext}
        label="Who is entering their map now?"
        stepper={false}
        describe={(u) => {
          const n = counts.get(u.id) ?? 0;
          return n === 0 ? 'not started' : plural(n, 'entry', 'entries');
        }}
      />
      <button
        type="button"
        className="primary"
        disabled={!chosen}
        onClick={() => {
          if (!chosen) return;
          onUnitChange(chosen.id);
          setCurrent(chosen);
        }}
      >
        Start entering{chosen ? ` for ${chosen.name}` : ''}
      </button>
    </section>
  );
}
