import type { SessionBundle } from '../../data/output-repo';
import { cssString } from '../print/css-string';
import { formatSessionWhen } from '../../format';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A delegate's document as one self-contained HTML page, for a phone in web mode (where the laptop
 * cannot make a PDF file): the same DelegateDocument and print.css as the printed PDF, rendered to
 * static markup. No scripts and nothing loaded from the laptop; the phone's own fonts stand in.
 * The renderer for static markup loads only when a phone asks. Null when the delegate is gone.
 */
export async function delegatePageHtml(bundle: SessionBundle, delegateId: string): Promise<string | null> {
  const [{ renderToStaticMarkup }, { DelegateDocument }, { buildDelegateDoc }, css] = await Promise.all([
    import('react-dom/server'),
    import('../print/DelegateDocument'),
    import('../print/delegate-model'),
    import('../print/print.css?inline'),
  ]);
  const doc = buildDelegateDoc(bundle, delegateId);
  if (!doc) return null;
  const body = renderToStaticMarkup(
    <main className="print-doc paper-a4">
      <DelegateDocument doc={doc} />
    </main>,
  );
  const { session } = bundle;
  const campus = session.campus.trim();
  // The printed PDF's footer (PrintPages' footerText), without loading the print pages into the console.
  const footer = [session.title, session.campus, formatSessionWhen({ date: session.date, startTime: '' })].filter(Boolean).join(' · ');
  const title = campus ? `${campus} - ${doc.delegate.name}` : doc.delegate.name;
  return [
    '<!doctype html>',
    `<html lang="en" style="${escapeHtml(`--print-footer: ${cssString(footer)}`)}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css.default.replace(/<\/style/gi, '<\\/style')}</style>`,
    '<style>.join-save-hint{font:16px/1.4 system-ui,sans-serif;margin:0;padding:12px;background:#fff8d6;color:#111}@media print{.join-save-hint{display:none}}</style>',
    '</head><body>',
    '<p class="join-save-hint">To keep this document, use your browser’s Share or Print menu and choose “Save as PDF”.</p>',
    body,
    '</body></html>',
  ].join('');
}
