/** @jsxImportSource preact */
import { useEffect, useRef, useState } from 'preact/hooks';
import { JoinFailure, type JoinApi } from './api';
import { Notice } from './fields';

type State = { kind: 'idle' } | { kind: 'making' } | { kind: 'ready'; url: string; fileName: string } | { kind: 'failed'; message: string };

/**
 * "Download my PDF": the laptop makes this delegate's document (a PDF, or in web mode the same
 * document as a page to save or print) and the phone saves it. Fetched with the device token, then
 * handed to the browser as a file, so no token ever appears in an address.
 */
export function PdfDownload({ api, token }: { api: JoinApi; token: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const link = useRef<HTMLAnchorElement>(null);
  const readyUrl = state.kind === 'ready' ? state.url : null;

  useEffect(() => {
    if (readyUrl === null) return;
    link.current?.click();
    return () => URL.revokeObjectURL(readyUrl);
  }, [readyUrl]);

  const download = async () => {
    setState({ kind: 'making' });
    try {
      const { blob, fileName } = await api.pdf(token);
      setState({ kind: 'ready', url: URL.createObjectURL(blob), fileName });
    } catch (error) {
      setState({ kind: 'failed', message: error instanceof JoinFailure ? error.message : 'The document could not be made. Try again.' });
    }
  };

  return (
    <section aria-labelledby="pdf-title">
      <h2 id="pdf-title">Your own copy</h2>
      <p>Your table’s map, channels and action plan, and your own quiz result.</p>
      <button type="button" class="primary wide" onClick={() => void download()} disabled={state.kind === 'making'}>
        Download my PDF
      </button>
      <div aria-live="polite">
        {state.kind === 'making' ? <p>The laptop is making your document. This can take a minute.</p> : null}
        {state.kind === 'ready' ? (
          <p>
            Your document is ready.{' '}
            <a ref={link} href={state.url} download={state.fileName}>
              Save {state.fileName}
            </a>
          </p>
        ) : null}
      </div>
      {state.kind === 'failed' ? <Notice kind="problem">{state.message}</Notice> : null}
    </section>
  );
}
