import { useMemo } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { blankSetsFromSearch, paperFromSearch } from '../../../shared/output/print-document-path';
import type { Session } from '../../../shared/session/schema';
import { plural } from '../../../shared/vocabulary';
import { useJoinDisplay } from '../../data/join-display-hooks';
import { useDelegateBundle, useSessionBundle } from '../../data/output-hooks';
import { JoinSheet } from '../join/JoinSheet';
import { formatSessionWhen } from '../../format';
import { buildDelegateDoc } from './delegate-model';
import { DelegateDocument } from './DelegateDocument';
import { PrintFrame, type PrintState } from './PrintFrame';
import { buildSessionReport } from './report-model';
import { ReportDocument } from './report-document/ReportDocument';
import { worksheetSets } from './worksheet-model';
import { WorksheetSetView } from './WorksheetSetView';

const MISSING_SESSION = 'This session is not on this computer any more.';

/** "Title · Campus · date" for every page's footer. */
export function footerText(session: Pick<Session, 'title' | 'campus' | 'date' | 'startTime'>): string {
  return [session.title, session.campus, formatSessionWhen({ date: session.date, startTime: '' })].filter(Boolean).join(' · ');
}

function usePrintInputs() {
  const { sessionId, delegateId } = useParams();
  const [search] = useSearchParams();
  const bundle = useSessionBundle(sessionId);
  return { sessionId, delegateId, search, paper: paperFromSearch(search), bundle };
}

const stateOf = (loading: boolean, error: string | null): PrintState => (loading ? 'loading' : error !== null ? { error } : 'ready');

export function WorksheetsPrintPage() {
  const { sessionId, search, paper, bundle } = usePrintInputs();
  const blankSets = blankSetsFromSearch(search);
  const sets = useMemo(() => (bundle ? worksheetSets(bundle, blankSets) : []), [bundle, blankSets]);
  // While delegates can join from their phones, each set starts with the join sheet.
  const join = useJoinDisplay(sessionId);
  const title = bundle ? `${bundle.session.title} - worksheets` : 'Worksheets';
  const note =
    bundle && blankSets === null && bundle.units.length === 0 ? 'No groups or tables yet, so this is one blank set.' : bundle ? plural(sets.length, 'set') : null;
  return (
    <PrintFrame
      state={stateOf(bundle === undefined || join === undefined, bundle === null ? MISSING_SESSION : null)}
      paper={paper}
      footer={bundle ? footerText(bundle.session) : ''}
      documentTitle={title}
      sessionId={sessionId}
      note={note}
    >
      {bundle
        ? sets.map((set) => (
            <WorksheetSetView
              key={set.key}
              session={bundle.session}
              set={set}
              lead={join?.display ? <JoinSheet session={bundle.session} set={set} join={{ ...join, display: join.display }} /> : null}
            />
          ))
        : null}
    </PrintFrame>
  );
}

export function DelegatePrintPage() {
  const { sessionId, delegateId } = useParams();
  const [search] = useSearchParams();
  const paper = paperFromSearch(search);
  // Only this delegate's part of the session: "Export all" loads one such page per delegate.
  const bundle = useDelegateBundle(sessionId, delegateId);
  const doc = useMemo(() => (bundle && delegateId ? buildDelegateDoc(bundle, delegateId) : null), [bundle, delegateId]);
  const error = bundle === null ? MISSING_SESSION : bundle && !doc ? 'This delegate is not in the session any more.' : null;
  const campus = bundle?.session.campus.trim() ?? '';
  return (
    <PrintFrame
      state={stateOf(bundle === undefined, error)}
      paper={paper}
      footer={bundle ? footerText(bundle.session) : ''}
      documentTitle={doc ? (campus ? `${campus} - ${doc.delegate.name}` : doc.delegate.name) : 'Delegate'}
      sessionId={sessionId}
    >
      {doc ? <DelegateDocument doc={doc} /> : null}
    </PrintFrame>
  );
}

/** Every delegate's document in one, each starting on a new page: for "Print all" and web mode. */
export function AllDelegatesPrintPage() {
  const { sessionId, paper, bundle } = usePrintInputs();
  const docs = useMemo(() => (bundle ? bundle.delegates.flatMap((d) => buildDelegateDoc(bundle, d.id) ?? []) : []), [bundle]);
  const error = bundle === null ? MISSING_SESSION : bundle && docs.length === 0 ? 'This session has no delegates yet.' : null;
  return (
    <PrintFrame
      state={stateOf(bundle === undefined, error)}
      paper={paper}
      footer={bundle ? footerText(bundle.session) : ''}
      documentTitle={bundle ? `${bundle.session.title} - all delegates` : 'All delegates'}
      sessionId={sessionId}
      note={docs.length > 0 ? `${plural(docs.length, 'delegate')}, each starting on a new page` : null}
    >
      {docs.map((doc) => (
        <DelegateDocument key={doc.delegate.id} doc={doc} />
      ))}
    </PrintFrame>
  );
}

export function ReportPrintPage() {
  const { sessionId, paper, bundle } = usePrintInputs();
  const report = useMemo(() => (bundle ? buildSessionReport(bundle) : null), [bundle]);
  return (
    <PrintFrame
      state={stateOf(bundle === undefined, bundle === null ? MISSING_SESSION : null)}
      paper={paper}
      footer={bundle ? footerText(bundle.session) : ''}
      documentTitle={bundle ? `${bundle.session.title} - session report` : 'Session report'}
      sessionId={sessionId}
    >
      {report ? <ReportDocument report={report} /> : null}
    </PrintFrame>
  );
}
