import { memo, useMemo } from 'react';
import type { Delegate, Unit } from '../../../../shared/session/schema';
import type { DiscussionPhase } from '../../../../shared/template/schema';
import { attributableUnits } from './attribution';

interface Props {
  /** Prefix for the field ids, from the form's useId(). */
  id: string;
  phase: DiscussionPhase;
  delegates: readonly Delegate[];
  units: readonly Unit[];
  who: string;
  onWho: (value: string) => void;
  topicId: string;
  onTopic: (value: string) => void;
}

/** "Said by" (console only, never projected) and the optional topic tag, for new and edited cards. */
export function CardMetaFields({ id, phase, delegates, units, who, onWho, topicId, onTopic }: Props) {
  const groups = useMemo(() => attributableUnits(units), [units]);
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-who`}>Said by (console only)</label>
        <select id={`${id}-who`} value={who} onChange={(e) => onWho(e.target.value)}>
          <option value="">Not recorded</option>
          <WhoGroup label="Delegates" prefix="d" items={delegates} />
          <WhoGroup label="Groups and tables" prefix="u" items={groups} />
        </select>
      </div>
      {phase.topics.length > 0 ? (
        <div className="field">
          <label htmlFor={`${id}-topic`}>Topic</label>
          <select id={`${id}-topic`} value={topicId} onChange={(e) => onTopic(e.target.value)}>
            <option value="">No topic</option>
            {phase.topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
    </>
  );
}

/**
 * One group of "Said by" choices; a choice's value is its prefix and id ("d:…" a delegate, "u:…" a
 * group). Memoised: the form redraws on every keystroke, and a room of 200 is 200 options.
 */
const WhoGroup = memo(function WhoGroup({ label, prefix, items }: { label: string; prefix: 'd' | 'u'; items: ReadonlyArray<{ id: string; name: string }> }) {
  if (items.length === 0) return null;
  return (
    <optgroup label={label}>
      {items.map((item) => (
        <option key={item.id} value={`${prefix}:${item.id}`}>
          {item.name}
        </option>
      ))}
    </optgroup>
  );
});
