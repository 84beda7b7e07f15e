// The parts of papaparse that shared/ uses, typed without Node: @types/papaparse pulls in
// `/// <reference types="node" />`, which would let Node globals typecheck in pure domain code.
// Only tsconfig.shared.json maps 'papaparse' here; the other projects use @types/papaparse.
export interface ParseError {
  type: string;
  code: string;
  message: string;
  row?: number;
}
export interface ParseResult<T> {
  data: T[];
  errors: ParseError[];
}
export interface ParseConfig {
  delimiter?: string;
  skipEmptyLines?: boolean | 'greedy';
  header?: boolean;
}
export interface UnparseConfig {
  newline?: string;
  header?: boolean;
  quotes?: boolean | boolean[];
}
export function parse<T>(input: string, config?: ParseConfig): ParseResult<T>;
export function unparse(data: unknown[][] | { fields: string[]; data: unknown[][] }, config?: UnparseConfig): string;
declare const Papa: { parse: typeof parse; unparse: typeof unparse };
export default Papa;
