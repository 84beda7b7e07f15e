import { useId } from 'react';
import type { JoinDisplay, StoredWifiDetails } from '../../data/join-display-repo';
import { ProjectorStage } from '../projector/ProjectorStage';
import { JoinSlide } from './JoinSlide';

/** The console's "Now" preview while the projector shows the join slide (same slide, drawn small). */
export function JoinPreview({ display, wifi, theme }: { display: JoinDisplay; wifi: StoredWifiDetails | null; theme: 'dark' | 'light' }) {
  const titleId = useId();
  return (
    <figure className="preview-frame" data-testid="preview-now">
      <div className={`projector-preview theme-${theme}`} role="img" aria-label={`Now on the projector: the join code ${display.code} and its QR code`}>
        <div className="preview-screen" aria-hidden="true" inert>
          <ProjectorStage>
            <JoinSlide display={display} wifi={wifi} titleId={titleId} landmark={false} />
          </ProjectorStage>
        </div>
      </div>
      <figcaption>Now (join code): Join from your phone</figcaption>
    </figure>
  );
}
