import { z } from 'zod';

/** Required single-line text, trimmed, with a length limit shown in the message. */
export function requiredText(label: string, max: number) {
  return z
    .string()
    .trim()
    .min(1, { message: `${label} is required` })
    .max(max, { message: `${label} must be at most ${max} characters` });
}

/** Optional text: empty string means "not given". */
export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, { message: `${label} must be at most ${max} characters` });
}

/** Turns a zod error into "field.path: message" lines for people, not developers. */
export function describeIssues(error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.');
      return path ? `${path}: ${issue.message}` : issue.message;
    })
    .join('\n');
}
