import { useEffect, useId, useRef, type RefObject, type SyntheticEvent } from 'react';

export interface ModalDialog {
  /** Spread onto the <dialog>: its ref, its accessible name (the title's id) and Escape handling. */
  dialogProps: {
    ref: RefObject<HTMLDialogElement | null>;
    'aria-labelledby': string;
    onCancel: (event: SyntheticEvent<HTMLDialogElement>) => void;
  };
  /** The id to put on the dialog's heading. */
  titleId: string;
}

/**
 * A native <dialog> shown modally while `open` (focus stays inside, the page behind is inert) and
 * closed when `open` turns false or the component unmounts. Escape calls `onCancel` instead of
 * closing behind React's back, so the dialog's state always lives in React. The title id is
 * generated, so two dialogs on one page never share an id.
 */
export function useModalDialog(open: boolean, onCancel: () => void): ModalDialog {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog?.open) dialog.close();
    };
  }, []);

  return {
    titleId,
    dialogProps: {
      ref,
      'aria-labelledby': titleId,
      onCancel: (event) => {
        event.preventDefault();
        onCancel();
      },
    },
  };
}
