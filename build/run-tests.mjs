// `npm test`: typecheck, lint, unit tests, end-to-end tests; then one summary line.
// First it makes sure Chromium and poppler are there (installing them as root, as .ci/run does),
// so a fresh machine fails at once with the command to run, not deep inside Playwright.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { findMissing, prerequisitePlan } from './test-prerequisites.mjs';

const onPath = (command) =>
  (process.env.PATH ?? '')
    .split(path.delimiter)
    .filter(Boolean)
    .some((dir) => existsSync(path.join(dir, command)));
const machine = () => ({ env: process.env, exists: existsSync, onPath });

const plan = prerequisitePlan({ missing: findMissing(machine()), isRoot: process.getuid?.() === 0, hasAptGet: onPath('apt-get') });
if (plan.action === 'install') {
  console.log(plan.message);
  for (const [command, ...args] of plan.commands) {
    const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (result.status !== 0) {
      console.error(`\`${[command, ...args].join(' ')}\` failed; install the packages above yourself and run npm test again.`);
      process.exit(1);
    }
  }
  const still = findMissing(machine());
  if (still.length > 0) {
    console.error(`Still missing after installing: ${still.map((m) => m.what).join(', ')}.`);
    process.exit(1);
  }
} else if (plan.action === 'stop') {
  console.error(plan.message);
  process.exit(1);
}

mkdirSync('test-results', { recursive: true });
const steps = [];
let passed = 0;
let failed = 0;
let skipped = 0;

function run(name, command, args, env = {}) {
  console.log(`\n=== ${name}: ${[command, ...args].join(' ')}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env }, shell: false });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: Math.round((Date.now() - started) / 1000) });
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

const bin = (name) => `node_modules/.bin/${name}`;
for (const project of ['tsconfig.shared.json', 'tsconfig.web.json', 'tsconfig.node.json', 'tests/tsconfig.json']) {
  run(`typecheck ${project}`, bin('tsc'), ['-p', project, '--noEmit']);
}
run('lint', bin('eslint'), ['.', '--max-warnings=0']);

const unitOk = run('unit tests (vitest)', bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json']);
const unit = readJson('test-results/vitest.json');
if (unit) {
  passed += unit.numPassedTests ?? 0;
  failed += unit.numFailedTests ?? 0;
  // A test file that fails to load has no failed test in it, but it is a failure all the same.
  failed += (unit.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
} else if (!unitOk) failed += 1;

const built = run('build renderer', bin('vite'), ['build', '--logLevel', 'warn']);
if (built) {
  const e2eOk = run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], { PLAYWRIGHT_JSON_OUTPUT_NAME: 'test-results/playwright.json' });
  const e2e = readJson('test-results/playwright.json');
  if (e2e?.stats) {
    passed += e2e.stats.expected ?? 0;
    failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    skipped += e2e.stats.skipped ?? 0;
  } else if (!e2eOk) failed += 1;
}

console.log('\n=== Summary');
for (const s of steps) console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds}s)`);
const stepFailures = steps.filter((s) => !s.ok).length;
if (!existsSync('test-results/vitest.json')) console.log('(no vitest report was written)');
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(stepFailures > 0 || failed > 0 ? 1 : 0);
