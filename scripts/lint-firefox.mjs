// `web-ext lint` on the Firefox build; fails on any error, any notice and any warning except the known
// innerHTML sinks below. Each is library code the linter cannot see is fed only parsed or sanitized HTML,
// and addons-linter ignores inline disable comments, so they are listed here, matched by the code around
// them, and printed on every run. Anything new (or the same sink elsewhere) fails.
// Run: node scripts/lint-firefox.mjs [dir]   (default .output/firefox-mv2)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(process.argv[2] ?? '.output/firefox-mv2');
const KNOWN = [
  { why: "Preact's renderer: dangerouslySetInnerHTML support (used only by components/ArticleBody.tsx, fed sanitizeArticleHtml output)", near: /\w+\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/ },
  { why: "DOMPurify's parser fallback when DOMParser fails (inside the sanitizer itself)", near: /createDocument\(\w+,"template",null\);try\{\w+\.documentElement\.innerHTML=/ },
  { why: 'Readability restoring the page copy it is given between retries (a clone, never the live page)', near: /\w+\.innerHTML=\w+,this\._attempts\.push/ },
  { why: 'Readability unwrapping <noscript> images in the page copy', near: /createElement\("div"\);\w+\.innerHTML=\w+\.innerHTML;var \w+=\w+\.previousElementSibling/ },
  { why: 'utils/dom.ts htmlToContainer: the one HTML parser, used on inert documents', near: /createElement\("div"\);return \w+\.innerHTML=\w+,\w+\}/ },
];

let report;
try {
  report = JSON.parse(execFileSync('npx', ['--no-install', 'web-ext', 'lint', '-s', dir, '-o', 'json', '--no-config-discovery'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
} catch (error) {
  report = JSON.parse(error.stdout);
}

const problems = [...report.errors, ...report.notices];
for (const warning of report.warnings) {
  const known = warning.code === 'UNSAFE_VAR_ASSIGNMENT' && warning.file ? knownSink(warning) : null;
  if (known) console.log(`known: ${warning.file}:${warning.line}:${warning.column} ${known.why}`);
  else problems.push(warning);
}
for (const p of problems) console.error(`${p._type ?? 'problem'} ${p.code} ${p.file ?? ''}:${p.line ?? ''} ${p.message}`);
console.log(`web-ext lint ${dir}: ${report.errors.length} errors, ${report.notices.length} notices, ${report.warnings.length} warnings (${report.warnings.length - (problems.length - report.errors.length - report.notices.length)} known)`);
process.exit(problems.length > 0 ? 1 : 0);

function knownSink(warning) {
  const line = readFileSync(path.join(dir, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const around = line.slice(Math.max(0, warning.column - 200), warning.column + 200);
  return KNOWN.find((k) => k.near.test(around)) ?? null;
}
