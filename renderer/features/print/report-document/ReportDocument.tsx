import { plural } from '../../../../shared/vocabulary';
import { formatSessionWhen } from '../../../format';
import { PrintHeatGrid } from '../PrintHeatGrid';
import type { SessionReport } from '../report-model';
import { ActionPlansSection } from './ActionPlansSection';
import { AgendaSection } from './AgendaSection';
import { ChannelsSection } from './ChannelsSection';
import { DiscussionsSection } from './DiscussionsSection';
import { QuizSection } from './QuizSection';

function Counts({ report }: { report: SessionReport }) {
  const c = report.counts;
  const items: [string, string][] = [
    ['Delegates', String(c.delegates)],
    ['Units', String(c.units)],
    ['Map entries', `${c.entries} from ${plural(c.unitsWithEntries, 'unit')}`],
    ['Channels', String(c.channels)],
    ['Actions', `${c.actions} from ${plural(c.unitsWithActions, 'unit')}`],
    ['Discussion cards', String(c.cards)],
    ['Plans marked complete', `${c.plansComplete} of ${c.units}`],
  ];
  return (
    <section className="pr-section" aria-labelledby="report-counts">
      <h2 id="report-counts">In numbers</h2>
      <dl className="pr-counts">
        {items.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The whole session on paper, for the team and the union after the event. */
export function ReportDocument({ report }: { report: SessionReport }) {
  const { session } = report;
  const when = formatSessionWhen(session);
  return (
    <article className="pr-report" aria-labelledby="report-title">
      <header className="pr-cover">
        <p className="pr-kicker">Session report</p>
        <h1 id="report-title">{session.title}</h1>
        <p>
          {[session.campus, session.venue, when].filter(Boolean).join(' · ')}
          {session.facilitators.length > 0 ? ` · Facilitated by ${session.facilitators.join(', ')}` : ''}
        </p>
        <p className="pr-muted">Template: {session.template.title}</p>
      </header>
      <Counts report={report} />
      <AgendaSection report={report} />
      <QuizSection report={report} />
      <DiscussionsSection report={report} />
      {report.roomMap ? (
        <section className="pr-section pr-keep" aria-labelledby="report-map">
          <h2 id="report-map">{report.roomMap.phase.title}: the room&apos;s map</h2>
          <PrintHeatGrid phase={report.roomMap.phase} map={report.roomMap.map} caption={`All units together (${plural(report.counts.unitsWithEntries, 'unit')} with entries)`} />
        </section>
      ) : null}
      <ChannelsSection report={report} />
      <ActionPlansSection report={report} />
    </article>
  );
}
