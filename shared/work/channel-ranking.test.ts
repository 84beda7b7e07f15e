import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseName, rankChannels } from './channel-ranking';
import { makeChannel, unionChannels, uuid } from '../test-support/work-fixtures';

const [A, B, C] = [uuid(1), uuid(2), uuid(3)];
const suggestions = unionChannels.suggestions;

describe('rankChannels', () => {
  it('returns nothing for no channels', () => {
    expect(rankChannels([], suggestions)).toEqual([]);
  });

  it('groups suggestion channels by suggestion, even when renamed, and uses its label', () => {
    const ranked = rankChannels(
      [
        makeChannel({ unitId: A, name: 'Student ambassadors', suggestionId: 'ambassadors' }),
        makeChannel({ unitId: B, name: 'Our ambassador scheme', suggestionId: 'ambassadors' }),
      ],
      suggestions,
    );
    expect(ranked).toEqual([
      { key: 'suggestion:ambassadors', name: 'Student ambassadors', unitCount: 2, livedExperienceCount: 0, unionSupportIdeas: [] },
    ]);
  });

  it('groups free-text channels by name ignoring case and spacing', () => {
    const ranked = rankChannels(
      [
        makeChannel({ unitId: A, name: 'Widening  participation  Instagram' }),
        makeChannel({ unitId: B, name: 'widening participation instagram ' }),
        makeChannel({ unitId: C, name: 'widening participation instagram' }),
      ],
      suggestions,
    );
    expect(ranked).toHaveLength(1);
    expect(ranked[0]).toMatchObject({ key: 'name:widening participation instagram', name: 'widening participation instagram', unitCount: 3 });
  });

  it("puts a free-text channel named like a suggestion into that suggestion's group", () => {
    const ranked = rankChannels(
      [makeChannel({ unitId: A, name: 'Surveys', suggestionId: 'surveys' }), makeChannel({ unitId: B, name: ' SURVEYS' })],
      suggestions,
    );
    expect(ranked).toEqual([expect.objectContaining({ key: 'suggestion:surveys', name: 'Surveys', unitCount: 2 })]);
  });

  it('counts distinct units, not channels, and lived experience per unit', () => {
    const ranked = rankChannels(
      [
        makeChannel({ unitId: A, name: 'Focus groups', suggestionId: 'focus-groups', livedExperience: 'yes' }),
        makeChannel({ unitId: A, name: 'Focus groups (mature students)', suggestionId: 'focus-groups', livedExperience: 'yes' }),
        makeChannel({ unitId: B, name: 'Focus groups', suggestionId: 'focus-groups', livedExperience: 'no' }),
      ],
      suggestions,
    );
    expect(ranked[0]).toMatchObject({ unitCount: 2, livedExperienceCount: 1 });
  });

  it('sorts by unit count, then by name', () => {
    const ranked = rankChannels(
      [
        makeChannel({ unitId: A, name: 'Zine' }),
        makeChannel({ unitId: A, name: 'blog' }),
        makeChannel({ unitId: A, name: 'Podcast' }),
        makeChannel({ unitId: B, name: 'Podcast' }),
      ],
      suggestions,
    );
    expect(ranked.map((r) => r.name)).toEqual(['Podcast', 'blog', 'Zine']);
  });

  it('collects union support ideas: trimmed, non-empty, deduplicated', () => {
    const ranked = rankChannels(
      [
        makeChannel({ unitId: A, name: 'Podcast', unionSupport: '  Promote it through societies ' }),
        makeChannel({ unitId: B, name: 'podcast', unionSupport: 'promote it   through societies' }),
        makeChannel({ unitId: C, name: 'Podcast', unionSupport: '   ' }),
        makeChannel({ unitId: C, name: 'Podcast', unionSupport: 'Co-host an episode' }),
      ],
      suggestions,
    );
    expect(ranked[0]?.unionSupportIdeas).toEqual(['Promote it through societies', 'Co-host an episode']);
  });

  it('never mentions unit ids', () => {
    const ranked = rankChannels([makeChannel({ unitId: A, name: 'Podcast', unionSupport: 'Help' })], suggestions);
    expect(JSON.stringify(ranked)).not.toContain(A);
  });

  it('puts every channel in exactly one group', () => {
    const names = ['Podcast', 'podcast', 'Surveys', 'Blog ', ' blog', 'Newsletter'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ unit: fc.integer({ min: 1, max: 10 }), name: fc.constantFrom(...names), fromSuggestion: fc.boolean() }), {
          maxLength: 60,
        }),
        (raw) => {
          const channels = raw.map((r) =>
            makeChannel({ unitId: uuid(r.unit), name: r.name, suggestionId: r.fromSuggestion ? 'focus-groups' : null }),
          );
          const ranked = rankChannels(channels, suggestions);
          const keys = new Set(ranked.map((r) => r.key));
          expect(keys.size).toBe(ranked.length);
          const expectedKeys = new Set(
            raw.map((r) =>
              r.fromSuggestion ? 'suggestion:focus-groups' : normaliseName(r.name) === 'surveys' ? 'suggestion:surveys' : `name:${normaliseName(r.name)}`,
            ),
          );
          expect(keys).toEqual(expectedKeys);
          for (let i = 1; i < ranked.length; i += 1) {
            expect(ranked[i - 1]!.unitCount).toBeGreaterThanOrEqual(ranked[i]!.unitCount);
          }
        },
      ),
    );
  });
});
