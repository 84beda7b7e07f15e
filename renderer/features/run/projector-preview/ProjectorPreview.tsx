import '../../projector/projector.css';
import './projector-preview.css';
import { useCallback, useEffect, useId, useState } from 'react';
import type { ProjectorSnapshot } from '../../../../shared/run/projector-view';
import type { Session } from '../../../../shared/session/schema';
import { useJoinDisplay } from '../../../data/join-display-hooks';
import { useProjectorPreview } from '../../../data/projector-hooks';
import { JoinPreview } from '../../join/JoinPreview';
import type { RunWriter } from '../../../data/run-hooks';
import type { FitLayout } from '../../projector/fit/FitSlide';
import { ProjectorSlide } from '../../projector/ProjectorSlide';
import { ProjectorStage } from '../../projector/ProjectorStage';
import { slideTitle } from '../../projector/slide-content';
import { useHeldSnapshot } from '../../projector/use-held-snapshot';
import { recordPageCount, registerCatchUp, turnPage } from './page-turner';
import { useAfterPaint } from './use-after-paint';

/**
 * What the room sees now, and what it will see after "Next phase", drawn small on the console
 * from the same privacy-filtered snapshots and the same slide as the projector (as OpenSlides'
 * projector preview), so the facilitator never projects by surprise. Also turns the pages of a
 * view too long for one screen.
 */
export function ProjectorPreview({ session, actions }: { session: Session; actions: RunWriter }) {
  const [snapshots, catchUp] = useAfterPaint(useProjectorPreview(session.id));
  useEffect(() => registerCatchUp(session.id, catchUp), [session.id, catchUp]);
  const join = useJoinDisplay(session.id);
  const [pages, setPages] = useState(1);
  const onLayout = useCallback(
    (layout: FitLayout) => {
      recordPageCount(session.id, layout.pages.length);
      setPages(layout.pages.length);
    },
    [session.id],
  );
  if (!snapshots) return null;
  const { current, next } = snapshots;
  const page = Math.min(current.page, pages - 1);

  return (
    <section className="projector-preview-panel" aria-labelledby="projector-preview-title">
      <h2 id="projector-preview-title">Projector preview</h2>
      {join?.display?.onProjector && !current.blank && !current.closing ? (
        <JoinPreview display={join.display} wifi={join.wifi} theme={current.theme} />
      ) : (
        <CurrentPreview snapshot={current} onLayout={onLayout} />
      )}
      {pages > 1 ? (
        <div className="preview-pages">
          <p data-testid="preview-page">
            Page {page + 1} of {pages}
          </p>
          <div className="button-row">
            <button type="button" aria-keyshortcuts="[" disabled={page === 0} onClick={() => void actions.step(turnPage(session.id, -1))}>
              Previous page
            </button>
            <button type="button" aria-keyshortcuts="]" disabled={page >= pages - 1} onClick={() => void actions.step(turnPage(session.id, 1))}>
              Next page
            </button>
          </div>
        </div>
      ) : null}
      {next ? (
        <PreviewFrame snapshot={next} caption={`Next: ${slideTitle(next)}`} label={`Next phase on the projector: ${describe(next)}`} testId="preview-next" />
      ) : (
        <p className="muted preview-last">No next phase: this is the last one.</p>
      )}
    </section>
  );
}

function CurrentPreview({ snapshot, onLayout }: { snapshot: ProjectorSnapshot; onLayout: (layout: FitLayout) => void }) {
  const { shown, frozen } = useHeldSnapshot(snapshot);
  const state = snapshot.blank ? 'blanked' : frozen ? 'frozen' : snapshot.closing ? 'closing slide' : 'live';
  return (
    <PreviewFrame
      snapshot={shown}
      blank={snapshot.blank}
      caption={`Now (${state}): ${slideTitle(shown)}`}
      label={`Now on the projector (${state}): ${describe(shown)}`}
      testId="preview-now"
      onLayout={onLayout}
    />
  );
}

function describe(snapshot: ProjectorSnapshot): string {
  return snapshot.quiz ? `${slideTitle(snapshot)}, statement ${snapshot.quiz.index + 1}` : slideTitle(snapshot);
}

interface FrameProps {
  snapshot: ProjectorSnapshot;
  caption: string;
  label: string;
  testId: string;
  blank?: boolean;
  onLayout?: (layout: FitLayout) => void;
}

/**
 * One small slide: the projector's 1280×720 stage scaled down. It is a picture for assistive
 * technology (its label says what is on it) and nothing inside can take focus.
 */
function PreviewFrame({ snapshot, caption, label, testId, blank = false, onLayout }: FrameProps) {
  const titleId = useId();
  return (
    <figure className="preview-frame" data-testid={testId}>
      <div className={`projector-preview theme-${blank ? 'dark' : snapshot.theme}${blank ? ' preview-blank' : ''}`} role="img" aria-label={label}>
        <div className="preview-screen" aria-hidden="true" inert>
          {/* Laid out even while blanked, so the page count stays known. */}
          <ProjectorStage>
            <ProjectorSlide snapshot={snapshot} titleId={titleId} landmark={false} onLayout={onLayout} />
          </ProjectorStage>
        </div>
      </div>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
