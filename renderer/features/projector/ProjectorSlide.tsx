import { useMemo } from 'react';
import type { ProjectorSnapshot } from '../../../shared/run/projector-view';
import { formatClock, remainingMs, timerStatus, timerTone } from '../../../shared/run/timer';
import { useNow } from '../run/use-now';
import { FitSlide, type FitLayout } from './fit/FitSlide';
import { slideContent, slideTitle } from './slide-content';

interface Props {
  snapshot: ProjectorSnapshot;
  /** The title's id: the projector's is `slide-title`; each console preview passes its own. */
  titleId?: string;
  /** The console's preview is not a landmark of the console page. */
  landmark?: boolean;
  onLayout?: (layout: FitLayout) => void;
}

/**
 * One slide from one snapshot, laid out on the fixed 1280×720 stage: the title and timer, then
 * the phase's content fitted to the stage (see fit/FitSlide). The projector and the console's
 * preview render exactly this, so they agree on fitting and pages.
 */
export function ProjectorSlide({ snapshot, titleId = 'slide-title', landmark = true, onLayout }: Props) {
  // Everything but the ticking clock and the page shown decides the layout.
  const contentKey = useMemo(() => JSON.stringify({ ...snapshot, timer: null, page: null }), [snapshot]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const content = useMemo(() => slideContent(snapshot), [contentKey]);
  const Root = landmark ? 'main' : 'div';
  const showTimer = snapshot.phase !== null && snapshot.closing === null;
  return (
    <Root className="projector-slide" aria-labelledby={titleId} data-testid={snapshot.quiz?.reveal ? 'projector-reveal' : undefined}>
      <FitSlide
        contentKey={contentKey}
        content={content}
        page={snapshot.page}
        onLayout={onLayout}
        header={
          <header className="slide-head">
            <h1 id={titleId} className="slide-title">
              {slideTitle(snapshot)}
            </h1>
            {showTimer ? <ProjectorTimer timer={snapshot.timer} /> : null}
          </header>
        }
      />
    </Root>
  );
}

function ProjectorTimer({ timer }: { timer: ProjectorSnapshot['timer'] }) {
  const now = useNow(250);
  const status = timerStatus(timer, now);
  const tone = timerTone(timer, now);
  const left = remainingMs(timer, now);
  return (
    <div className={`slide-timer tone-${tone}`} data-status={status}>
      <p className="slide-clock" role="timer">
        <span className="sr-only">Time left </span>
        {formatClock(left)}
      </p>
      {/* The line below the clock is always there, so a change of state never moves the layout. */}
      <p className="slide-tone">{tone === 'overrun' ? 'Over time' : tone === 'warning' ? 'Last minute' : status === 'paused' ? 'Paused' : '\u00a0'}</p>
    </div>
  );
}
