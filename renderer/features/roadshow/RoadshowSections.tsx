import type { RoadshowComparison } from '../../../shared/roadshow/compare';
import { MapComparisonView } from './MapComparisonView';
import { PeopleAndPhases } from './PeopleAndPhases';
import { QuizComparisonView } from './QuizComparisonView';
import { WorkComparisonView } from './WorkComparisonView';

/**
 * Every section of the comparison, the same on screen, in the roadshow report and on the projector.
 * `linked`: campus headings link their sessions (screen only). Nothing here shows a delegate, an
 * email or a note: only counts, shares, template wording and the names of themes and channels.
 */
export function RoadshowSections({ comparison, linked }: { comparison: RoadshowComparison; linked: boolean }) {
  return (
    <>
      <PeopleAndPhases comparison={comparison} linked={linked} />
      <QuizComparisonView quiz={comparison.quiz} campuses={comparison.people} linked={linked} />
      {comparison.map ? <MapComparisonView map={comparison.map} /> : null}
      <WorkComparisonView comparison={comparison} linked={linked} />
    </>
  );
}
