import { plural } from '../../../../shared/vocabulary';
import type { SessionReport } from '../report-model';

/** Every discussion's cards, grouped by theme, with votes. */
export function DiscussionsSection({ report }: { report: SessionReport }) {
  if (report.discussions.length === 0) return null;
  return (
    <section className="pr-section" aria-labelledby="report-discussions">
      <h2 id="report-discussions">Discussions</h2>
      {report.discussions.map(({ phase, groups, cardCount }) => (
        <div key={phase.id} className="pr-discussion">
          <h3>{phase.title}</h3>
          {cardCount === 0 ? <p>No cards were recorded.</p> : null}
          {groups.map((group) => (
            <div key={group.theme?.id ?? 'unthemed'} className="pr-theme">
              <h4>
                {group.theme ? group.theme.name : 'Not in a theme'}{' '}
                <span className="pr-muted">
                  ({plural(group.cards.length, 'card')}, {plural(group.totalVotes, 'vote')})
                </span>
              </h4>
              {group.cards.length > 0 ? (
                <ul className="pr-cards">
                  {group.cards.map((card) => (
                    <li key={card.id}>
                      {card.text} <span className="pr-muted">({plural(card.votes, 'vote')}{card.actionCandidate ? ', action candidate' : ''})</span>
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ))}
        </div>
      ))}
    </section>
  );
}
