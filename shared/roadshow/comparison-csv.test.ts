import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../templates';
import { buildSessionFixture } from '../test-support/session-fixture';
import { ROADSHOW_CAMPUSES } from '../test-support/roadshow-fixture';
import { compareRoadshow } from './compare';
import { roadshowCsvFiles } from './comparison-csv';

const template = builtInTemplates.find((t) => t.id === 'students-union-co-creation')!;
const campuses = ROADSHOW_CAMPUSES.map((spec) => buildSessionFixture(spec, template));
const files = new Map(roadshowCsvFiles(compareRoadshow(campuses, 0)).map((f) => [f.fileName, f.text.replace(/^\uFEFF/, '').split('\r\n')]));

describe('roadshow comparison CSV files', () => {
  it('writes one file per section, every row naming its campus and session, "No data" where a campus has none', () => {
    expect([...files.keys()]).toEqual(['roadshow-people.csv', 'roadshow-phases.csv', 'roadshow-quiz.csv', 'roadshow-map.csv', 'roadshow-channels.csv', 'roadshow-actions.csv']);
    expect(files.get('roadshow-people.csv')).toEqual([
      'Campus,Session id,Delegates,Units,Data',
      `North campus,${campuses[0]!.session.id},4,2,`,
      `South campus,${campuses[1]!.session.id},2,2,`,
      `East campus,${campuses[2]!.session.id},1,1,`,
    ]);
    const quiz = files.get('roadshow-quiz.csv')!;
    const governing = template.phases.flatMap((p) => (p.kind === 'quiz' ? p.statements : [])).find((s) => s.id === 'su-q-governing-body')!.text;
    expect(quiz.filter((l) => l.startsWith(governing))).toEqual([
      `${governing},North campus,${campuses[0]!.session.id},50,4,100,4,`,
      `${governing},South campus,${campuses[1]!.session.id},60,10,,0,`,
      `${governing},East campus,${campuses[2]!.session.id},,0,,0,No data`,
      `${governing},All campuses,,57,,100,,`,
    ]);
    expect(files.get('roadshow-actions.csv')!.slice(0, 5)).toEqual([
      'Count,Campus,Session id,Actions,Data',
      `All actions,North campus,${campuses[0]!.session.id},3,`,
      `All actions,South campus,${campuses[1]!.session.id},,No data`,
      `All actions,East campus,${campuses[2]!.session.id},1,`,
      'All actions,All campuses,,4,',
    ]);
    expect(files.get('roadshow-channels.csv')!.slice(0, 2)).toEqual(['Channel,Campuses,Units,Where (units)', 'Instagram,3,4,North campus (2); South campus (1); East campus (1)']);
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    const hostile = campuses.map((c, i) => (i === 0 ? { ...c, channels: c.channels.map((ch) => ({ ...ch, name: '=HYPERLINK("x")' })) } : c));
    const text = roadshowCsvFiles(compareRoadshow(hostile, 0)).find((f) => f.fileName === 'roadshow-channels.csv')!.text;
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
  });
});
