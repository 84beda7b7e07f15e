import { templateSchema, type Template } from '../template/schema';
import { describeIssues } from '../text';
import partnershipNetwork from './partnership-network.json';
import studentsUnion from './students-union.json';

/**
 * Parses one built-in template's data. Throws (naming the template and the failing fields)
 * rather than returning a result: a broken built-in is a build mistake, not user input.
 */
export function parseBuiltInTemplate(name: string, data: unknown): Template {
  const result = templateSchema.safeParse(data);
  if (!result.success) {
    throw new Error(`Built-in template "${name}" is invalid:\n${describeIssues(result.error)}`);
  }
  return deepFreeze(result.data);
}

// Frozen because every caller shares these objects; a session must copy before editing.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The templates shipped with the app, validated when this module loads. */
export const builtInTemplates: readonly Template[] = Object.freeze([
  parseBuiltInTemplate('students-union', studentsUnion),
  parseBuiltInTemplate('partnership-network', partnershipNetwork),
]);

export function getBuiltInTemplate(id: string): Template | undefined {
  return builtInTemplates.find((template) => template.id === id);
}
