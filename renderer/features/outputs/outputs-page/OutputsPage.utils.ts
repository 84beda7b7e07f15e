import { MAX_BLANK_SETS } from '../../../../shared/output/print-document-path';
import type { PrintOutcome } from '../../../host/host';

/** The one message line at the top of the page: what the last command did, or why it failed. */
export type Notice = { tone: 'info' | 'error'; text: string } | null;

export const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What happened to a print request, in plain words; `what` is e.g. "the session report". */
export function describePrint(outcome: PrintOutcome, what: string): Notice {
  switch (outcome.status) {
    case 'printed':
      return { tone: 'info', text: `Sent ${what} to the printer.` };
    case 'dialog-shown':
      return { tone: 'info', text: `${what[0]?.toUpperCase()}${what.slice(1)} opened in a new window with the print dialog. To keep a PDF, choose "Save as PDF" as the printer.` };
    case 'blocked':
      return { tone: 'error', text: `The browser blocked the print window. Use "Preview", then "Print…" on the preview.` };
    case 'not-printed':
      return outcome.reason === 'cancelled' ? { tone: 'info', text: 'Printing was cancelled.' } : { tone: 'error', text: `Could not print ${what}: ${outcome.reason}` };
  }
}

/** The number of blank worksheet sets typed, or null when it is not a whole number from 1 to MAX_BLANK_SETS. */
export function parseBlankSets(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const count = Number(trimmed);
  return count >= 1 && count <= MAX_BLANK_SETS ? count : null;
}

/** The start of every saved document's file name: "<title> - <campus>", leaving out what is blank. */
export function documentNamePrefix(session: { title: string; campus: string }): string {
  return [session.title, session.campus]
    .map((part) => part.trim())
    .filter(Boolean)
    .join(' - ');
}

