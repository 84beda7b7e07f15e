import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The module specifiers of a file's static imports, in order. */
const imports = (source: string) => [...source.matchAll(/^import\s+(?:[^'"]*?\s+from\s+)?['"]([^'"]+)['"];?$/gm)].map((m) => m[1]);

describe('every window configures zod jitless before anything else runs', () => {
  it('the renderer has one entry, shared by the console, print and projector windows', () => {
    const scripts = [...read('renderer/index.html').matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['./main.tsx']);
  });

  it('the participant app (phones) has one entry of its own', () => {
    const scripts = [...read('renderer/join.html').matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['./participant/main.tsx']);
  });

  it.each([
    ['renderer/main.tsx', '../shared/zod-jitless'],
    ['electron/preload.ts', '../shared/zod-jitless'],
    ['renderer/participant/main.tsx', '../../shared/zod-jitless'],
  ])('%s imports it first', (file, specifier) => {
    expect(imports(read(file))[0]).toBe(specifier);
  });
});
