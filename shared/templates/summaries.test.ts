import { describe, expect, it } from 'vitest';
import { builtInTemplates } from './index';
import { builtInTemplateSummaries } from './summaries';

describe('built-in template summaries', () => {
  it('say what the templates say, in the same order', () => {
    expect(builtInTemplateSummaries).toEqual(
      builtInTemplates.map((t) => ({ id: t.id, title: t.title, description: t.description, durationMinutes: t.durationMinutes, phaseCount: t.phases.length })),
    );
  });
});
