import type { Session } from '../session/schema';

/** What a campus shows for a section it has nothing recorded in: never a zero, which would read as measured. */
export const NO_DATA = 'No data';

/** An action with no stage or priority chosen. */
export const NOT_SET = 'Not set';

/** How a session is named in a roadshow comparison: its campus, or its title when no campus was given. */
export function campusName(session: Pick<Session, 'campus' | 'title'>): string {
  return session.campus.trim() || session.title;
}
