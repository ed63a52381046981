/**
 * build/no-html-sinks.ts rewrites the three libraries' string-to-DOM sinks at build time. These tests pin down
 * that each rewrite still finds its sink in the installed library (an upgrade that moves one fails here, not
 * in a store review), that no sink is left in the rewritten file, and that Readability rewritten extracts
 * exactly what Readability as published extracts, including on the two paths that were rewritten.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { runInThisContext } from 'node:vm';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { findHtmlSink, LIBRARY_PATCHES, removeHtmlSinks } from '../../build/no-html-sinks';
import { parsePage } from '../../cli/dom';
import { FIXTURES_DIR, SHARED_DIR } from '../helpers';

const ROOT = path.resolve(__dirname, '../..');
const LIBRARY_FILES = {
  preact: 'node_modules/preact/dist/preact.mjs',
  dompurify: 'node_modules/dompurify/dist/purify.es.mjs',
  readability: 'node_modules/@mozilla/readability/Readability.js',
};

function patched(file: string): string {
  const full = path.join(ROOT, file);
  const patch = LIBRARY_PATCHES.find((p) => p.file.test(full));
  if (!patch) throw new Error(`no patch for ${file}`);
  return removeHtmlSinks(readFileSync(full, 'utf8'), patch, file);
}

/** The rewritten Readability, loaded as the CommonJS module it is. */
function patchedReadability(): typeof Readability {
  const module = { exports: {} as unknown };
  const load = runInThisContext(`(function (module, exports) {\n${patched(LIBRARY_FILES.readability)}\n})`) as (m: typeof module, e: unknown) => void;
  load(module, module.exports);
  return module.exports as typeof Readability;
}

describe('build/no-html-sinks', () => {
  it.each(Object.entries(LIBRARY_FILES))('%s: the installed library has a sink, the rewritten one none', (_name, file) => {
    expect(findHtmlSink(readFileSync(path.join(ROOT, file), 'utf8'))).not.toBeNull();
    expect(findHtmlSink(patched(file))).toBeNull();
  });

  it('a rewrite that no longer matches exactly once fails the build', () => {
    const patch = LIBRARY_PATCHES.find((p) => p.file.test(path.join(ROOT, LIBRARY_FILES.readability)))!;
    expect(() => removeHtmlSinks('var x = 1;', patch, 'Readability.js')).toThrow(/matched 0 times/);
    const twice = readFileSync(path.join(ROOT, LIBRARY_FILES.readability), 'utf8').replace('page.innerHTML = pageCacheHtml;', 'page.innerHTML = pageCacheHtml; page.innerHTML = pageCacheHtml;');
    expect(() => removeHtmlSinks(twice, patch, 'Readability.js')).toThrow(/matched 2 times/);
  });

  it('finds sinks as minified code writes them, and not reads', () => {
    expect(findHtmlSink('a.innerHTML=b')).not.toBeNull();
    expect(findHtmlSink('a["outerHTML"]+=b')).not.toBeNull();
    expect(findHtmlSink('x.insertAdjacentHTML("beforeend",y)')).not.toBeNull();
    expect(findHtmlSink('document.writeln(s)')).not.toBeNull();
    expect(findHtmlSink('var h=a.innerHTML;if(a.innerHTML==b)c()')).toBeNull();
  });

  it('Preact refuses the HTML prop instead of inserting it', () => {
    expect(patched(LIBRARY_FILES.preact)).toContain('dangerouslySetInnerHTML is disabled in this build');
  });

  describe('rewritten Readability extracts what the published one does', () => {
    const Rewritten = patchedReadability();
    // Short pages make Readability retry from its page cache (the first rewritten path); the <noscript> page
    // takes the second. The rest are our own fixture pages and the reference page.
    const short = '<html><head><title>Short</title></head><body><div class="story"><p>Only a short paragraph, with a few words.</p><p>And another one.</p></div></body></html>';
    const noscript =
      '<html><head><title>Pictures</title></head><body><article><p>' + 'A paragraph of the story, long enough to count. '.repeat(12) +
      '</p><figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="placeholder"><noscript><img src="https://img.example/full.jpg" alt="The real picture"></noscript></figure><p>' +
      'More of the story follows here, with more words. '.repeat(10) + '</p></article></body></html>';
    const pages: [string, string][] = [
      ['short page (page cache retry)', short],
      ['noscript image', noscript],
      ['seed page', readFileSync(path.join(SHARED_DIR, 'fixtures/seed-news-page.html'), 'utf8')],
      ...readdirSync(path.join(FIXTURES_DIR, 'pages')).filter((name) => name.endsWith('.html')).map((name) => [name, readFileSync(path.join(FIXTURES_DIR, 'pages', name), 'utf8')] as [string, string]),
    ];
    it.each(pages)('%s', (_name, html) => {
      const url = 'https://news.example/2025/story';
      const published = new Readability(parsePage(html, url)).parse();
      const rewritten = new Rewritten(parsePage(html, url)).parse();
      expect(rewritten).toEqual(published);
    });

    it('the retry and the noscript paths were taken', () => {
      const url = 'https://news.example/2025/story';
      expect(new Rewritten(parsePage(short, url)).parse()?.textContent).toContain('Only a short paragraph');
      expect(new Rewritten(parsePage(noscript, url)).parse()?.content).toContain('https://img.example/full.jpg');
    });
  });
});
