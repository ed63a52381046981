/**
 * What the store submissions rely on: `npm run zip` builds both browsers' zips (and Firefox's sources zip), and
 * PRIVACY.md, which the stores link to, names every place the code stores anything.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { LIBRARY_DB_NAME } from '../utils/library/schema';

const ROOT = path.resolve(__dirname, '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const PRIVACY = read('PRIVACY.md');

/** The extension's own code: what ships, tests left out. */
function shippedSourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(path.join(ROOT, file)).isDirectory()) return shippedSourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** Every `area:key` the code hands @wxt-dev/storage (a key built from a template is cut at its first `${`). */
function storageKeysInCode(): string[] {
  const keys = ['entrypoints', 'components', 'utils'].flatMap(shippedSourceFiles).flatMap((file) =>
    [...read(file).matchAll(/['"`](local|session|sync|managed):([\w-]+)/g)].map((match) => `${match[1]}:${match[2]}`),
  );
  return [...new Set(keys)].sort();
}

it('npm run zip builds the Chrome zip, then the Firefox zip with its sources zip', () => {
  const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
  expect(scripts.zip).toBe('wxt zip && wxt zip -b firefox');
});

it('PRIVACY.md names the library database', () => {
  expect(PRIVACY).toContain(`the extension's IndexedDB database \`${LIBRARY_DB_NAME}\``);
});

it('PRIVACY.md names every extension storage key the code uses, in its storage area', () => {
  const keys = storageKeysInCode();
  expect(keys).toEqual([
    'local:auto-reader-sites',
    'local:picture-sites',
    'local:reader-settings',
    'local:site-rules',
    'session:auto-reader-left-',
    'session:auto-reader-pending',
    'session:reader-full-section',
    'session:reader-tab-',
  ]);
  const rows = PRIVACY.split('\n').filter((line) => line.startsWith('|'));
  const undocumented = keys.filter((areaKey) => {
    const [area, key] = areaKey.split(':');
    return !rows.some((row) => row.includes(`\`storage.${area}\``) && row.includes(`\`${key}`));
  });
  expect(undocumented).toEqual([]);
});

it('the README links PRIVACY.md', () => {
  expect(read('README.md')).toContain('[PRIVACY.md](PRIVACY.md)');
});
