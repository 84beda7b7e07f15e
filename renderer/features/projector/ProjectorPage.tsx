import './projector.css';
import { useEffect } from 'react';
import { useParams } from 'react-router';
import type { ProjectorSnapshot } from '../../../shared/run/projector-view';
import { useJoinDisplay } from '../../data/join-display-hooks';
import { useProjectorSnapshot } from '../../data/run-hooks';
import { JoinSlide } from '../join/JoinSlide';
import { ProjectorSlide } from './ProjectorSlide';
import { ProjectorStage } from './ProjectorStage';
import { useHeldSnapshot } from './use-held-snapshot';

/**
 * The audience view (route `projector/:sessionId`, outside the app shell). It is built only from
 * the privacy-filtered snapshot (shared/run/projector-view.ts), which follows the console live
 * through IndexedDB, in this window or another one.
 */
export function ProjectorPage() {
  const { sessionId } = useParams();
  const live = useProjectorSnapshot(sessionId);

  useEffect(() => {
    const previous = document.title;
    document.title = 'Projector · Co-Create Studio';
    return () => {
      document.title = previous;
    };
  }, []);

  if (live === undefined) return <Holding theme="dark" text="Connecting to the console…" />;
  if (live === null) return <Holding theme="dark" text="Waiting for the session to start." />;
  return <LiveProjector live={live} sessionId={sessionId!} />;
}

function LiveProjector({ live, sessionId }: { live: ProjectorSnapshot; sessionId: string }) {
  const { shown, frozen } = useHeldSnapshot(live);
  const join = useJoinDisplay(sessionId);
  if (live.blank) {
    return (
      <div className="projector projector-blank" data-testid="projector" data-state="blank">
        <h1 className="sr-only">The projector is blanked</h1>
      </div>
    );
  }
  // The console's "Show on projector" for joining puts the join slide over the phase (blank still wins).
  if (join?.display?.onProjector && !live.closing) {
    return (
      <div className={`projector theme-${live.theme}`} data-testid="projector" data-state="join">
        <ProjectorStage>
          <JoinSlide display={join.display} wifi={join.wifi} />
        </ProjectorStage>
      </div>
    );
  }
  return (
    <div className={`projector theme-${live.theme}`} data-testid="projector" data-state={live.closing ? 'closing' : frozen ? 'frozen' : 'live'}>
      <ProjectorStage>
        <ProjectorSlide snapshot={shown} />
      </ProjectorStage>
    </div>
  );
}

function Holding({ theme, text }: { theme: 'dark' | 'light'; text: string }) {
  return (
    <div className={`projector theme-${theme}`} data-testid="projector" data-state="waiting">
      <ProjectorStage>
        <main className="projector-slide projector-holding">
          <h1>{text}</h1>
        </main>
      </ProjectorStage>
    </div>
  );
}
