import { useSaveStatus } from '../data/save-status';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** The quiet "saved" state: announced politely, never in the way. */
export function SaveIndicator() {
  const status = useSaveStatus();
  let text = '';
  if (status.state === 'saving') text = 'Saving…';
  else if (status.state === 'saved' && status.lastSavedAt) text = `Saved ${timeFormat.format(status.lastSavedAt)}`;
  else if (status.state === 'error') text = status.message ?? 'Not saved';
  return (
    <p className={`save-indicator save-${status.state}`} role="status" aria-live="polite" data-testid="save-status">
      {text}
    </p>
  );
}
