import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Everything a phone loads for the participant app (join.html and every file it pulls in) must stay
 * under this many bytes, gzip-compressed: phones join over a laptop's hotspot, often on weak signal.
 */
export const PARTICIPANT_BUDGET_GZIP_BYTES = 60 * 1024;

/** One output file as the budget sees it: its bytes and the files it makes the browser load. */
export interface BudgetFile {
  bytes: Uint8Array | string;
  loads: string[];
}

const gzipSize = (bytes: Uint8Array | string) => gzipSync(typeof bytes === 'string' ? Buffer.from(bytes) : bytes, { level: 9 }).length;

/** The files reachable from `entry` (itself included), each with its gzip size, largest first. */
export function loadedFiles(files: ReadonlyMap<string, BudgetFile>, entry: string): Array<{ file: string; gzipBytes: number }> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    const file = files.get(name);
    if (!file) throw new Error(`The participant app loads ${name}, which is not in the build`);
    seen.add(name);
    for (const next of file.loads) visit(next);
  };
  visit(entry);
  return [...seen].map((file) => ({ file, gzipBytes: gzipSize(files.get(file)!.bytes) })).sort((a, b) => b.gzipBytes - a.gzipBytes);
}

/** `./assets/x.js`, `assets/x.css`, `x.woff2` (from a CSS file in assets/) → the bundle's file name. */
function bundleName(reference: string, fromDir: string): string {
  const clean = reference.replace(/[?#].*$/, '').replace(/^\.?\//, '');
  return fromDir && !clean.startsWith(fromDir) ? `${fromDir}${clean}` : clean;
}

function htmlLoads(html: string): string[] {
  return [...html.matchAll(/\s(?:src|href)="([^"]+)"/g)].map((m) => m[1]!).filter((ref) => !/^(?:[a-z]+:|\/\/|#)/i.test(ref)).map((ref) => bundleName(ref, ''));
}

function cssLoads(css: string, cssFile: string): string[] {
  const dir = cssFile.includes('/') ? cssFile.slice(0, cssFile.lastIndexOf('/') + 1) : '';
  return [...css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]!).filter((ref) => !/^(?:data|[a-z]+):/i.test(ref)).map((ref) => bundleName(ref, dir));
}

/**
 * Fails the build when the participant entry (`entryHtml`) grows past `maxGzipBytes`: the HTML, its
 * scripts with every statically imported chunk, their CSS and whatever the CSS loads (fonts).
 * Dynamic imports are not counted: the app loads none; if one is added, count it here too.
 */
export function participantBudget(options: { entryHtml: string; maxGzipBytes: number; report?: (line: string) => void }): Plugin {
  return {
    name: 'cocreate-participant-budget',
    apply: 'build',
    // After Vite's own generateBundle, which emits the HTML files.
    enforce: 'post',
    generateBundle(_output, bundle) {
      if (!(options.entryHtml in bundle)) return; // a build without the participant entry
      const files = new Map<string, BudgetFile>();
      for (const [name, item] of Object.entries(bundle)) {
        if (item.type === 'chunk') {
          const css = [...(item.viteMetadata?.importedCss ?? [])];
          files.set(name, { bytes: item.code, loads: [...item.imports, ...css] });
        } else {
          const text = typeof item.source === 'string' ? item.source : null;
          const loads = text === null ? [] : name.endsWith('.html') ? htmlLoads(text) : name.endsWith('.css') ? cssLoads(text, name) : [];
          files.set(name, { bytes: item.source, loads });
        }
      }
      const loaded = loadedFiles(files, options.entryHtml);
      const total = loaded.reduce((sum, f) => sum + f.gzipBytes, 0);
      const list = loaded.map((f) => `${f.file} ${(f.gzipBytes / 1024).toFixed(1)} KB`).join(', ');
      const line = `The participant app loads ${(total / 1024).toFixed(1)} KB gzip (budget ${(options.maxGzipBytes / 1024).toFixed(0)} KB): ${list}`;
      options.report?.(line);
      if (total > options.maxGzipBytes) this.error(`${line}. Make it smaller before adding more.`);
    },
  };
}
