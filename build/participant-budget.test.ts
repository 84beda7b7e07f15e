import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { loadedFiles, participantBudget, type BudgetFile } from './participant-budget';

describe('loadedFiles', () => {
  it('follows the html to its scripts, their imports, their CSS and the fonts the CSS loads, once each', () => {
    const files = new Map<string, BudgetFile>([
      ['join.html', { bytes: '<script src="./assets/join.js"></script><link href="./assets/zod.js">', loads: ['assets/join.js', 'assets/zod.js'] }],
      ['assets/join.js', { bytes: 'x'.repeat(1000), loads: ['assets/zod.js', 'assets/join.css'] }],
      ['assets/zod.js', { bytes: 'import "./join.js"', loads: ['assets/join.js'] }],
      ['assets/join.css', { bytes: 'body{}', loads: ['assets/font.woff2'] }],
      ['assets/font.woff2', { bytes: new Uint8Array(64), loads: [] }],
      ['assets/main-app.js', { bytes: 'not loaded by the phone', loads: [] }],
    ]);
    expect(loadedFiles(files, 'join.html').map((f) => f.file).sort()).toEqual(
      ['assets/font.woff2', 'assets/join.css', 'assets/join.js', 'assets/zod.js', 'join.html'].sort(),
    );
  });

  it('refuses a reference to a file the build does not have', () => {
    const files = new Map<string, BudgetFile>([['join.html', { bytes: '', loads: ['assets/missing.js'] }]]);
    expect(() => loadedFiles(files, 'join.html')).toThrow('assets/missing.js');
  });
});

describe('participantBudget', () => {
  const fixture = new URL('./participant-budget-fixture/', import.meta.url).pathname;

  async function buildFixture(maxGzipBytes: number) {
    const lines: string[] = [];
    await build({
      root: fixture,
      logLevel: 'silent',
      configFile: false,
      build: { write: false, rollupOptions: { input: `${fixture}join.html` } },
      plugins: [participantBudget({ entryHtml: 'join.html', maxGzipBytes, report: (line) => lines.push(line) })],
    });
    return lines;
  }

  it('passes a small entry and reports what it counted', async () => {
    const lines = await buildFixture(60 * 1024);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The participant app loads \d+\.\d KB gzip \(budget 60 KB\): .*join\.html/);
    expect(lines[0]).toMatch(/\.js /);
    expect(lines[0]).toMatch(/\.css /);
  });

  it('fails the build above the budget', async () => {
    await expect(buildFixture(100)).rejects.toThrow(/budget 0 KB.*Make it smaller/);
  });
});
