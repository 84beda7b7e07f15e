import type { QuizMode, Unit } from '../../../shared/session/schema';
import type { SessionBundle } from '../../data/output-repo';

/** One set of worksheets: for a known unit (names filled in) or blank. */
export interface WorksheetSet {
  key: string;
  unit: Pick<Unit, 'id' | 'name' | 'kind'> | null;
  delegateNames: string[];
}

/**
 * One set per unit with its delegates' names, or `blankSets` blank sets. A session without units
 * yet gets one blank set rather than an empty document.
 */
export function worksheetSets(bundle: Pick<SessionBundle, 'units' | 'delegates'>, blankSets: number | null): WorksheetSet[] {
  const blank = (count: number) => Array.from({ length: count }, (_, i): WorksheetSet => ({ key: `blank-${i + 1}`, unit: null, delegateNames: [] }));
  if (blankSets !== null) return blank(blankSets);
  if (bundle.units.length === 0) return blank(1);
  return [...bundle.units]
    .sort((a, b) => a.order - b.order)
    .map((unit) => ({
      key: unit.id,
      unit: { id: unit.id, name: unit.name, kind: unit.kind },
      delegateNames: bundle.delegates
        .filter((d) => d.unitId === unit.id)
        .sort((a, b) => a.order - b.order)
        .map((d) => d.name),
    }));
}

/**
 * Who fills in a quiz sheet: with answers recorded per delegate, each delegate of the unit gets one
 * with their name on it; otherwise the unit shares one (null: the name line is left blank).
 */
export function quizSheetNames(set: WorksheetSet, quizMode: QuizMode): (string | null)[] {
  if (quizMode === 'per-delegate' && set.delegateNames.length > 0) return set.delegateNames;
  return [null];
}
