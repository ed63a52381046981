/**
 * The production builds as shipped: the manifests WXT wrote (with the background, popup and options it adds)
 * ask only for the documented permissions, expose nothing to web pages and keep the strict CSP, and every
 * built page loads only the extension's own script files. tests/manifest.test.ts checks the same rules on the
 * declared manifest without a build. Run after `wxt build && wxt build -b firefox`:
 *   npx tsx --test e2e/built-extension.e2e.ts
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import {
  cspProblems,
  documentedPermissions,
  extensionPagesCsp,
  manifestExposureProblems,
  pageHtmlProblems,
  requestedPermissions,
  type ManifestJson,
} from '../tests/security/manifest-policy';

const BUILDS = {
  chrome: path.resolve(process.env.CLEARPRESS_EXT_DIR ?? '.output/chrome-mv3'),
  firefox: path.resolve(process.env.CLEARPRESS_FIREFOX_PROD_DIR ?? '.output/firefox-mv2'),
};
const README = readFileSync(path.resolve('README.md'), 'utf8');

for (const [browser, dir] of Object.entries(BUILDS)) {
  test(`${browser} production build: least privilege, strict CSP, no inline script`, () => {
    assert.ok(existsSync(path.join(dir, 'manifest.json')), `No build at ${dir}: run wxt build${browser === 'firefox' ? ' -b firefox' : ''} first.`);
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as ManifestJson;
    assert.deepEqual(requestedPermissions(manifest), documentedPermissions(README));
    assert.deepEqual(manifestExposureProblems(manifest), []);
    assert.deepEqual(cspProblems(extensionPagesCsp(manifest)), []);
    const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
    assert.deepEqual(pages.sort(), ['library.html', 'options.html', 'popup.html', 'reader.html']);
    assert.deepEqual(pages.flatMap((page) => pageHtmlProblems(readFileSync(path.join(dir, page), 'utf8'), page)), []);
  });
}

test('firefox production build: web-ext lint reports no errors, warnings or notices', () => {
  // scripts/lint-firefox.mjs exits 1 on any problem and prints each with the code around it.
  const result = spawnSync(process.execPath, [path.resolve('scripts/lint-firefox.mjs'), BUILDS.firefox], { encoding: 'utf8' });
  assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
  assert.match(result.stdout, /0 errors, 0 warnings, 0 notices/);
});

test('chrome production build: the injected extraction script stays small and carries no sanitizer', () => {
  // The sanitizer and the post-clean rules belong to the finish stage, in the extension pages (utils/extract/finish.ts).
  // The budget is Readability (33 kB) plus the page-stage rules with room for a few more; the sanitizer alone
  // would add about 20 kB, and the checks below name it and the finish stage's rules directly.
  const script = readFileSync(path.join(BUILDS.chrome, 'extract.js'), 'utf8');
  assert.ok(Buffer.byteLength(script) <= 110_000, `extract.js is ${(Buffer.byteLength(script) / 1000).toFixed(1)} kB (budget 110 kB)`);
  assert.doesNotMatch(script, /DOMPurify|RETURN_DOM_FRAGMENT/);
  // Rule names are strings the minifier keeps: none of the post-clean rules may ride along.
  assert.doesNotMatch(script, /"(?:recap-paragraph|table-of-contents|author-tagline|headline-repeat)"/);
});
