import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { PaperSize } from '../../../shared/output/print-document-path';
import { cssString } from './css-string';
import './print.css';

export type PrintState = 'loading' | 'ready' | { error: string };

/** The fonts the documents use; they are bundled files, so this never touches the network. */
const FONTS = ['400 1em "Atkinson Hyperlegible Next"', '700 1em "Atkinson Hyperlegible Next"'];

async function fontsLoaded(): Promise<void> {
  await Promise.all(FONTS.map((font) => document.fonts.load(font).catch(() => [])));
  await document.fonts.ready;
}

/**
 * Marks the page ready for printing once its data is rendered and its fonts are loaded, so the host
 * (Electron's printToPDF, a test's page.pdf, or the web print button) never prints half a page.
 * `<html data-print-ready="true">`, or "error" with `data-print-error` saying why.
 */
function usePrintReady(state: PrintState): void {
  const error = typeof state === 'object' ? state.error : null;
  const ready = state === 'ready';
  useEffect(() => {
    const root = document.documentElement;
    let cancelled = false;
    if (error !== null) {
      root.dataset.printError = error;
      root.dataset.printReady = 'error';
    } else if (ready) {
      void fontsLoaded().then(() => {
        if (!cancelled) root.dataset.printReady = 'true';
      });
    }
    return () => {
      cancelled = true;
      delete root.dataset.printReady;
      delete root.dataset.printError;
    };
  }, [error, ready]);
}

/** The session title in every page footer (an @page margin box reads it from this property). */
function useFooterAndTitle(footer: string, documentTitle: string): void {
  useEffect(() => {
    const root = document.documentElement;
    const previousTitle = document.title;
    root.style.setProperty('--print-footer', cssString(footer));
    document.title = documentTitle;
    return () => {
      root.style.removeProperty('--print-footer');
      document.title = previousTitle;
    };
  }, [footer, documentTitle]);
}

interface PrintFrameProps {
  state: PrintState;
  paper: PaperSize;
  /** Shown in every page's footer next to the page number. */
  footer: string;
  /** The window title, which browsers also offer as the PDF's file name. */
  documentTitle: string;
  /** Where the screen toolbar's "Back" goes. */
  sessionId: string | undefined;
  /** Screen-only remarks for the facilitator (never printed). */
  note?: string | null;
  children?: ReactNode;
}

/**
 * The page around every printable document: paper size, footer, readiness signal, and on screen a
 * toolbar (hidden in print) to print it or go back.
 */
export function PrintFrame({ state, paper, footer, documentTitle, sessionId, note = null, children }: PrintFrameProps) {
  usePrintReady(state);
  useFooterAndTitle(footer, documentTitle);
  const canClose = typeof window !== 'undefined' && window.opener !== null;
  return (
    <div className="print-screen">
      <div className="print-toolbar" role="region" aria-label="Print preview">
        <p className="print-toolbar-text">
          Print preview · {paper === 'letter' ? 'US Letter' : 'A4'}
          {note ? <span className="print-toolbar-note"> · {note}</span> : null}
        </p>
        <div className="print-toolbar-actions">
          <button type="button" className="primary" onClick={() => window.print()} disabled={state !== 'ready'}>
            Print…
          </button>
          {canClose ? (
            <button type="button" onClick={() => window.close()}>
              Close
            </button>
          ) : sessionId ? (
            <Link to={`/sessions/${sessionId}/outputs`}>Back to outputs</Link>
          ) : (
            <Link to="/">Back to sessions</Link>
          )}
        </div>
      </div>
      <main className={`print-doc paper-${paper}`} aria-busy={state === 'loading'}>
        {state === 'loading' ? <p className="print-status">Preparing the document…</p> : null}
        {typeof state === 'object' ? (
          <div className="print-status" role="alert">
            <h1>This document cannot be printed</h1>
            <p>{state.error}</p>
          </div>
        ) : null}
        {state === 'ready' ? children : null}
      </main>
    </div>
  );
}
