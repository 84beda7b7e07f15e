import type { Session } from '../shared/session/schema';

/** "Mon 15 Jan 2027, 10:10" from the session's date and start time (either may be empty). */
export function formatSessionWhen(session: Pick<Session, 'date' | 'startTime'>): string {
  if (!session.date) return session.startTime;
  const [y, m, d] = session.date.split('-').map(Number);
  const date = new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const day = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(date);
  return session.startTime ? `${day}, ${session.startTime}` : day;
}
