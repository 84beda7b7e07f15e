import { useEffect, useId, useRef, useState } from 'react';
import type { QuizTally } from '../../../../shared/run/schema';
import { TALLY_WORDS } from '../../../../shared/vocabulary';
import { ValidationError } from '../../../data/errors';
import { ErrorMessage } from '../../../components/Field';

type CountKey = 'trueCount' | 'falseCount' | 'unsureCount';
type Counts = Record<CountKey, number>;
const FIELDS: { key: CountKey; label: string }[] = [
  { key: 'trueCount', label: TALLY_WORDS.trueCount },
  { key: 'falseCount', label: TALLY_WORDS.falseCount },
  { key: 'unsureCount', label: TALLY_WORDS.unsureCount },
];
const SAVE_DELAY_MS = 400;

const toDraft = (tally: QuizTally | undefined): Record<CountKey, string> => ({
  trueCount: String(tally?.trueCount ?? 0),
  falseCount: String(tally?.falseCount ?? 0),
  unsureCount: String(tally?.unsureCount ?? 0),
});

/**
 * Room tally: the facilitator types the hands for True, False and Not sure. Saves shortly after
 * typing stops, on Enter and on leaving a field; a value that is not a whole number is refused
 * with a message and nothing is saved.
 */
export function TallyForm({ tally, onSave }: { tally: QuizTally | undefined; onSave: (counts: Counts) => Promise<unknown> }) {
  const id = useId();
  const [draft, setDraftState] = useState(() => toDraft(tally));
  const latest = useRef(draft);
  const [error, setError] = useState<string | null>(null);
  // True while the focus is anywhere in the three fields, so a save landing while the facilitator
  // tabs from one field to the next never puts old numbers back.
  const editing = useRef(false);
  const timer = useRef<number | null>(null);
  const setDraft = (next: Record<CountKey, string>) => {
    latest.current = next;
    setDraftState(next);
  };

  useEffect(() => {
    if (!editing.current) {
      latest.current = toDraft(tally);
      setDraftState(latest.current);
    }
  }, [tally]);
  // A count still waiting to be saved when the form goes (the statement changed) is saved now.
  const flush = useRef<() => void>(() => undefined);
  useEffect(() => () => {
    if (timer.current !== null) flush.current();
  }, []);

  const save = async (next: Record<CountKey, string>) => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
    const counts = {} as Counts;
    for (const { key, label } of FIELDS) {
      const text = next[key].trim() === '' ? '0' : next[key].trim();
      if (!/^\d{1,5}$/.test(text)) {
        setError(`${label}: enter a whole number of hands (0 or more).`);
        return;
      }
      counts[key] = Number(text);
    }
    if (tally && FIELDS.every(({ key }) => tally[key] === counts[key])) {
      setError(null);
      return;
    }
    try {
      await onSave(counts);
      setError(null);
    } catch (e) {
      if (e instanceof ValidationError) setError(Object.values(e.fieldErrors).join(' '));
      else setError((e as Error).message);
    }
  };

  flush.current = () => void save(latest.current);

  const change = (key: CountKey, value: string) => {
    setDraft({ ...latest.current, [key]: value });
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void save(latest.current), SAVE_DELAY_MS);
  };

  const total = FIELDS.reduce((sum, { key }) => sum + (/^\d+$/.test(draft[key].trim()) ? Number(draft[key]) : 0), 0);

  return (
    <div
      className="tally-form"
      role="group"
      aria-labelledby={`${id}-legend`}
      onFocus={() => {
        editing.current = true;
      }}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        editing.current = false;
        void save(latest.current);
      }}
    >
      <p id={`${id}-legend`} className="tally-legend">
        Hands up for each answer
      </p>
      <div className="tally-fields">
        {FIELDS.map(({ key, label }) => (
          <div className="field" key={key}>
            <label htmlFor={`${id}-${key}`}>{label}</label>
            <input
              id={`${id}-${key}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={10000}
              step={1}
              value={draft[key]}
              aria-invalid={error?.startsWith(label) ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => change(key, e.target.value)}
              onKeyDown={(e) => {
                // Enter saves at once (a group of several fields has no implicit submit).
                if (e.key === 'Enter') {
                  e.preventDefault();
                  void save(latest.current);
                }
              }}
            />
          </div>
        ))}
        <p className="tally-total">
          Total <strong>{total}</strong>
        </p>
      </div>
      {error ? (
        <ErrorMessage id={`${id}-error`}>{error}</ErrorMessage>
      ) : null}
    </div>
  );
}
