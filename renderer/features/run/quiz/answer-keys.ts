import type { QuizAnswerValue } from '../../../../shared/run/schema';

export const ANSWER_OPTIONS: { value: QuizAnswerValue; label: string; key: string }[] = [
  { value: 'true', label: 'True', key: 'T' },
  { value: 'false', label: 'False', key: 'F' },
  { value: 'unsure', label: 'Not sure', key: 'N' },
];

export const ANSWER_LABEL: Record<QuizAnswerValue, string> = { true: 'True', false: 'False', unsure: 'Not sure' };

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
