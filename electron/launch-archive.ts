import path from 'node:path';

export const ARCHIVE_EXTENSION = '.cocreate';

export function isArchivePath(candidate: string): boolean {
  return candidate.toLowerCase().endsWith(ARCHIVE_EXTENSION) && path.basename(candidate).length > ARCHIVE_EXTENSION.length;
}

/**
 * The `.cocreate` archive a launch asked to open (double-click, "Open with", `app file.cocreate`),
 * as an absolute path, or null. argv[0] is the executable; switches (`--…`) that Electron or
 * Chromium add are skipped; if several archives are given, the last one wins.
 */
export function archivePathFromArgv(argv: readonly string[], cwd: string): string | null {
  let found: string | null = null;
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-') || !isArchivePath(arg)) continue;
    found = path.resolve(cwd, arg);
  }
  return found;
}
