import type { RouteObject } from 'react-router';
import { AllDelegatesPrintPage, DelegatePrintPage, ReportPrintPage, WorksheetsPrintPage } from './PrintPages';

/**
 * One route per printable document, outside the app shell (no header, no navigation), so the
 * screen preview, the browser's print dialog and Electron's printToPDF all print the same page.
 * Their canonical paths are built by `printDocumentPath()` in shared/output/print-document-path.ts.
 */
export const printPageRoutes: RouteObject[] = [
  {
    path: '/print/:sessionId',
    children: [
      { path: 'worksheets', element: <WorksheetsPrintPage /> },
      { path: 'delegate/:delegateId', element: <DelegatePrintPage /> },
      { path: 'delegates', element: <AllDelegatesPrintPage /> },
      { path: 'report', element: <ReportPrintPage /> },
    ],
  },
];
