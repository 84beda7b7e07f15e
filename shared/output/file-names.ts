/**
 * File names that every file system the facilitator might export to (NTFS, APFS, ext4, exFAT on
 * a USB stick) accepts, and that stay readable: "<campus> - <delegate>.pdf".
 */

/** Most file systems limit one name (not the path) to 255 bytes. */
export const MAX_FILE_NAME_BYTES = 255;

/** Extensions come from code ("pdf", "csv"); a long one is a programming error, not user data. */
const MAX_EXTENSION_BYTES = 32;

export const UNTITLED = 'untitled';

/** Windows rejects these as any name's first dot-separated part ("con.txt" too); ¹²³ count as digits there. */
const RESERVED_STEM = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i;

// Replaced with "_" (one character per rejected character, so "a/b" stays recognisable as "a_b").
// eslint-disable-next-line no-control-regex
const REJECTED_CHARACTERS = /[<>:"/\\|?*\u0000-\u001F]/g;
/** With the u flag a class of surrogates matches only unpaired ones, which no file system stores. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/**
 * Bytes the text takes in UTF-8. An unpaired surrogate counts 3 bytes, as it is encoded as U+FFFD.
 * (shared/ has no TextEncoder in its lib types.)
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Splits into user-perceived characters so truncation never splits an emoji sequence or an accent. */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function') {
    return Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (s) => s.segment);
  }
  return Array.from(text); // code points
}

function takeWithinBytes(pieces: readonly string[], maxBytes: number): string {
  let out = '';
  let bytes = 0;
  for (const piece of pieces) {
    const size = utf8ByteLength(piece);
    if (bytes + size > maxBytes) break;
    out += piece;
    bytes += size;
  }
  return out;
}

/** Cuts text to at most maxBytes of UTF-8 on a grapheme boundary (code point boundary as a fallback). */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (utf8ByteLength(text) <= maxBytes) return text;
  const byGrapheme = takeWithinBytes(graphemes(text), maxBytes);
  // One giant cluster (a letter with hundreds of combining marks) would leave nothing: cut inside it.
  return byGrapheme !== '' ? byGrapheme : takeWithinBytes(Array.from(text), maxBytes);
}

/** Windows drops trailing dots and spaces; leading dots hide the file on macOS and Linux. */
function trimName(text: string): string {
  return text.replace(/^[\s.]+/, '').replace(/[\s.]+$/, '');
}

function isReserved(stem: string): boolean {
  const firstPart = stem.split('.')[0] ?? '';
  // Windows ignores spaces before the dot too: "CON .txt" is the console device.
  return RESERVED_STEM.test(firstPart.trimEnd());
}

function avoidReserved(stem: string): string {
  if (!isReserved(stem)) return stem;
  const dot = stem.indexOf('.');
  if (dot === -1) return `${stem}_`;
  const firstPart = stem.slice(0, dot).trimEnd();
  return `${firstPart}_${stem.slice(firstPart.length)}`;
}

function cleanStem(base: string): string {
  const cleaned = trimName(
    base
      .normalize('NFC')
      // Whitespace first, so a newline or tab in a name becomes a space rather than "_".
      .replace(/\s+/g, ' ')
      .replace(REJECTED_CHARACTERS, '_')
      .replace(LONE_SURROGATE, '_'),
  );
  return cleaned === '' ? UNTITLED : avoidReserved(cleaned);
}

function suffixFor(ext: string): string {
  const clean = ext.replace(/^\.+/, '');
  if (clean === '') return '';
  if (cleanStem(clean) !== clean || utf8ByteLength(clean) > MAX_EXTENSION_BYTES) {
    throw new RangeError(`"${ext}" is not a usable file extension`);
  }
  return `.${clean}`;
}

/** The stem cut to fit `maxBytes`, still non-empty and not reserved after the cut. */
function fitStem(stem: string, maxBytes: number): string {
  const cut = trimName(truncateUtf8(stem, maxBytes));
  return cut === '' ? UNTITLED : avoidReserved(cut);
}

/**
 * A file name for `base` + `.ext`: rejected characters become "_", whitespace collapses to single
 * spaces, leading/trailing spaces and dots go, Windows device names get "_" appended, an empty
 * name becomes "untitled", and the whole name fits in 255 bytes of UTF-8.
 * `ext` is given without a dot ("pdf"); "" means no extension.
 */
export function safeFileName(base: string, ext: string): string {
  const suffix = suffixFor(ext);
  return fitStem(cleanStem(base), MAX_FILE_NAME_BYTES - utf8ByteLength(suffix)) + suffix;
}

/** Case- and normalisation-insensitive, like the default file systems on Windows and macOS. */
function collisionKey(fileName: string): string {
  return fileName.normalize('NFC').toLowerCase();
}

/**
 * Safe names for several files going into one folder: the first of each name keeps it, later ones
 * become "name (2).pdf", "name (3).pdf", ... compared case-insensitively, each still within 255 bytes.
 */
export function uniqueFileNames(bases: readonly string[], ext: string): string[] {
  const suffix = suffixFor(ext);
  const stemBytes = MAX_FILE_NAME_BYTES - utf8ByteLength(suffix);
  const taken = new Set<string>();
  return bases.map((base) => {
    const stem = cleanStem(base);
    let name = fitStem(stem, stemBytes) + suffix;
    for (let n = 2; taken.has(collisionKey(name)); n++) {
      const counter = ` (${n})`;
      name = fitStem(stem, stemBytes - utf8ByteLength(counter)) + counter + suffix;
    }
    taken.add(collisionKey(name));
    return name;
  });
}

/** The stem of a delegate's PDF: "<campus> - <delegate>", or just the delegate's name without a campus. */
export function delegatePdfName(campus: string, delegateName: string): string {
  const place = campus.trim();
  const name = delegateName.trim();
  return place === '' ? name : `${place} - ${name}`;
}
