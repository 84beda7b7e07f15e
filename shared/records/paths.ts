/*
 * Reading and rewriting the id-holding fields named by a Reference path: dotted segments, `[]` after
 * a segment walks a list, `{}` walks an object's keys. Values that are absent or null are skipped,
 * so "no link" and "not attributed" are never mistaken for references.
 */

type Segment = { name: string; walk: 'value' | 'list' | 'keys' };

// Paths come from the registry, a handful in all, and are read for every record of an archive.
const parsed = new Map<string, readonly Segment[]>();

function parse(path: string): readonly Segment[] {
  let segments = parsed.get(path);
  if (segments === undefined) {
    segments = path.split('.').map((part): Segment => {
      if (part.endsWith('[]')) return { name: part.slice(0, -2), walk: 'list' };
      if (part.endsWith('{}')) return { name: part.slice(0, -2), walk: 'keys' };
      return { name: part, walk: 'value' };
    });
    parsed.set(path, segments);
  }
  return segments;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every id the path holds in `record` (strings only; anything else is the schema's business). */
export function readPath(record: unknown, path: string): string[] {
  const out: string[] = [];
  const segments = parse(path);
  const visit = (value: unknown, at: number) => {
    const head = segments[at];
    if (!head) {
      if (typeof value === 'string') out.push(value);
      return;
    }
    if (!isObject(value) || !(head.name in value)) return;
    const next = value[head.name];
    if (head.walk === 'list') {
      if (Array.isArray(next)) for (const item of next as unknown[]) visit(item, at + 1);
    } else if (head.walk === 'keys') {
      if (isObject(next)) for (const key of Object.keys(next)) visit(key, at + 1);
    } else visit(next, at + 1);
  };
  visit(record, 0);
  return out;
}

/** A copy of `record` with every id at the path passed through `map`; other fields are shared, not copied. */
export function rewritePath<T>(record: T, path: string, map: (id: string) => string): T {
  const rewrite = (value: unknown, segments: readonly Segment[]): unknown => {
    const [head, ...rest] = segments;
    if (!head) return typeof value === 'string' ? map(value) : value;
    if (!isObject(value) || !(head.name in value)) return value;
    const next = value[head.name];
    let replaced: unknown = next;
    if (head.walk === 'list') {
      if (Array.isArray(next)) replaced = next.map((item) => rewrite(item, rest));
    } else if (head.walk === 'keys') {
      if (isObject(next)) replaced = Object.fromEntries(Object.entries(next).map(([key, v]) => [rewrite(key, rest) as string, v]));
    } else replaced = rewrite(next, rest);
    return { ...value, [head.name]: replaced };
  };
  return rewrite(record, parse(path)) as T;
}
