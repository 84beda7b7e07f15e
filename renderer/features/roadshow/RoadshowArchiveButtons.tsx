import type { Roadshow } from '../../../shared/roadshow/schema';
import { useHost } from '../../app/providers';
import { ARCHIVE_FILE_KIND } from '../../data/archive-write-hooks';
import { ConflictError } from '../../data/errors';
import { useRoadshowArchiveWriter } from '../../data/roadshow-archive-hooks';
import { useRoadshowWriter } from '../../data/roadshow-hooks';

type Notice = { tone: 'info' | 'error'; text: string } | null;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * The roadshow as one archive file (every session here, with the grouping), and adding sessions to
 * it by opening their archive files: a session of another template is refused before anything is
 * written, and the reason is given.
 */
export function RoadshowArchiveButtons({ roadshow, templateTitle, onNotice }: { roadshow: Roadshow; templateTitle: string; onNotice: (notice: Notice) => void }) {
  const host = useHost();
  const files = useRoadshowArchiveWriter();
  const writer = useRoadshowWriter();

  const exportFile = async () => {
    onNotice(null);
    try {
      const { fileName, bytes, sessions } = await files.exportFile(roadshow.id);
      const result = await host.saveFile({ suggestedName: fileName, kind: ARCHIVE_FILE_KIND, bytes });
      if (result.saved) onNotice({ tone: 'info', text: `Saved the roadshow archive with ${sessions} ${sessions === 1 ? 'session' : 'sessions'}${result.location ? ` as ${result.location}` : ''}.` });
    } catch (e) {
      onNotice({ tone: 'error', text: `The roadshow archive was not saved: ${errorText(e)}` });
    }
  };

  const addFromFile = async () => {
    onNotice(null);
    const file = await host.openFile({ kind: ARCHIVE_FILE_KIND });
    if (file.status === 'cancelled') return;
    if (file.status === 'error') return onNotice({ tone: 'error', text: file.message });
    const read = await files.read(file.bytes);
    if (!read.ok) return onNotice({ tone: 'error', text: `"${file.name}": ${read.message}` });
    const wrong = read.bundle.sessions.filter((s) => s.session.template.id !== roadshow.templateId);
    if (wrong.length > 0) {
      const lines = wrong.map(
        (s) =>
          `"${s.session.title}"${s.session.campus ? ` (${s.session.campus})` : ''} was made from the template "${s.session.template.title}", but the roadshow "${roadshow.name}" runs "${templateTitle}". A roadshow compares the same workshop across campuses, so only sessions of the same template can join.`,
      );
      return onNotice({ tone: 'error', text: `Nothing was opened. ${lines.join(' ')}` });
    }
    try {
      // Sessions already here are merged with the file's copy, as "Merge" does for one archive.
      const outcomes = await files.open(read.bundle, {});
      const lines: string[] = [];
      for (const o of outcomes) {
        const name = o.campus || o.title;
        try {
          if (!roadshow.sessionIds.includes(o.sessionId)) await writer.add(roadshow.id, o.sessionId);
          lines.push(`Added ${name} to the roadshow${o.how === 'merged' ? ' (merged with the copy here)' : ''}.`);
        } catch (e) {
          lines.push(`Opened ${name}, but it was not added: ${e instanceof ConflictError ? e.message : errorText(e)}`);
        }
      }
      onNotice({ tone: 'info', text: lines.join('\n') });
    } catch (e) {
      onNotice({ tone: 'error', text: `The archive was not opened: ${errorText(e)}` });
    }
  };

  return (
    <p className="row-actions">
      <button type="button" onClick={() => void exportFile()}>
        Export roadshow archive
      </button>
      <button type="button" onClick={() => void addFromFile()}>
        Add a session from an archive file…
      </button>
    </p>
  );
}
