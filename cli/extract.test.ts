import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './extract';

const PAGES = path.resolve(__dirname, '../tests/fixtures/pages');
const page = (name: string) => path.join(PAGES, name);

function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

describe('extract CLI', () => {
  it('prints one article as JSON and exits 0', () => {
    const { code, stdout, stderr } = run(page('clean-page.html'));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const article = JSON.parse(stdout);
    expect(article.headline).toBe('Central library reopens after two-year renovation');
    expect(article.url).toBe(null);
  });

  it('uses --url as the page address', () => {
    const { stdout } = run(page('clean-page.html'), '--url', 'https://northern-gazette.example/2025/09/02/library-reopens');
    expect(JSON.parse(stdout).url).toBe('https://northern-gazette.example/2025/09/02/library-reopens');
  });

  it('exits 2 with a one-line message when the page has no article', () => {
    const { code, stdout, stderr } = run(page('section-front.html'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`extract: ${page('section-front.html')}: no article found on this page\n`);
  });

  it('exits 1 with a clear message for an unreadable file', () => {
    const { code, stderr } = run('/no/such/page.html');
    expect(code).toBe(1);
    expect(stderr).toBe('extract: /no/such/page.html: file not found\n');
    expect(run(PAGES).stderr).toBe(`extract: ${PAGES}: is a directory, not an HTML file\n`);
  });

  it('exits 1 with usage on bad arguments', () => {
    expect(run().code).toBe(1);
    expect(run('--format', 'xml', 'a.html').stderr).toBe('extract: unknown format "xml"\nusage: extract FILE... [--url URL] [--format json|jsonl|markdown]\n');
  });

  it('writes one line per file in jsonl mode and never stops the batch', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'extract-'));
    const empty = path.join(dir, 'empty.html');
    writeFileSync(empty, '');
    const { code, stdout } = run(page('clean-page.html'), '/no/such/page.html', page('section-front.html'), empty, '--format', 'jsonl');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.input, line.article ? 'article' : line.error])).toEqual([
      [page('clean-page.html'), 'article'],
      ['/no/such/page.html', 'file not found'],
      [page('section-front.html'), 'no article found on this page'],
      [empty, 'no article found on this page'],
    ]);
  });

  it('prints Markdown with the headline first', () => {
    const { code, stdout } = run(page('clean-page.html'), '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('# Central library reopens after two-year renovation');
    expect(stdout).toContain('\n### More seats, longer hours\n');
    expect(stdout).toContain('-   Saturday: 9am to 6pm');
  });

  it('runs as a program through npm run extract', () => {
    const result = spawnSync('npx', ['tsx', 'cli/extract.ts', page('section-front.html')], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('no article found on this page');
  }, 30000);
});
