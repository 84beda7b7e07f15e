import Papa from 'papaparse';
import { delegateInputSchema, type DelegateInput } from '../session/schema';

export interface ParsedDelegateLine {
  /** 1-based line number in the pasted text. */
  line: number;
  delegate: DelegateInput;
}
export interface DelegateLineError {
  line: number;
  text: string;
  message: string;
}
export interface DelegateListParse {
  delegates: ParsedDelegateLine[];
  errors: DelegateLineError[];
}

export const MAX_PASTED_LINES = 2000;
/** A first line such as `name,role,institution` is a header, not a delegate. */
const HEADER = /^\s*"?name"?\s*([,\t]|$)/i;

/**
 * Parses a pasted delegate list: one name per line, or CSV / tab-separated
 * `name,role,institution[,email]` (what Excel pastes). Blank lines are skipped and a header row
 * is recognised. Nothing is saved by the caller unless `errors` is empty.
 */
export function parseDelegateList(text: string): DelegateListParse {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const delegates: ParsedDelegateLine[] = [];
  const errors: DelegateLineError[] = [];
  if (lines.length > MAX_PASTED_LINES) {
    return {
      delegates: [],
      errors: [{ line: MAX_PASTED_LINES + 1, text: '', message: `Paste at most ${MAX_PASTED_LINES} lines at a time.` }],
    };
  }
  // Excel pastes tabs; if any line has a tab, tabs separate fields and commas are plain text.
  const delimiter = lines.some((l) => l.includes('\t')) ? '\t' : ',';
  lines.forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim() === '') return;
    if (index === 0 && HEADER.test(raw)) return;
    const parsed = Papa.parse<string[]>(raw, { delimiter, skipEmptyLines: false });
    const fields = parsed.data[0] ?? [];
    if (parsed.errors.length > 0) {
      errors.push({ line: lineNumber, text: raw, message: 'Unmatched quote: check the quotation marks on this line.' });
      return;
    }
    if (fields.length > 4) {
      errors.push({
        line: lineNumber,
        text: raw,
        message: `Too many fields (${fields.length}); expected name, role, institution and optional email. Put quotes around text that contains commas.`,
      });
      return;
    }
    const [name = '', role = '', institution = '', email = ''] = fields.map((f) => f.trim());
    const result = delegateInputSchema.safeParse({ name, role, institution, email });
    if (!result.success) {
      errors.push({ line: lineNumber, text: raw, message: result.error.issues.map((i) => i.message).join('; ') });
      return;
    }
    delegates.push({ line: lineNumber, delegate: result.data });
  });
  return { delegates, errors };
}
