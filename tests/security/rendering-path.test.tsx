// @vitest-environment jsdom
/**
 * One rendering path for article HTML. Extension pages can read the whole library, so HTML from a page reaches
 * them only through the one DOMPurify configuration (utils/extract/sanitize.ts) and is inserted only by
 * components/ArticleBody.tsx; everything else that parses or serializes HTML lives in utils/dom.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ArticleBody } from '../../components/ArticleBody';
import { sanitizeArticleHtml } from '../../utils/extract/sanitize';
import { libraryToHtml } from '../../utils/library/export';
import { sanitizeImportedRecord } from '../../utils/library/import';
import type { SavedArticle } from '../../utils/library/schema';
import { canonicalHtml, unsafeParts } from './html-safety';

const ROOT = path.resolve(__dirname, '../..');
// build/ holds the Vite plugin that removes the libraries' sinks; it names them to find them (tests/security/no-html-sinks.test.ts).
const SKIP_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', 'scratch', 'web-ext-artifacts', 'tests', 'e2e', 'bench', 'public', 'scripts', 'build']);

/** Shipped source: what runs in extension pages, the injected script, the background and the CLI. */
function shippedSourceFiles(dir = ROOT): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name) || name.startsWith('.output')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...shippedSourceFiles(full));
    else if (/\.(ts|tsx|js|mjs)$/.test(name) && !name.endsWith('.d.ts') && !/\.test\.tsx?$/.test(name) && !/\.config\.ts$/.test(name)) out.push(path.relative(ROOT, full));
  }
  return out;
}

/** Every way to turn a string into DOM or script, and the one file allowed to use each. */
const SINKS: { name: string; pattern: RegExp; allowedIn: string[] }[] = [
  // Preact's HTML prop is not used at all: ArticleBody inserts DOMPurify's nodes, and the build disables the prop.
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/, allowedIn: [] },
  { name: 'innerHTML', pattern: /\binnerHTML\b/, allowedIn: ['utils/dom.ts'] },
  { name: 'outerHTML', pattern: /\bouterHTML\b/, allowedIn: [] },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/, allowedIn: [] },
  { name: 'document.write', pattern: /document\.write(ln)?\s*\(/, allowedIn: [] },
  // The sanitizer names srcdoc only to forbid it.
  { name: 'srcdoc', pattern: /srcdoc/i, allowedIn: ['utils/extract/sanitize.ts'] },
  { name: 'DOMParser', pattern: /DOMParser/, allowedIn: ['utils/dom.ts'] },
  { name: 'createContextualFragment / setHTMLUnsafe', pattern: /createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe/, allowedIn: [] },
  { name: 'eval / new Function / string timers', pattern: /\beval\s*\(|new\s+Function\s*\(|set(Timeout|Interval)\(\s*['"`]/, allowedIn: [] },
  { name: 'DOMPurify', pattern: /from\s+['"]dompurify['"]/, allowedIn: ['utils/extract/sanitize.ts'] },
];

describe('HTML sinks in shipped source', () => {
  const files = shippedSourceFiles();
  it('finds the source', () => {
    expect(files).toEqual(expect.arrayContaining(['components/ArticleBody.tsx', 'utils/dom.ts', 'entrypoints/background.ts', 'cli/extract.ts']));
  });

  it.each(SINKS)('$name appears only where allowed', ({ pattern, allowedIn }) => {
    const users = files.filter((file) => pattern.test(readFileSync(path.join(ROOT, file), 'utf8')));
    expect(users.filter((file) => !allowedIn.includes(file))).toEqual([]);
  });

  it('ArticleBody inserts only the nodes the sanitizer returned', () => {
    const source = readFileSync(path.join(ROOT, 'components/ArticleBody.tsx'), 'utf8');
    expect(source).toMatch(/const clean = sanitizeArticleFragment\(html\) as DocumentFragment \| null;/);
    expect(source.match(/\.(?:replaceChildren|append|appendChild|insertBefore|prepend)\([^)]*\)/g)).toEqual(['.replaceChildren(...(clean ? [clean] : [])']);
  });

  it('HTML is parsed into extension pages only from sanitizeArticleHtml', () => {
    // Outside the extraction pipeline (which works on an inert clone and sanitizes last), the parsing helpers
    // of utils/dom.ts must be handed the sanitizer's output directly.
    const calls = files
      .filter((file) => !file.startsWith('utils/extract/') && file !== 'utils/dom.ts')
      .flatMap((file) => [...readFileSync(path.join(ROOT, file), 'utf8').matchAll(/\b(htmlToContainer|replaceChildrenWithHtml)\(([^,]+),\s*([^\n;]*)/g)].map((m) => ({ file, html: m[3]! })));
    expect(calls.filter(({ html }) => !html.startsWith('sanitizeArticleHtml('))).toEqual([]);
  });
});

const HOSTILE =
  '<p onclick="steal()">Kept text<script>window.__pwned=1</script><img src="https://img.example/a.jpg" onerror="window.__pwned=2">' +
  '<a href="javascript:window.__pwned=3">js</a> <a href="https://news.example/x" target="_self">web</a> <a href="#source-1" data-source-id="1">[1]</a></p>' +
  '<iframe srcdoc="<script>parent.__pwned=4</script>"></iframe><form action="https://evil.example"><button formaction="javascript:x()">b</button></form>' +
  '<svg><a href="javascript:alert(1)"><text>svg</text></a></svg><div id="settings" name="library" style="background:url(https://evil.example/t)">clobber</div>' +
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></p></noscript><base href="https://evil.example/">';

function hostileRecord(contentHtml: string): SavedArticle {
  return {
    id: 'r1',
    canonicalUrl: 'https://news.example/story',
    savedAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    tags: [],
    read: false,
    article: {
      url: 'https://news.example/story',
      headline: 'Story',
      subtitle: null,
      alternateHeadlines: [],
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: 'en',
      summary: '',
      implications: [],
      sources: [],
      contentHtml,
      textContent: 'Kept text',
      wordCount: 2,
      readingMinutes: 1,
      removed: [],
    },
  } as unknown as SavedArticle;
}

describe('every surface shows the same sanitized body', () => {
  const expected = sanitizeArticleHtml(HOSTILE);

  it('the sanitizer removes every active part and keeps the text', () => {
    expect(expected).toBe(
      '<p>Kept text<img src="https://img.example/a.jpg">' +
        '<a target="_blank" rel="noopener noreferrer">js</a> <a href="https://news.example/x" target="_blank" rel="noopener noreferrer">web</a> <a href="#source-1" data-source-id="1">[1]</a></p>' +
        // The form and button go; the button's label stays as text.
        'b<div>clobber</div>',
    );
    expect(unsafeParts(expected, document)).toEqual([]);
    // Sanitizing again changes nothing but the order of attributes.
    expect(canonicalHtml(sanitizeArticleHtml(expected), document)).toBe(canonicalHtml(expected, document));
    expect(unsafeParts(HOSTILE, document).length).toBeGreaterThanOrEqual(12);
  });

  it('reader view, popup and library (ArticleBody)', () => {
    const root = document.createElement('div');
    render(<ArticleBody html={HOSTILE} />, root);
    const body = root.querySelector('.article-body')!;
    // ArticleBody then gives citation markers their ids and class for the back-links.
    body.querySelectorAll('a[data-source-id]').forEach((a) => (a.removeAttribute('id'), a.removeAttribute('class')));
    expect(body.innerHTML).toBe(expected);
    render(null, root);
  });

  it('imported records', () => {
    expect(sanitizeImportedRecord(hostileRecord(HOSTILE)).article.contentHtml).toBe(expected);
  });

  it('the HTML export', () => {
    const html = libraryToHtml([hostileRecord(HOSTILE)]);
    // The export prefixes citation anchors per article; otherwise the body is the sanitizer's output.
    expect(html).toContain(expected.replace('href="#source-1"', 'href="#a1-source-1"'));
    expect(html).not.toMatch(/<script|onerror|onclick|javascript:|srcdoc|<iframe|<svg|<form|<base|evil\.example/i);
  });
});
