import { toCsv, type CsvRow } from '../output/csv';
import { cellName, LIVED_EXPERIENCE_WORDS, NO_DATA, NOT_SET, yesNo } from '../vocabulary';
import type { RoadshowComparison } from './compare';

export interface RoadshowCsvFile {
  fileName: string;
  text: string;
}

/** Shares as whole percentages, as the screen and the report round them. */
const percent = (share: number | null) => (share === null ? null : Math.round(share * 100));
/** Every row names its campus and session, so each figure traces back; a campus without data says so. */
const campusCols = [
  { key: 'campus', header: 'Campus' },
  { key: 'sessionId', header: 'Session id' },
];
const dataCol = { key: 'data', header: 'Data' };
const noData = (missing: boolean) => (missing ? NO_DATA : '');

/** The comparison as CSV files (formula-neutralised by toCsv), one per section, long format. */
export function roadshowCsvFiles(c: RoadshowComparison): RoadshowCsvFile[] {
  const files: RoadshowCsvFile[] = [];
  files.push({
    fileName: 'roadshow-people.csv',
    text: toCsv(
      [...campusCols, { key: 'delegates', header: 'Delegates' }, { key: 'units', header: 'Units' }, dataCol],
      c.people.map((p) => ({ campus: p.campus, sessionId: p.sessionId, delegates: p.value?.delegates ?? null, units: p.value?.units ?? null, data: noData(p.value === null) })),
    ),
  });
  files.push({
    fileName: 'roadshow-phases.csv',
    text: toCsv(
      [{ key: 'phase', header: 'Phase' }, { key: 'planned', header: 'Planned minutes' }, ...campusCols, { key: 'actual', header: 'Actual minutes' }, dataCol],
      c.phases.flatMap((p) =>
        p.campuses.map((x) => ({ phase: p.title, planned: p.plannedMinutes, campus: x.campus, sessionId: x.sessionId, actual: x.value === null ? null : Math.round(x.value / 600) / 100, data: noData(x.value === null) })),
      ),
    ),
  });
  files.push({
    fileName: 'roadshow-quiz.csv',
    text: toCsv(
      [
        { key: 'statement', header: 'Statement' },
        ...campusCols,
        { key: 'before', header: 'Share correct before (%)' },
        { key: 'beforeAnswers', header: 'Answers before' },
        { key: 'after', header: 'Share correct after (%)' },
        { key: 'afterAnswers', header: 'Answers after' },
        dataCol,
      ],
      c.quiz.statements.flatMap((s) => [
        ...s.campuses.map(
          (x): CsvRow => ({
            statement: s.text,
            campus: x.campus,
            sessionId: x.sessionId,
            before: percent(x.before),
            beforeAnswers: x.beforeAnswers,
            after: percent(x.after),
            afterAnswers: x.afterAnswers,
            data: noData(x.before === null && x.after === null),
          }),
        ),
        { statement: s.text, campus: 'All campuses', sessionId: '', before: percent(s.combinedBefore), after: percent(s.combinedAfter), data: noData(s.combinedBefore === null && s.combinedAfter === null) },
      ]),
    ),
  });
  const map = c.map;
  if (map) {
    const cells = [...map.campuses, { campus: 'All campuses', sessionId: '', value: map.combined }];
    files.push({
      fileName: 'roadshow-map.csv',
      text: toCsv(
        [{ key: 'cell', header: 'Cell' }, ...campusCols, { key: 'entries', header: 'Entries' }, { key: 'mean', header: 'Mean strength' }, { key: 'gap', header: 'Gap' }, dataCol],
        cells.flatMap((x) =>
          map.phase.rows.flatMap((row, r) =>
            map.phase.columns.map((column, ci) => {
              const cell = x.value?.cells[r]?.[ci];
              return {
                cell: cellName(map.phase, column.id, row.id),
                campus: x.campus,
                sessionId: x.sessionId,
                entries: cell?.count ?? null,
                mean: cell?.meanStrength === null || cell === undefined ? null : Math.round(cell.meanStrength * 10) / 10,
                gap: cell ? yesNo(cell.isGap) : null,
                data: noData(!cell),
              };
            }),
          ),
        ),
      ),
    });
  }
  files.push({
    fileName: 'roadshow-channels.csv',
    text: toCsv(
      [{ key: 'channel', header: 'Channel' }, { key: 'campuses', header: 'Campuses' }, { key: 'units', header: 'Units' }, { key: 'where', header: 'Where (units)' }],
      c.channels.channels.map((ch) => ({ channel: ch.name, campuses: ch.campuses.length, units: ch.unitCount, where: ch.campuses.map((x) => `${x.campus} (${x.unitCount})`).join('; ') })),
    ),
  });
  const countRows = (label: string, get: (v: NonNullable<RoadshowComparison['actions']['combined']>) => number): CsvRow[] => [
    ...c.actions.campuses.map((x) => ({ count: label, campus: x.campus, sessionId: x.sessionId, actions: x.value ? get(x.value) : null, data: noData(x.value === null) })),
    { count: label, campus: 'All campuses', sessionId: '', actions: get(c.actions.combined), data: '' },
  ];
  files.push({
    fileName: 'roadshow-actions.csv',
    text: toCsv([{ key: 'count', header: 'Count' }, ...campusCols, { key: 'actions', header: 'Actions' }, dataCol], [
      ...countRows('All actions', (v) => v.total),
      ...[...c.actions.stages, { id: '', label: NOT_SET }].flatMap((s) => countRows(`Stage: ${s.label}`, (v) => v.byStage[s.id] ?? 0)),
      ...[...c.actions.priorities, { id: '', label: NOT_SET }].flatMap((p) => countRows(`Priority: ${p.label}`, (v) => v.byPriority[p.id] ?? 0)),
      ...(['yes', 'no', 'unsure'] as const).flatMap((l) => countRows(`Lived experience: ${LIVED_EXPERIENCE_WORDS[l]}`, (v) => v.byLivedExperience[l])),
    ]),
  });
  return files;
}
