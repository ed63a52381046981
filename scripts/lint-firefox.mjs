// `web-ext lint` on the Firefox build: fails on any error, warning or notice. Each problem is printed with
// the minified code around it, so a warning inside a bundled library can be traced to its source.
// addons-linter ignores inline disable comments, and hiding a sink from it (`el['inner' + 'HTML']`) would
// defeat the check, so the only fix is code without the sink (see utils/dom.ts: DOMParser, not innerHTML).
// Run: node scripts/lint-firefox.mjs [dir]   (default .output/firefox-mv2)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');

let report;
try {
  report = JSON.parse(execFileSync('npx', ['--no-install', 'web-ext', 'lint', '-s', dir, '-o', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
} catch (error) {
  report = JSON.parse(error.stdout);
}

const problems = [...report.errors, ...report.warnings, ...report.notices];
for (const p of problems) {
  console.error(`${p._type ?? 'problem'} ${p.code} ${p.file ?? ''}:${p.line ?? ''}:${p.column ?? ''} ${p.message}`);
  if (p.file && p.line) console.error(`    …${codeAround(p)}…`);
}
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`);
process.exit(problems.length > 0 ? 1 : 0);

function codeAround({ file, line, column = 0 }) {
  const text = readFileSync(path.join(dir, file), 'utf8').split('\n')[line - 1] ?? '';
  return text.slice(Math.max(0, column - 80), column + 80);
}
