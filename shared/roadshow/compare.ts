import type { CampusRecords } from './campus';
import { mapComparison } from './compare-map';
import { peopleByCampus, phasesByCampus } from './compare-people';
import { quizComparison } from './compare-quiz';
import { actionComparison, channelComparison, themesByCampus } from './compare-work';

export type { CampusRecords, CampusRef, PerCampus } from './campus';

/** The whole roadshow comparison, as the page, the report, the projector and the CSV files read it. */
export function compareRoadshow(campuses: readonly CampusRecords[], now: number) {
  return {
    people: peopleByCampus(campuses),
    phases: phasesByCampus(campuses, now),
    quiz: quizComparison(campuses),
    map: mapComparison(campuses),
    channels: channelComparison(campuses),
    actions: actionComparison(campuses),
    themes: themesByCampus(campuses),
  };
}
export type RoadshowComparison = ReturnType<typeof compareRoadshow>;
