import { recordKinds } from '../records/registry';

/** At most this many problems are listed; the rest are counted. */
export const MAX_MESSAGE_LINES = 10;

/** Joins problem sentences: at most 10 lines, then "and N more". Each line is a plain sentence. */
export function listProblems(problems: readonly string[]): string {
  const unique = [...new Set(problems)];
  if (unique.length <= MAX_MESSAGE_LINES) return unique.join('\n');
  return [...unique.slice(0, MAX_MESSAGE_LINES), `and ${unique.length - MAX_MESSAGE_LINES} more.`].join('\n');
}

/** "delegates", "discussion cards": how a list in the file is called in a sentence. */
export function listNoun(name: string): string {
  if (name === 'session' || name === 'sessions') return 'session details';
  if (name === 'runState' || name === 'runStates') return 'run state';
  return (recordKinds as Record<string, { many: string }>)[name]?.many ?? 'records';
}

interface Issue {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  maximum?: unknown;
}

const TIME_FIELD = /(At|Since)$/;

/**
 * Turns a schema problem in one list of the file into a plain sentence: what is wrong, in the
 * facilitator's words, never a field path or the validator's wording.
 */
export function describeIssue(list: string, issue: Issue): string {
  const noun = listNoun(list);
  // The path inside the list: an index, then field names. Only the last field name is used, to pick a sentence.
  const field = String([...issue.path].reverse().find((p) => typeof p === 'string') ?? '');
  if (issue.path.length === 0 && issue.code === 'invalid_type') {
    if (noun === 'session details' || noun === 'run state') return issue.input === undefined ? `The ${noun} are missing.` : `The ${noun} are not readable.`;
    return issue.input === undefined ? `The list of ${noun} is missing.` : `The list of ${noun} is not a list.`;
  }
  if (issue.path.length === 0 && issue.code === 'too_big') return `The file lists more ${noun} than this app accepts (at most ${String(issue.maximum)}).`;
  if (issue.path.length === 0 && issue.code === 'too_small') return `The list of ${noun} is empty.`;
  if (/date|byWhen/i.test(field) && issue.code === 'custom') return `Some ${noun} have a date that is not on the calendar.`;
  if (TIME_FIELD.test(field) || field === 'updatedAt') return `Some ${noun} have a time that is out of range.`;
  if (issue.code === 'too_big') return `Some ${noun} have a text or number that is too long or too large.`;
  if (issue.input === undefined && issue.code === 'invalid_type') return `Some ${noun} are incomplete.`;
  return `Some ${noun} have values this app cannot accept.`;
}
