import type { SessionRecords } from '../records/session-records';
import { campusName } from '../vocabulary';

/** One campus of a roadshow: one session's records, as the comparison reads them. */
export type CampusRecords = Pick<
  SessionRecords,
  'session' | 'runState' | 'delegates' | 'units' | 'quizAnswers' | 'quizTallies' | 'cards' | 'themes' | 'mapEntries' | 'channels' | 'actions'
>;

/** Every figure names the session it came from, so it can be traced (and linked) back. */
export interface CampusRef {
  sessionId: string;
  campus: string;
}

export const campusRef = (c: CampusRecords): CampusRef => ({ sessionId: c.session.id, campus: campusName(c.session) });

/** A campus's value for one figure; `value` is null when the campus has no data for it (never a zero). */
export type PerCampus<T> = CampusRef & { value: T | null };
