import type { RouteObject } from 'react-router';
import { AllDelegatesPrintPage, DelegatePrintPage, ReportPrintPage, WorksheetsPrintPage } from './PrintPages';

/**
 * One route per printable document, outside the app shell (no header, no navigation), so the
 * screen preview, the browser's print dialog and Electron's printToPDF all print the same page.
 * Their canonical URLs are built by `printRoute()` in shared/output/print-routes.ts.
 */
export const printRoutes: RouteObject[] = [
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
