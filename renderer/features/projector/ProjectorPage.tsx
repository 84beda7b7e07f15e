import './projector.css';
import { useEffect, useRef } from 'react';
import { useParams } from 'react-router';
import type { ProjectorSnapshot } from '../../../shared/run/projector-view';
import { useProjectorSnapshot } from '../../data/run-hooks';
import { ProjectorSlide } from './ProjectorSlide';

/**
 * The audience view (route `projector/:sessionId`, outside the app shell). It is built only from
 * the privacy-filtered snapshot (shared/run/projector-view.ts), which follows the console live
 * through IndexedDB, in this window or another one.
 */
export function ProjectorPage() {
  const { sessionId } = useParams();
  const live = useProjectorSnapshot(sessionId);
  const lastUnfrozen = useRef<ProjectorSnapshot | null>(null);

  useEffect(() => {
    const previous = document.title;
    document.title = 'Projector · Co-Create Studio';
    return () => {
      document.title = previous;
    };
  }, []);

  if (live === undefined) return <Holding theme="dark" text="Connecting to the console…" />;
  if (live === null) return <Holding theme="dark" text="Waiting for the session to start." />;

  if (live.blank) {
    return (
      <div className="projector projector-blank" data-testid="projector" data-state="blank">
        <h1 className="sr-only">The projector is blanked</h1>
      </div>
    );
  }

  // Frozen: keep showing what was on screen when the facilitator froze it, while the console
  // moves on. The clock stays live only while the console is still on that same phase.
  if (!live.frozen) lastUnfrozen.current = live;
  const held = live.frozen && lastUnfrozen.current ? lastUnfrozen.current : live;
  const shown: ProjectorSnapshot = held === live ? live : { ...held, timer: held.timer.phaseId === live.timer.phaseId ? live.timer : held.timer };

  return (
    <div className={`projector theme-${live.theme}`} data-testid="projector" data-state={live.frozen ? 'frozen' : 'live'}>
      <ProjectorSlide snapshot={shown} />
    </div>
  );
}

function Holding({ theme, text }: { theme: 'dark' | 'light'; text: string }) {
  return (
    <div className={`projector theme-${theme}`} data-testid="projector" data-state="waiting">
      <main className="projector-slide projector-holding">
        <h1>{text}</h1>
      </main>
    </div>
  );
}
