/*
 * Text and JSON inside archive files: strict UTF-8 both ways and a JSON parse that never throws.
 * Shared by the readers and writers of every format version.
 */

interface TextCodecs {
  TextEncoder: new () => { encode(text: string): Uint8Array };
  TextDecoder: new (label: string, options: { fatal: boolean }) => { decode(bytes: Uint8Array): string };
}
// shared/ has no DOM types; both are web-standard globals in browsers, Electron and Node.
const codecs = globalThis as unknown as TextCodecs;
export const encodeUtf8 = (text: string) => new codecs.TextEncoder().encode(text);

/** Strict UTF-8: one invalid byte refuses the file instead of garbling every accented name. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new codecs.TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return null;
  }
}

export function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

/** A JSON entry as the archive writes it: indented one space, a final newline, UTF-8. */
export const jsonEntry = (value: unknown) => encodeUtf8(`${JSON.stringify(value, null, 1)}\n`);

/** The zip's time stamp for every entry: the export time, within what a zip can hold. */
export const zipTime = (exportedAt: number) => new Date(Math.min(Math.max(exportedAt, Date.UTC(1980, 0, 1)), Date.UTC(2099, 11, 31)));
