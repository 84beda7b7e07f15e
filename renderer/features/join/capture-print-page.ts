const READY_TIMEOUT_MS = 60_000;

/**
 * A print route of this app as one self-contained HTML page, for a phone in web mode (where the
 * laptop cannot make a PDF file): the route is drawn in a hidden frame of this window (same origin,
 * same data), and once it says it is ready, its document and its CSS are written into one file.
 * No scripts, no links back to the laptop; the fonts fall back to the phone's own.
 */
export async function capturePrintPage(doc: Document, route: string): Promise<string> {
  const view = doc.defaultView;
  if (!view) throw new Error('no window to draw the document in');
  const frame = doc.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;left:-10000px;top:0;width:800px;height:600px;border:0;visibility:hidden';
  frame.src = `${view.location.pathname}${view.location.search}#${route}`;
  doc.body.append(frame);
  try {
    const inner = await printReady(frame);
    return pageHtml(inner);
  } finally {
    frame.remove();
  }
}

/** Waits for the frame's `data-print-ready` (set by PrintFrame once data and fonts are in). */
function printReady(frame: HTMLIFrameElement): Promise<Document> {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + READY_TIMEOUT_MS;
    const check = () => {
      const inner = frame.contentDocument;
      const state = inner?.documentElement?.dataset.printReady;
      if (inner && state === 'true') return resolve(inner);
      if (inner && state === 'error') return reject(new Error(inner.documentElement.dataset.printError ?? 'the document could not be prepared'));
      if (Date.now() > deadline) return reject(new Error('the document took too long to prepare'));
      // The frame swaps documents while it loads, so the flag is checked again shortly rather than
      // observed on one document (a timer, not animation frames, which stop in a hidden window).
      setTimeout(check, 100);
    };
    check();
  });
}

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

function pageHtml(inner: Document): string {
  const css: string[] = [];
  for (const sheet of Array.from(inner.styleSheets)) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    // Font files live on the laptop's own address, which the phone's page cannot load.
    for (const rule of Array.from(rules)) if (!rule.cssText.startsWith('@font-face')) css.push(rule.cssText);
  }
  const root = inner.documentElement;
  const footer = root.style.getPropertyValue('--print-footer');
  const doc = inner.querySelector('main.print-doc');
  if (!doc) throw new Error('the document has no content');
  const title = escapeHtml(inner.title);
  return [
    '<!doctype html>',
    `<html lang="en" style="${footer ? `--print-footer: ${escapeHtml(footer)}` : ''}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style>${css.join('\n').replace(/<\/style/gi, '<\\/style')}</style>`,
    '<style>.join-save-hint{font:16px/1.4 system-ui,sans-serif;padding:12px;background:#fff8d6;color:#111}@media print{.join-save-hint{display:none}}</style>',
    '</head><body>',
    '<p class="join-save-hint">To keep this document, use your browser’s Share or Print menu and choose “Save as PDF”.</p>',
    doc.outerHTML,
    '</body></html>',
  ].join('');
}
