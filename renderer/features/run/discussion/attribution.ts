import type { Card } from '../../../../shared/run/schema';
import type { Delegate, Unit } from '../../../../shared/session/schema';

/** One select for "said by": nobody, a delegate ("d:<id>") or a group/table ("u:<id>"). */
export function attributionValue(card: Pick<Card, 'delegateId' | 'unitId'>): string {
  if (card.delegateId) return `d:${card.delegateId}`;
  if (card.unitId) return `u:${card.unitId}`;
  return '';
}

export function parseAttribution(value: string): { delegateId: string | null; unitId: string | null } {
  if (value.startsWith('d:')) return { delegateId: value.slice(2), unitId: null };
  if (value.startsWith('u:')) return { delegateId: null, unitId: value.slice(2) };
  return { delegateId: null, unitId: null };
}

/** "Ana Khan" or "Table 3" for the console; null when nobody is named. */
export function attributionName(card: Pick<Card, 'delegateId' | 'unitId'>, delegates: readonly Delegate[], units: readonly Unit[]): string | null {
  if (card.delegateId) return delegates.find((d) => d.id === card.delegateId)?.name ?? null;
  if (card.unitId) return units.find((u) => u.id === card.unitId)?.name ?? null;
  return null;
}

/** Groups and tables only: in "individual" mode every delegate's own unit is the delegate. */
export function attributableUnits(units: readonly Unit[]): Unit[] {
  return units.filter((u) => u.kind !== 'delegate');
}

/** A short form of a card's text for the names of its controls ("Votes for “Bursary…”"). */
export function shortText(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
