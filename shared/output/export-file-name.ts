/**
 * Which file names the host accepts from the renderer when it writes into an export folder: exactly
 * the names `safeFileName`/`uniqueFileNames` produce, so nothing path-like ("../x", "a/b", "C:x")
 * or reserved ever reaches the file system.
 */
import { z } from 'zod';
import { MAX_FILE_NAME_BYTES, safeFileName, utf8ByteLength } from './file-names';

/** True when `name` ends in `.ext` and sanitising it would change nothing. */
export function isSafeExportFileName(name: string, ext: string): boolean {
  const suffix = `.${ext}`;
  if (!name.toLowerCase().endsWith(suffix) || name.length === suffix.length) return false;
  if (utf8ByteLength(name) > MAX_FILE_NAME_BYTES) return false;
  const stem = name.slice(0, -suffix.length);
  return safeFileName(stem, name.slice(-ext.length)) === name;
}

export function exportFileNameSchema(ext: string) {
  return z
    .string()
    .min(1)
    .max(MAX_FILE_NAME_BYTES)
    .refine((name) => isSafeExportFileName(name, ext), { message: `must be a plain .${ext} file name` });
}
