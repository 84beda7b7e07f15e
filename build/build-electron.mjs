// Bundles the Electron main process and preload into dist/electron/*.cjs.
// CommonJS because package.json is "type": "module" and a sandboxed preload must be a single
// CommonJS file that requires nothing but 'electron'.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.cjs' }),
  // The preload is parsed for every window and carries all of zod (its `z` namespace defeats tree
  // shaking), so it is minified; main stays readable for stack traces.
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', minify: true }),
]);

console.log('Built dist/electron/main.cjs and dist/electron/preload.cjs');
