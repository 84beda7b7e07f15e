import { recordKindList, type RecordKind } from '../records/registry';
import { readPath } from '../records/paths';
import { idOf, recordsOf, sessionIdOf, type SessionRecords } from '../records/session-records';
import { templateContentIds } from '../records/template-content';

const count = (n: number, kind: RecordKind<unknown>) => (n === 1 ? `1 ${kind.one}` : `${n} ${kind.many}`);
const verb = (n: number, single: string, plural: string) => (n === 1 ? single : plural);

/**
 * Checks that every record belongs to the archived session, that no id appears twice, and that
 * every reference (to another record, or to the session's template) points at something that is
 * there. Driven by the record-kind registry; one plain sentence per problem found.
 */
export function checkArchiveIntegrity(records: SessionRecords): string[] {
  const problems: string[] = [];
  const sid = records.session.id;
  const content = templateContentIds(records.session.template);
  const byKind = new Map<string, Map<string, unknown>>();
  for (const kind of recordKindList) {
    const list = recordsOf(records, kind);
    const ids = new Map<string, unknown>();
    let duplicates = 0;
    for (const record of list) {
      const id = idOf(kind, record);
      if (ids.has(id)) duplicates++;
      else ids.set(id, record);
    }
    byKind.set(kind.table, ids);
    const foreign = list.filter((r) => sessionIdOf(kind, r) !== sid).length;
    if (foreign > 0) problems.push(`${count(foreign, kind)} ${verb(foreign, 'belongs', 'belong')} to another session.`);
    if (duplicates > 0) problems.push(`${count(duplicates, kind)} ${verb(duplicates, 'appears', 'appear')} twice (the same id is used more than once).`);
  }
  for (const kind of recordKindList) {
    const list = recordsOf(records, kind);
    for (const ref of kind.references) {
      let missing = 0;
      for (const record of list) {
        const bad = readPath(record, ref.path).some((id) => {
          if ('content' in ref.to) return !content[ref.to.content].has(id);
          const target = byKind.get(ref.to.kind)?.get(id) as Record<string, unknown> | undefined;
          if (!target) return true;
          return ref.sameField !== undefined && target[ref.sameField] !== (record as Record<string, unknown>)[ref.sameField];
        });
        if (bad) missing++;
      }
      if (missing === 0) continue;
      const where = 'content' in ref.to ? "the session's agenda" : 'the file';
      problems.push(`${count(missing, kind)} ${verb(missing, 'refers', 'refer')} to ${ref.noun} that is not in ${where}.`);
    }
  }
  return problems;
}
