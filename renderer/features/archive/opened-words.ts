import { recordKindList } from '../../../shared/records/registry';
import { plural } from '../../../shared/vocabulary';
import type { CopySummary } from '../../data/archive-repo';
import { KEPT_COPY_DAYS } from '../../data/kept-copies';

export type OpenedHow = 'new' | 'copy' | 'replace' | 'merge';

const COUNTED = ['delegates', 'units', 'cards', 'mapEntries', 'channels', 'actions'] as const;

/** "2 delegates, 1 unit, 0 discussion cards, …" in the record registry's words. */
export function countsSentence(counts: CopySummary['counts']): string {
  return COUNTED.map((table) => {
    const kind = recordKindList.find((k) => k.table === table)!;
    return plural(counts[table], kind.one, kind.many);
  }).join(', ');
}

/**
 * What opening a file did, in plain words: which session, what it holds now, and whether it was
 * opened as a new session, as a copy, replaced the copy here (which is kept) or was merged into it.
 */
export function describeOpened(session: { title: string; campus: string }, how: OpenedHow, counts: CopySummary['counts'], details = ''): string {
  const name = `“${session.title}”${session.campus ? ` (${session.campus})` : ''}`;
  const holds = countsSentence(counts);
  const lines = {
    new: `Opened ${name} as a new session: ${holds}.`,
    copy: `Opened ${name} as a copy, next to the session already here: ${holds}.`,
    replace: `Replaced the copy of ${name} on this computer with the file’s: ${holds}. The copy that was here is kept for ${KEPT_COPY_DAYS} days under About this data, with a Restore button.`,
    merge: `Merged the file’s copy of ${name} into the one here. ${details} The session now has ${holds}.`,
  };
  return [lines[how], how === 'merge' ? '' : details].filter(Boolean).join(' ');
}
