import { useEffect } from 'react';
import { createHashRouter, Link, Outlet, RouterProvider, useNavigate } from 'react-router';
import { SaveIndicator } from '../components/SaveIndicator';
import { useAutoBackup } from '../data/auto-backup';
import { usePersistentStorage } from '../data/storage-facts';
import { HomePage } from '../features/home/HomePage';
import { printPageRoutes } from '../features/print/print-page-routes';
import { useHost } from './providers';

function Shell() {
  const host = useHost();
  useAutoBackup();
  usePersistentStorage();
  const navigate = useNavigate();
  useEffect(
    () =>
      host.onMenuCommand((command) => {
        if (command === 'new-session') navigate('/');
        // The home screen owns the open-archive flow; the state stamp makes a repeat command count.
        if (command === 'open-archive') navigate('/', { state: { openArchive: Date.now() } });
        if (command === 'open-launch-archive') navigate('/', { state: { launchArchive: Date.now() } });
      }),
    [host, navigate],
  );
  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={(e) => {
          // Hash routing owns the URL fragment, so move focus instead of navigating.
          e.preventDefault();
          document.getElementById('main-content')?.focus();
        }}>
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="brand">
          Co-Create Studio
        </Link>
        <SaveIndicator />
      </header>
      <div id="main-content" tabIndex={-1}>
        <Outlet />
      </div>
    </div>
  );
}

/** Hash routes work under app:// and in print windows alike. */
export const routes = [
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      // Every page but home loads on demand (route `lazy`: the router loads the code, then swaps pages
      // in one step, so no half-drawn page shows). The code is a local file, so these still open
      // offline and at once; the first screen stays small.
      { path: 'sessions/:sessionId/setup', lazy: async () => ({ Component: (await import('../features/setup/SetupPage')).SetupPage }) },
      { path: 'sessions/:sessionId/run', lazy: async () => ({ Component: (await import('../features/run/RunPage')).RunPage }) },
      { path: 'sessions/:sessionId/work', lazy: async () => ({ Component: (await import('../features/work/WorkPage')).WorkPage }) },
      { path: 'sessions/:sessionId/outputs', lazy: async () => ({ Component: (await import('../features/outputs/outputs-page/OutputsPage')).OutputsPage }) },
      { path: 'about-data', lazy: async () => ({ Component: (await import('../features/data-safety/AboutDataPage')).AboutDataPage }) },
      { path: 'roadshows/:roadshowId', lazy: async () => ({ Component: (await import('../features/roadshow/RoadshowPage')).RoadshowPage }) },
    ],
  },
  // The audience view: no app header, the whole window is the slide.
  { path: '/projector/:sessionId', lazy: async () => ({ Component: (await import('../features/projector/ProjectorPage')).ProjectorPage }) },
  // The roadshow comparison for a network meeting's screen, and its printed report.
  { path: '/roadshow-projector/:roadshowId', lazy: async () => ({ Component: (await import('../features/roadshow/RoadshowProjectorPage')).RoadshowProjectorPage }) },
  { path: '/print-roadshow/:roadshowId', lazy: async () => ({ Component: (await import('../features/roadshow/RoadshowPrintPage')).RoadshowPrintPage }) },
  // Printable documents: no app header; the page is the paper (see features/print).
  ...printPageRoutes,
];

export function App() {
  return <RouterProvider router={createHashRouter(routes)} />;
}
