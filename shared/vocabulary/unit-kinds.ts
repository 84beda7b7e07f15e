import type { Unit } from '../session/schema';

/** What a unit is called: a delegate's own map and plan, a named group or a numbered table. */
export const UNIT_KIND_WORDS: Record<Unit['kind'], string> = { delegate: 'Own map and plan', group: 'Group', table: 'Table' };

export const unitKindWord = (unit: Pick<Unit, 'kind'>): string => UNIT_KIND_WORDS[unit.kind];
