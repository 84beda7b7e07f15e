import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { PARTICIPANT_BUDGET_GZIP_BYTES, participantBudget } from './build/participant-budget.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  root: 'renderer',
  // Relative asset URLs: the same build loads from app://cocreate/ and from http://127.0.0.1:<port>/.
  base: './',
  plugins: [
    react(),
    // The phone app (join.html) has a size budget; the build fails above it.
    participantBudget({ entryHtml: 'join.html', maxGzipBytes: PARTICIPANT_BUDGET_GZIP_BYTES, report: (line) => console.log(line) }),
  ],
  experimental: {
    // Phones open the participant app at /j/<CODE>, where "./assets/…" would point into /j/: its page
    // names its files from the relay's root. Chunks still import each other relatively.
    renderBuiltUrl: (filename, { hostType, hostId }) => (hostType === 'html' && hostId.endsWith('join.html') ? `/${filename}` : undefined),
  },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    // index.html: the facilitator's app; join.html: the participant app phones load from the relay.
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Fonts are files, never inlined data: URLs, so the CSP stays strict and PDFs embed them.
    assetsInlineLimit: 0,
    sourcemap: true,
    // Loaded from the local disk; run, work, outputs, projector and print load on demand (App.tsx).
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./renderer/index.html', import.meta.url)),
        join: fileURLToPath(new URL('./renderer/join.html', import.meta.url)),
      },
      output: {
        // zod and the switch that makes it jitless share one chunk, so the switch runs before any
        // schema in any chunk (the CSP forbids zod's `new Function` probe).
        manualChunks: (id: string) => (/[\\/]node_modules[\\/]zod[\\/]|[\\/]shared[\\/]zod-jitless\.ts$/.test(id) ? 'zod' : undefined),
      },
    },
  },
});
