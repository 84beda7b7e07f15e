import type { ConsoleSnapshot, PdfReply } from '../../../shared/join';
import { safeFileName } from '../../../shared/output/file-names';
import { DEFAULT_PAPER_SIZE, printDocumentPath } from '../../../shared/output/print-document-path';
import type { Host } from '../../host/host';
import type { SessionBundle } from '../../data/output-repo';

interface DelegateData {
  hasDelegate(delegateId: string): Promise<boolean>;
  /** The session's records, for the page web mode sends (null when the session is gone). */
  sessionBundle(): Promise<SessionBundle | null>;
}

/**
 * The answer to a phone's "Download my PDF": its own delegate's document and no other (the relay
 * sends the delegate id of the device that asked). Electron prints the print route to PDF itself,
 * through the same path as the outputs screen; web mode hands back the same document as a page the
 * phone can save or print.
 */
export async function pdfReplyFor(host: Host, delegates: DelegateData, sessionId: string, delegateId: string, snapshot: ConsoleSnapshot | null): Promise<PdfReply> {
  if (!(await delegates.hasDelegate(delegateId))) return { kind: 'error', message: 'This name is no longer in the session, so there is no document for it.' };
  const route = printDocumentPath({ kind: 'delegate', sessionId, delegateId }, DEFAULT_PAPER_SIZE);
  const name = snapshot?.delegates.find((d) => d.id === delegateId)?.name ?? 'My';
  const base = `${name} - ${snapshot?.sessionTitle ?? 'workshop'}`;
  if (host.kind === 'electron') return { kind: 'route', route, fileName: safeFileName(base, 'pdf') };
  try {
    const bundle = await delegates.sessionBundle();
    const { delegatePageHtml } = await import('./delegate-page');
    const html = bundle ? await delegatePageHtml(bundle, delegateId) : null;
    if (html === null) return { kind: 'error', message: 'This name is no longer in the session, so there is no document for it.' };
    return { kind: 'html', html, fileName: safeFileName(base, 'html') };
  } catch (error) {
    return { kind: 'error', message: `The laptop could not make the document: ${error instanceof Error ? error.message : String(error)}` };
  }
}
