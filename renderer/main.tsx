// First: zod must be jitless before any schema runs (the CSP forbids its `new Function` probe).
import '../shared/zod-jitless';
import '@fontsource/atkinson-hyperlegible-next/400.css';
import '@fontsource/atkinson-hyperlegible-next/700.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { AppProviders } from './app/providers';
import { CoCreateDb } from './data/db';
import { detectHost } from './host/get-host';

function StartupError({ message }: { message: string }) {
  return (
    <main className="page" role="alert">
      <h1>Co-Create Studio cannot open its data</h1>
      <p>{message}</p>
    </main>
  );
}

async function boot() {
  const root = createRoot(document.getElementById('root')!);
  const db = new CoCreateDb();
  try {
    await db.open();
  } catch (error) {
    const e = error as Error & { inner?: Error };
    root.render(<StartupError message={(e.inner ?? e).message} />);
    return;
  }
  root.render(
    <StrictMode>
      <AppProviders db={db} host={detectHost()}>
        <App />
      </AppProviders>
    </StrictMode>,
  );
  // Lets end-to-end tests wait for a ready app instead of sleeping.
  document.documentElement.dataset.ready = 'true';
}

void boot();
