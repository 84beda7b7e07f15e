/**
 * Props for an AutoSaveField that takes a whole number from 0 to `max` (up to three digits): numeric keypad,
 * bounds, and a check that shows `message` instead of saving anything else.
 */
export function wholeNumberProps(max: number, message: string) {
  return {
    type: 'number',
    inputMode: 'numeric',
    min: 0,
    max,
    validate: (v: string) => (/^\d{1,3}$/.test(v.trim()) && Number(v) <= max ? null : message),
  } as const;
}
