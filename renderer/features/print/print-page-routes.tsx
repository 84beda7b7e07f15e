import type { RouteObject } from 'react-router';

/** The print pages' code (and print.css) loads on demand: the first screen never needs it. */
const printPages = () => import('./PrintPages');

/**
 * One route per printable document, outside the app shell (no header, no navigation), so the
 * screen preview, the browser's print dialog and Electron's printToPDF all print the same page.
 * Their canonical paths are built by `printDocumentPath()` in shared/output/print-document-path.ts.
 */
export const printPageRoutes: RouteObject[] = [
  {
    path: '/print/:sessionId',
    children: [
      { path: 'worksheets', lazy: async () => ({ Component: (await printPages()).WorksheetsPrintPage }) },
      { path: 'delegate/:delegateId', lazy: async () => ({ Component: (await printPages()).DelegatePrintPage }) },
      { path: 'delegates', lazy: async () => ({ Component: (await printPages()).AllDelegatesPrintPage }) },
      { path: 'report', lazy: async () => ({ Component: (await printPages()).ReportPrintPage }) },
    ],
  },
];
