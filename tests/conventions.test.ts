/** House conventions as tests (see STYLE.md): each would otherwise erode one review at a time. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
// build/ is the Vite plugin that takes the libraries' HTML sinks out; it names them to find them.
const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'scratch', 'web-ext-artifacts', 'build']);

function sourceFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) out.push(path.relative(ROOT, full));
  }
  return out;
}

describe('conventions', () => {
  it('every cleanup rule has its own fixture test', () => {
    const dir = path.join(ROOT, 'utils/extract/rules');
    const rules = readdirSync(dir).filter((name) => /^remove-.*\.ts$/.test(name) && !name.endsWith('.test.ts'));
    expect(rules.length).toBeGreaterThanOrEqual(10);
    expect(rules.filter((name) => !readdirSync(dir).includes(name.replace(/\.ts$/, '.test.ts')))).toEqual([]);
  });

  it('every cleanup rule is registered in the pipeline', () => {
    const index = ['pre-clean-rules.ts', 'post-clean-rules.ts'].map((list) => readFileSync(path.join(ROOT, 'utils/extract/rules', list), 'utf8')).join('\n');
    const rules = readdirSync(path.join(ROOT, 'utils/extract/rules')).filter((name) => /^remove-.*\.ts$/.test(name) && !name.endsWith('.test.ts'));
    expect(rules.filter((name) => !index.includes(`'./${name.replace(/\.ts$/, '')}'`))).toEqual([]);
  });

  it('only utils/dom.ts parses or serializes HTML by hand', () => {
    const offenders = sourceFiles().filter((file) => {
      if (file === 'utils/dom.ts' || file.endsWith('.test.ts') || file.endsWith('.test.tsx') || file.startsWith('e2e/') || file.startsWith('bench/')) return false;
      return /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write\(/.test(readFileSync(path.join(ROOT, file), 'utf8'));
    });
    expect(offenders).toEqual([]);
  });

  it('dangerouslySetInnerHTML appears in one component only', () => {
    const users = sourceFiles().filter((file) => !file.includes('.test.') && readFileSync(path.join(ROOT, file), 'utf8').includes('dangerouslySetInnerHTML'));
    expect(users.length).toBeLessThanOrEqual(1);
  });

  it('the extraction pipeline uses no browser extension APIs and no storage', () => {
    const offenders = sourceFiles()
      .filter((file) => file.startsWith('utils/extract/') && !file.includes('.test.'))
      .filter((file) => /\bbrowser\.|\bchrome\.|indexedDB|localStorage|fetch\(/.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('no helper files sit loose in entrypoints/', () => {
    const allowed = /^(background|extract|content)\.ts$|^[\w-]+$/;
    const loose = readdirSync(path.join(ROOT, 'entrypoints')).filter((name) => !allowed.test(name));
    expect(loose).toEqual([]);
  });
});
