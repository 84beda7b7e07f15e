import type { QuizAnswerValue } from '../../../../shared/run/schema';
import { ANSWER_WORDS } from '../../../../shared/vocabulary';

export const ANSWER_OPTIONS: { value: QuizAnswerValue; label: string; key: string }[] = [
  { value: 'true', label: ANSWER_WORDS.true, key: 'T' },
  { value: 'false', label: ANSWER_WORDS.false, key: 'F' },
  { value: 'unsure', label: ANSWER_WORDS.unsure, key: 'N' },
];

/** T, F or N (any case, no modifier) as an answer; anything else is not one. */
export function answerForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): QuizAnswerValue | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  switch (event.key.toLowerCase()) {
    case 't':
      return 'true';
    case 'f':
      return 'false';
    case 'n':
      return 'unsure';
    default:
      return null;
  }
}
