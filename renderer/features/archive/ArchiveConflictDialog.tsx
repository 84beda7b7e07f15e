import { useEffect, useState } from 'react';
import type { Archive } from '../../../shared/archive';
import type { CopySummary } from '../../data/archive-repo';
import { useArchiveWriter } from '../../data/archive-write-hooks';
import { ColumnHeads } from '../../components/ColumnHeads';
import { useModalDialog } from '../../components/use-modal-dialog';
import { KEPT_COPY_DAYS } from '../../data/kept-copies';

interface Props {
  archive: Archive | null;
  onChoose: (archive: Archive, mode: 'replace' | 'copy' | 'merge') => void;
  onCancel: () => void;
}

const when = (ms: number) => new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const ROWS: [keyof CopySummary['counts'], string][] = [
  ['delegates', 'Delegates'],
  ['units', 'Tables, groups or delegates with a map'],
  ['cards', 'Discussion cards'],
  ['mapEntries', 'Map entries'],
  ['actions', 'Actions'],
];

/** The archive's session is already on this computer: both copies side by side, then merge, keep both, or replace. */
export function ArchiveConflictDialog({ archive, onChoose, onCancel }: Props) {
  const { dialogProps, titleId } = useModalDialog(archive !== null, onCancel);
  const writer = useArchiveWriter();
  const [preview, setPreview] = useState<{ local: CopySummary; file: CopySummary } | null>(null);
  useEffect(() => {
    let live = true;
    setPreview(null);
    if (archive) void writer.preview(archive).then((p) => live && setPreview(p));
    return () => {
      live = false;
    };
  }, [archive, writer]);
  const newer = preview ? (preview.file.updatedAt > preview.local.updatedAt ? 'file' : preview.file.updatedAt < preview.local.updatedAt ? 'local' : 'same') : null;
  return (
    <dialog {...dialogProps} className="dialog">
      <h2 id={titleId}>This session is already on this computer</h2>
      <p>
        “{archive?.session.title}”{archive?.session.campus ? ` (${archive.session.campus})` : ''} from this file is already here.
        {newer === 'file' && ' The copy in the file was changed more recently.'}
        {newer === 'local' && ' The copy on this computer was changed more recently.'}
        {newer === 'same' && ' Both copies were last changed at the same time.'}
      </p>
      {preview && (
        <table className="compare-copies">
          <ColumnHeads labels={['Copy', 'On this computer', 'In the file']} />
          <tbody>
            <tr>
              <th scope="row">Last changed</th>
              <td>{when(preview.local.updatedAt)}</td>
              <td>{when(preview.file.updatedAt)}</td>
            </tr>
            {ROWS.map(([key, label]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{preview.local.counts[key]}</td>
                <td>{preview.file.counts[key]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        Merge joins both copies: for each record the later change is kept, and records deleted in one copy stay deleted. Replace keeps the copy on
        this computer for at least {KEPT_COPY_DAYS} days first (About this data lists it, with a Restore button).
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => archive && onChoose(archive, 'replace')}>
          Replace the copy here
        </button>
        <button type="button" onClick={() => archive && onChoose(archive, 'copy')}>
          Keep both
        </button>
        <button type="button" className="primary" onClick={() => archive && onChoose(archive, 'merge')} autoFocus>
          Merge
        </button>
      </div>
    </dialog>
  );
}
