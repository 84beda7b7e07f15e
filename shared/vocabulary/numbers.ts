/** What a table cell shows when there is no number to give (nobody answered, nothing has a strength). */
export const NO_VALUE = '\u2014';

/** The noun for a count, where the number is shown apart from it: "entry" for 1, "entries" otherwise. */
export const pluralNoun = (count: number, one: string, many = `${one}s`): string => (count === 1 ? one : many);

/** "1 entry", "3 entries", "0 units". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${pluralNoun(count, one, many)}`;

/** A mean strength to one decimal, or the dash when nothing in the cell has a strength. */
export function formatMean(mean: number | null): string {
  return mean === null ? NO_VALUE : mean.toFixed(1);
}
