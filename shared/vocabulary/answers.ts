import type { QuizAnswerValue, QuizRound } from '../run/schema';

/** The three answers a delegate can give, as the screen, the worksheets, the report and the CSV all say them. */
export const ANSWER_WORDS: Record<QuizAnswerValue, string> = { true: 'True', false: 'False', unsure: 'Not sure' };

/** The answers in the order they are offered. */
export const ANSWER_VALUES: readonly QuizAnswerValue[] = ['true', 'false', 'unsure'];

/** A statement's correct answer in words. */
export const answerWord = (answer: boolean): string => ANSWER_WORDS[answer ? 'true' : 'false'];

/** A room tally's counts, named by the answer they count. */
export const TALLY_WORDS = { trueCount: ANSWER_WORDS.true, falseCount: ANSWER_WORDS.false, unsureCount: ANSWER_WORDS.unsure } as const;

export const ROUND_WORDS: Record<QuizRound, string> = { before: 'Before', after: 'After' };

export const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');
