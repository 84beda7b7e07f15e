import { useId } from 'react';
import type { Unit } from '../../../shared/session/schema';

interface Props {
  units: readonly Unit[];
  value: string | null;
  onChange: (unitId: string) => void;
  label?: string;
  /** Extra words per unit in the list, e.g. "3 entries". */
  describe?: (unit: Unit) => string;
  /** Shows previous / next buttons for moving round the room. */
  stepper?: boolean;
}

/** Which unit (delegate, group or table) is being worked on. */
export function UnitPicker({ units, value, onChange, label = 'Unit', describe, stepper = true }: Props) {
  const id = useId();
  const index = units.findIndex((u) => u.id === value);
  const go = (delta: number) => {
    const next = units[index + delta];
    if (next) onChange(next.id);
  };
  return (
    <div className="unit-picker">
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value)}>
          {value === null ? <option value="">Choose…</option> : null}
          {units.map((unit) => (
            <option key={unit.id} value={unit.id}>
              {unit.name}
              {describe ? ` — ${describe(unit)}` : ''}
            </option>
          ))}
        </select>
      </div>
      {stepper ? (
        <div className="unit-stepper">
          <button type="button" onClick={() => go(-1)} disabled={index <= 0}>
            ‹ Previous unit
          </button>
          <button type="button" onClick={() => go(1)} disabled={index === -1 || index >= units.length - 1}>
            Next unit ›
          </button>
        </div>
      ) : null}
    </div>
  );
}
