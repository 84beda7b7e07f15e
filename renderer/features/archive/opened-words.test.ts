import { describe, expect, it } from 'vitest';
import { countsSentence, describeOpened } from './opened-words';

const counts = { delegates: 40, units: 1, cards: 0, mapEntries: 12, channels: 3, actions: 1 };
const session = { title: 'Spring roadshow', campus: 'North' };

describe('what opening a file did, in words', () => {
  it('counts in the record registry’s words, singular and plural', () => {
    expect(countsSentence(counts)).toBe('40 delegates, 1 unit, 0 discussion cards, 12 map entries, 3 channels, 1 action');
  });

  it('says how the file was opened, naming the session', () => {
    expect(describeOpened(session, 'new', counts)).toBe(`Opened “Spring roadshow” (North) as a new session: ${countsSentence(counts)}.`);
    expect(describeOpened({ title: 'Spring roadshow', campus: '' }, 'copy', counts, 'Some records had the ids of another session.')).toBe(
      `Opened “Spring roadshow” as a copy, next to the session already here: ${countsSentence(counts)}. Some records had the ids of another session.`,
    );
    expect(describeOpened(session, 'replace', counts)).toMatch(/^Replaced the copy of “Spring roadshow” \(North\) on this computer with the file’s: .*\. The copy that was here is kept for 30 days under About this data, with a Restore button\.$/);
    expect(describeOpened(session, 'merge', counts, 'Added 2 map entries.')).toBe(
      `Merged the file’s copy of “Spring roadshow” (North) into the one here. Added 2 map entries. The session now has ${countsSentence(counts)}.`,
    );
  });
});
