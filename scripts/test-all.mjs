#!/usr/bin/env node
/**
 * `npm test`: every check the project has, in the order a reviewer would want them, with one
 * summary at the end. Steps after a failed step still run (so one run shows every problem),
 * except the ones that need the production build when the build failed.
 *
 * Vitest steps also write JSON reports to test-results/, which are summed into the closing line
 * "Tests: N passed, N failed".
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';

const resultsDir = path.resolve('test-results');
fs.rmSync(resultsDir, { recursive: true, force: true });
fs.mkdirSync(resultsDir, { recursive: true });

const vitestJson = (name) => [
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${path.join(resultsDir, `${name}.json`)}`,
];

/** @type {{ name: string; command: string[]; env?: Record<string, string>; needsBuild?: boolean; before?: () => boolean; vitest?: string }[]} */
const steps = [
  { name: 'typecheck', command: ['npx', 'tsc', '--noEmit'] },
  { name: 'eslint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'prettier', command: ['npx', 'prettier', '--check', '.'] },
  { name: 'spell', command: ['npm', 'run', '--silent', 'spell'] },
  { name: 'markdown-lint', command: ['npm', 'run', '--silent', 'lint:md'] },
  {
    name: 'unit-and-component',
    command: ['npx', 'vitest', 'run', ...vitestJson('unit')],
    vitest: 'unit',
  },
  { name: 'build', command: ['npx', 'docusaurus', 'build'] },
  {
    name: 'post-build',
    command: [
      'npx',
      'vitest',
      'run',
      '-c',
      'vitest.postbuild.config.mts',
      ...vitestJson('postbuild'),
    ],
    needsBuild: true,
    vitest: 'postbuild',
  },
  {
    name: 'browser',
    command: ['npx', 'vitest', 'run', '-c', 'vitest.e2e.config.mts', ...vitestJson('browser')],
    needsBuild: true,
    before: () => ensureChromium(),
    vitest: 'browser',
  },
];

const only = process.argv.slice(2);
const results = [];
let buildOk = true;

for (const step of steps) {
  if (only.length > 0 && !only.includes(step.name)) continue;
  if (step.needsBuild && !buildOk) {
    results.push({ name: step.name, status: 'skipped (build failed)', seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  if (step.before && !step.before()) {
    results.push({ name: step.name, status: 'failed', seconds: 0 });
    continue;
  }
  const run = spawnSync(step.command[0], step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1', ...step.env },
  });
  const ok = run.status === 0;
  if (step.name === 'build') buildOk = ok;
  results.push({
    name: step.name,
    status: ok ? 'passed' : 'failed',
    seconds: (Date.now() - started) / 1000,
    vitest: step.vitest,
  });
}

let passedTests = 0;
let failedTests = 0;
let skippedTests = 0;
for (const result of results) {
  if (!result.vitest) continue;
  const file = path.join(resultsDir, `${result.vitest}.json`);
  if (!fs.existsSync(file)) continue;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  passedTests += report.numPassedTests ?? 0;
  failedTests += report.numFailedTests ?? 0;
  skippedTests += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  result.detail = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
}
// A check that is not a vitest run counts as one test.
for (const result of results) {
  if (result.vitest) {
    if (result.status === 'failed' && !result.detail) failedTests += 1;
    continue;
  }
  if (result.status === 'passed') passedTests += 1;
  else if (result.status === 'failed') failedTests += 1;
}

console.log('\n━━ Summary');
for (const result of results) {
  const time = result.seconds ? ` in ${result.seconds.toFixed(0)} s` : '';
  console.log(
    `  ${result.status.padEnd(24)} ${result.name}${time}${result.detail ? ` (${result.detail})` : ''}`,
  );
}
const anyFailed = results.some((r) => r.status !== 'passed');
console.log(
  `Tests: ${passedTests} passed, ${failedTests} failed${skippedTests ? `, ${skippedTests} skipped` : ''}`,
);
process.exit(anyFailed ? 1 : 0);
