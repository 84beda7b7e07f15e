import type { RouteObject } from 'react-router';
import { lazy, Suspense, type ComponentType } from 'react';

/** The print pages load on demand (their own chunk, with print.css): the first screen never needs them. */
const printPages = () => import('./PrintPages');
function page(pick: (m: Awaited<ReturnType<typeof printPages>>) => ComponentType) {
  const Page = lazy(async () => ({ default: pick(await printPages()) }));
  return (
    <Suspense fallback={null}>
      <Page />
    </Suspense>
  );
}

/**
 * One route per printable document, outside the app shell (no header, no navigation), so the
 * screen preview, the browser's print dialog and Electron's printToPDF all print the same page.
 * Their canonical paths are built by `printDocumentPath()` in shared/output/print-document-path.ts.
 */
export const printPageRoutes: RouteObject[] = [
  {
    path: '/print/:sessionId',
    children: [
      { path: 'worksheets', element: page((m) => m.WorksheetsPrintPage) },
      { path: 'delegate/:delegateId', element: page((m) => m.DelegatePrintPage) },
      { path: 'delegates', element: page((m) => m.AllDelegatesPrintPage) },
      { path: 'report', element: page((m) => m.ReportPrintPage) },
    ],
  },
];
