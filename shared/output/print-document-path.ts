/**
 * The path of each printable document ("/print/<session>/report?paper=a4"). The renderer builds it,
 * Electron's main process loads it in a hidden window to make PDFs or print (IPC `printToPdf`,
 * `printDocument`), and the IPC contract accepts nothing else, so a path is only ever written in one
 * canonical form. The React routes that render these pages are in renderer/features/print/print-page-routes.tsx
 * (the roadshow report, "/print-roadshow/<roadshow>?paper=a4", in renderer/app/App.tsx).
 */
import { z } from 'zod';

export const paperSizeSchema = z.enum(['a4', 'letter']);
export type PaperSize = z.infer<typeof paperSizeSchema>;
export const DEFAULT_PAPER_SIZE: PaperSize = 'a4';

/** Chromium's (and Electron's printToPDF) name for each paper size. */
export const PDF_PAGE_SIZE: Record<PaperSize, 'A4' | 'Letter'> = { a4: 'A4', letter: 'Letter' };

/** More blank worksheet sets than this is a typing slip, not a workshop. */
export const MAX_BLANK_SETS = 60;

export type PrintDocument =
  /** `blankSets` null: one set per unit with names filled in; a number: that many blank sets. */
  | { kind: 'worksheets'; sessionId: string; blankSets: number | null }
  | { kind: 'delegate'; sessionId: string; delegateId: string }
  /** Every delegate's document in one, each starting on a new page. */
  | { kind: 'delegates'; sessionId: string }
  | { kind: 'report'; sessionId: string }
  /** A roadshow's comparison of its campuses (every session of the roadshow on this computer). */
  | { kind: 'roadshow-report'; roadshowId: string };

export interface ParsedPrintDocumentPath {
  document: PrintDocument;
  paper: PaperSize;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROUTE = new RegExp(
  `^/print/(${UUID})/(worksheets|delegates|report|delegate/(${UUID}))\\?paper=(a4|letter)(?:&blank=([1-9][0-9]?))?$`,
  'i',
);
const ROADSHOW_ROUTE = new RegExp(`^/print-roadshow/(${UUID})\\?paper=(a4|letter)$`, 'i');
const MAX_ROUTE_LENGTH = 200;

function checkBlankSets(blankSets: number | null): void {
  if (blankSets !== null && (!Number.isInteger(blankSets) || blankSets < 1 || blankSets > MAX_BLANK_SETS)) {
    throw new RangeError(`blank sets must be a whole number from 1 to ${MAX_BLANK_SETS}`);
  }
}

/** The hash route of a document, e.g. "/print/<session>/delegate/<delegate>?paper=letter". */
export function printDocumentPath(document: PrintDocument, paper: PaperSize): string {
  if (document.kind === 'roadshow-report') return `/print-roadshow/${document.roadshowId}?paper=${paper}`;
  const base = `/print/${document.sessionId}`;
  switch (document.kind) {
    case 'worksheets':
      checkBlankSets(document.blankSets);
      return `${base}/worksheets?paper=${paper}${document.blankSets === null ? '' : `&blank=${document.blankSets}`}`;
    case 'delegate':
      return `${base}/delegate/${document.delegateId}?paper=${paper}`;
    case 'delegates':
      return `${base}/delegates?paper=${paper}`;
    case 'report':
      return `${base}/report?paper=${paper}`;
  }
}

/** The document a route names, or null for anything that is not exactly a print route. */
export function parsePrintDocumentPath(route: string): ParsedPrintDocumentPath | null {
  if (route.length > MAX_ROUTE_LENGTH) return null;
  const roadshow = ROADSHOW_ROUTE.exec(route);
  if (roadshow) return { document: { kind: 'roadshow-report', roadshowId: roadshow[1] ?? '' }, paper: (roadshow[2] ?? 'a4').toLowerCase() as PaperSize };
  const match = ROUTE.exec(route);
  if (!match) return null;
  const [, sessionId = '', which = '', delegateId, paper = 'a4', blank] = match;
  const blankSets = blank === undefined ? null : Number(blank);
  if (blankSets !== null && (which !== 'worksheets' || blankSets > MAX_BLANK_SETS)) return null;
  const paperSize = paper.toLowerCase() as PaperSize;
  const kind = which.toLowerCase();
  let document: PrintDocument;
  if (kind === 'worksheets') document = { kind: 'worksheets', sessionId, blankSets };
  else if (kind === 'delegates') document = { kind: 'delegates', sessionId };
  else if (kind === 'report') document = { kind: 'report', sessionId };
  else document = { kind: 'delegate', sessionId, delegateId: delegateId ?? '' };
  return { document, paper: paperSize };
}

/** For the IPC contract: only the app's own print routes may be loaded into a print window. */
export const printDocumentPathSchema = z
  .string()
  .max(MAX_ROUTE_LENGTH)
  .refine((route) => parsePrintDocumentPath(route) !== null, { message: 'is not a print route' });

/** The paper size a page's `?paper=` search parameter asks for; anything unknown is the default. */
export function paperFromSearch(search: URLSearchParamsLike): PaperSize {
  const parsed = paperSizeSchema.safeParse(search.get('paper'));
  return parsed.success ? parsed.data : DEFAULT_PAPER_SIZE;
}

/** The number of blank sets a worksheets page's `?blank=` asks for; null means one set per unit. */
export function blankSetsFromSearch(search: URLSearchParamsLike): number | null {
  const raw = search.get('blank');
  if (raw === null || !/^[0-9]{1,3}$/.test(raw)) return null;
  const count = Number(raw);
  return count >= 1 && count <= MAX_BLANK_SETS ? count : null;
}

/** The part of URLSearchParams these read (shared/ has no DOM types). */
export interface URLSearchParamsLike {
  get(name: string): string | null;
}
