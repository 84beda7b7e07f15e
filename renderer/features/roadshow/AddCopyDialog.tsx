import { useModalDialog } from '../../components/use-modal-dialog';

interface Props {
  open: boolean;
  roadshowName: string;
  onAdd: () => void;
  onSkip: () => void;
}

/** After "Duplicate for the next campus" of a roadshow's session: offers to put the copy in the same roadshow. */
export function AddCopyDialog({ open, roadshowName, onAdd, onSkip }: Props) {
  const { dialogProps, titleId } = useModalDialog(open, onSkip);
  return (
    <dialog {...dialogProps} className="dialog">
      <h2 id={titleId}>Add the copy to the roadshow?</h2>
      <p>The session you duplicated is in the roadshow “{roadshowName}”. Add the copy for the next campus to it, so it is compared with the others?</p>
      <div className="dialog-actions">
        <button type="button" onClick={onSkip}>
          Not now
        </button>
        <button type="button" className="primary" onClick={onAdd} autoFocus>
          Add to roadshow
        </button>
      </div>
    </dialog>
  );
}
