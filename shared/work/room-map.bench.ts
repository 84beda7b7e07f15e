import { describe, expect, test } from 'vitest';
import { parseDelegateList } from '../delegates/parse-delegate-list';
import { builtInTemplates } from '../templates';
import { mappingPhaseOf } from '../template/agenda';
import type { MapEntry } from './schema';
import { aggregateRoomMap, unitMap } from './room-map';
import { suggestActions } from './action-suggestions';
import { actionPlanPhaseOf } from '../template/agenda';

// The scale: 200 delegates (one unit each), 3,000 map entries.
const template = builtInTemplates[0]!;
const mapping = mappingPhaseOf(template)!;
const actionPlan = actionPlanPhaseOf(template)!;
const units = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
const entries: MapEntry[] = Array.from({ length: 3000 }, (_, i) => {
  const column = mapping.columns[i % mapping.columns.length]!;
  const row = mapping.rows[Math.floor(i / 7) % mapping.rows.length]!;
  const strength = mapping.strengths[i % mapping.strengths.length]!;
  return {
    id: `10000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    sessionId: '20000000-0000-4000-8000-000000000000',
    unitId: units[i % units.length]!,
    columnId: column.id,
    rowId: row.id,
    what: `Entry ${i}`,
    partner: '',
    frequencyId: null,
    strengthId: strength.id,
    livedExperience: 'unsure',
    note: '',
    suggestionId: null,
    order: i,
    createdAt: 0,
    updatedAt: 0,
  };
});
const pasted = Array.from({ length: 500 }, (_, i) => `Delegate ${i},Role ${i % 9},"Institution, campus ${i % 4}"`).join('\n');

interface BenchResult {
  latency: { mean: number; p99?: number };
  throughput: { mean: number };
}
function report(name: string, result: BenchResult) {
  // Printed figures are the point of `npm run bench`; the thresholds are the targets.
  console.log(`${name}: mean ${result.latency.mean.toFixed(3)} ms, p99 ${(result.latency.p99 ?? NaN).toFixed(3)} ms, ${Math.round(result.throughput.mean)} ops/s`);
}

describe('room-scale domain work (200 units, 3,000 entries)', () => {
  test('aggregate the room heat grid', async ({ bench }) => {
    const result = (await bench('aggregateRoomMap', () => void aggregateRoomMap(mapping, entries)).run()) as unknown as BenchResult;
    report('room heat grid, 3,000 entries', result);
    expect(result.latency.mean).toBeLessThan(50);
  });
  test("one unit's map", async ({ bench }) => {
    const result = (await bench('unitMap', () => void unitMap(mapping, entries, units[17]!)).run()) as unknown as BenchResult;
    report("one unit's map", result);
    expect(result.latency.mean).toBeLessThan(16);
  });
  test('draft actions for one unit from its gaps', async ({ bench }) => {
    const unitEntries = entries.filter((e) => e.unitId === units[3]);
    const result = (await bench('suggestActions', () => void suggestActions({ mapping, actionPlan, unitEntries, cards: [], channels: [], existingActions: [] })).run()) as unknown as BenchResult;
    report('action suggestions for one unit', result);
    expect(result.latency.mean).toBeLessThan(16);
  });
  test('parse a pasted list of 500 delegates', async ({ bench }) => {
    const result = (await bench('parseDelegateList', () => void parseDelegateList(pasted)).run()) as unknown as BenchResult;
    report('paste of 500 delegates', result);
    expect(result.latency.mean).toBeLessThan(100);
  });
});
