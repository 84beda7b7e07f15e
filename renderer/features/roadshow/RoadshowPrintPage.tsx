import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { paperFromSearch } from '../../../shared/output/print-document-path';
import { compareRoadshow } from '../../../shared/roadshow/compare';
import { campusName } from '../../../shared/vocabulary';
import { useRoadshowCampuses } from '../../data/roadshow-hooks';
import { PrintFrame } from '../print/PrintFrame';
import { RoadshowSections } from './RoadshowSections';
import './roadshow.css';

/** The roadshow report: the comparison on paper, in the session report's frame (paper size, footer, page numbers). */
export function RoadshowPrintPage() {
  const { roadshowId } = useParams();
  const [search] = useSearchParams();
  const paper = paperFromSearch(search);
  const data = useRoadshowCampuses(roadshowId);
  const comparison = useMemo(() => (data ? compareRoadshow(data.campuses, data.readAt) : null), [data]);
  const state = data === undefined ? 'loading' : data === null ? { error: 'This roadshow is not on this computer any more.' } : 'ready';
  const name = data?.roadshow.name ?? 'Roadshow';
  return (
    <PrintFrame state={state} paper={paper} footer={`${name} · roadshow report`} documentTitle={`${name} - roadshow report`} sessionId={undefined}>
      {data && comparison ? (
        <div className="roadshow-print">
          <h1>{name}: campuses compared</h1>
          <p>
            {data.campuses.map((c) => `${campusName(c.session)}${c.session.date ? ` (${c.session.date})` : ''}`).join(' · ')}
          </p>
          <RoadshowSections comparison={comparison} linked={false} />
        </div>
      ) : null}
    </PrintFrame>
  );
}
