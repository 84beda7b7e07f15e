import { memo, useLayoutEffect, useRef } from 'react';
import type { Unit } from '../../../../shared/session/schema';
import { fillWhenIdle } from './idle-fill';

/** Up to this many tables, every row's choice is filled at once. */
const FILL_AT_ONCE = 40;

/**
 * "Not assigned" and every table or group as option elements, made once per list of units. Each
 * row's choice gets a copy (copied natively, many times faster than React creates elements). Names
 * go in as text, never as markup.
 */
export function optionsFragment(units: readonly Unit[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const none = document.createElement('option');
  none.value = '';
  none.textContent = 'Not assigned';
  fragment.append(none);
  for (const unit of units) {
    const option = document.createElement('option');
    option.value = unit.id;
    option.textContent = unit.name;
    fragment.append(option);
  }
  return fragment;
}

interface Props {
  label: string;
  value: string;
  options: DocumentFragment;
  onChange: (unitId: string) => void;
}

/**
 * A delegate's table or group. React renders the empty select; its options are copies of
 * `options`. With many tables (200 rows of 200 tables is 40,000 options, whose styles alone took
 * a third of a second when a large archive opened), a row first holds "Not assigned" and its own
 * table, and gets the full list when the page is idle, or at once when it is focused, pressed or
 * pointed at: the list is always complete before anyone can open it.
 */
export const UnitSelect = memo(function UnitSelect({ label, value, options, onChange }: Props) {
  const ref = useRef<HTMLSelectElement>(null);
  const filled = useRef(false);
  const latestValue = useRef(value);
  latestValue.current = value;

  useLayoutEffect(() => {
    const select = ref.current;
    if (!select) return;
    const fill = () => {
      if (filled.current) return;
      filled.current = true;
      select.replaceChildren(options.cloneNode(true));
      select.value = latestValue.current;
    };
    filled.current = false;
    if (options.childNodes.length <= FILL_AT_ONCE + 1) {
      fill();
      return;
    }
    const chosen = Array.from(options.childNodes as NodeListOf<HTMLOptionElement>).filter((o) => o.value === '' || o.value === latestValue.current);
    select.replaceChildren(...chosen.map((o) => o.cloneNode(true)));
    select.value = latestValue.current;
    const now = () => fill();
    select.addEventListener('focus', now);
    select.addEventListener('pointerdown', now);
    select.addEventListener('pointerenter', now);
    const cancel = fillWhenIdle(fill);
    return () => {
      cancel();
      select.removeEventListener('focus', now);
      select.removeEventListener('pointerdown', now);
      select.removeEventListener('pointerenter', now);
    };
  }, [options]);

  // The stored choice; a row not yet filled gets its own table's option first.
  useLayoutEffect(() => {
    const select = ref.current;
    if (!select) return;
    if (!filled.current && value !== '' && !Array.from(select.options).some((o) => o.value === value)) {
      const option = Array.from(options.childNodes as NodeListOf<HTMLOptionElement>).find((o) => o.value === value);
      if (option) select.append(option.cloneNode(true));
    }
    select.value = value;
  }, [value, options]);

  return <select ref={ref} aria-label={label} onChange={(e) => onChange(e.target.value)} />;
});
