import { useLocation } from 'react-router';

/** After opening an archive, the session's page says what was opened (the text comes with the navigation). */
export function OpenedNotice() {
  const text = (useLocation().state as { archiveOpened?: unknown } | null)?.archiveOpened;
  if (typeof text !== 'string') return null;
  return (
    <p role="status" className="notice" data-testid="archive-opened">
      {text}
    </p>
  );
}
