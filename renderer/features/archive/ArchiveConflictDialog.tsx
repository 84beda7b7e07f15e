import type { Archive } from '../../../shared/archive';
import { useModalDialog } from '../../components/use-modal-dialog';

interface Props {
  archive: Archive | null;
  onChoose: (archive: Archive, mode: 'replace' | 'copy') => void;
  onCancel: () => void;
}

/** The archive's session is already on this computer: keep both, or replace the local copy. */
export function ArchiveConflictDialog({ archive, onChoose, onCancel }: Props) {
  const { dialogProps, titleId } = useModalDialog(archive !== null, onCancel);
  return (
    <dialog {...dialogProps} className="dialog">
      <h2 id={titleId}>This session is already on this computer</h2>
      <p>
        “{archive?.session.title}”{archive?.session.campus ? ` (${archive.session.campus})` : ''} from this archive is already here. Keep both, or
        replace the copy on this computer with the archive’s?
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="danger" onClick={() => archive && onChoose(archive, 'replace')}>
          Replace the copy here
        </button>
        <button type="button" className="primary" onClick={() => archive && onChoose(archive, 'copy')} autoFocus>
          Keep both
        </button>
      </div>
    </dialog>
  );
}
