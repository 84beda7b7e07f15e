import type { RoadshowComparison } from '../../../shared/roadshow/compare';
import { LIVED_EXPERIENCE_WORDS, NO_DATA, NOT_SET, plural } from '../../../shared/vocabulary';
import { CampusHeadRow } from './CampusHeader';

interface Props {
  comparison: RoadshowComparison;
  linked: boolean;
}

/** Channels ranked across campuses, actions by stage, priority and lived experience, and discussion themes per campus. */
export function WorkComparisonView({ comparison, linked }: Props) {
  const { channels, actions, themes, people: campuses } = comparison;
  const stageRows = [...actions.stages, { id: '', label: NOT_SET }];
  const priorityRows = [...actions.priorities, { id: '', label: NOT_SET }];
  const countRow = (heading: string, key: (c: NonNullable<(typeof actions.campuses)[number]['value']>) => number) => (
    <tr key={heading}>
      <th scope="row">{heading}</th>
      {actions.campuses.map((c) => (
        <td key={c.sessionId}>{c.value ? key(c.value) : NO_DATA}</td>
      ))}
      <td>{key(actions.combined)}</td>
    </tr>
  );
  return (
    <>
      <section aria-labelledby="rs-channels" className="panel roadshow-section">
        <h2 id="rs-channels">Channels across campuses</h2>
        {channels.channels.length === 0 ? (
          <p>{NO_DATA}: no campus listed a channel.</p>
        ) : (
          <table className="data-table">
            <caption>Channels ranked by campuses naming them, then units</caption>
            <thead>
              <tr>
                <th scope="col">Channel</th>
                <th scope="col">Campuses</th>
                <th scope="col">Units</th>
                <th scope="col">Where</th>
              </tr>
            </thead>
            <tbody>
              {channels.channels.map((ch) => (
                <tr key={ch.key}>
                  <th scope="row">{ch.name}</th>
                  <td>{ch.campuses.length}</td>
                  <td>{ch.unitCount}</td>
                  <td>{ch.campuses.map((c) => `${c.campus} (${c.unitCount})`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {channels.campuses.some((c) => c.value === null) ? (
          <p>
            {NO_DATA} from: {channels.campuses.filter((c) => c.value === null).map((c) => c.campus).join(', ')}
          </p>
        ) : null}
      </section>
      <section aria-labelledby="rs-actions" className="panel roadshow-section">
        <h2 id="rs-actions">Actions</h2>
        <table className="data-table">
          <caption>Actions by lifecycle stage, priority and lived-experience involvement</caption>
          <CampusHeadRow first={<td />} campuses={campuses} linked={linked} withTotal />
          <tbody>
            {countRow('All actions', (v) => v.total)}
            {stageRows.map((s) => countRow(`Stage: ${s.label}`, (v) => v.byStage[s.id] ?? 0))}
            {priorityRows.map((p) => countRow(`Priority: ${p.label}`, (v) => v.byPriority[p.id] ?? 0))}
            {(['yes', 'no', 'unsure'] as const).map((l) => countRow(`Lived experience: ${LIVED_EXPERIENCE_WORDS[l]}`, (v) => v.byLivedExperience[l]))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="rs-themes" className="panel roadshow-section">
        <h2 id="rs-themes">Discussion themes per campus</h2>
        {themes.map((t) => (
          <div key={t.sessionId}>
            <h3>{t.campus}</h3>
            {t.value === null ? (
              <p>{NO_DATA}</p>
            ) : (
              <ul aria-label={`Themes at ${t.campus}`}>
                {t.value.themes.map((th) => (
                  <li key={th.name}>
                    {th.name}: {plural(th.cardCount, 'card')}, {plural(th.votes, 'vote')}
                  </li>
                ))}
                {t.value.cardsWithoutTheme > 0 ? <li>Not in a theme: {plural(t.value.cardsWithoutTheme, 'card')}</li> : null}
              </ul>
            )}
          </div>
        ))}
      </section>
    </>
  );
}
