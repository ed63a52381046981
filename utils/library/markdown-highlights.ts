/**
 * Highlights in the Markdown export: a `## Highlights` list under the title, and each passage marked `==…==`
 * (the highlight syntax of Obsidian, markdown-it-mark and Pandoc's `mark` extension) where it stands in the
 * body, its note under the paragraph that holds it. Quotes, notes and tags are plain text: every character
 * Markdown could read as syntax is escaped, so none of them can become a link, an image or HTML.
 */
import type { Highlight } from '../highlights/types';
import { articleToMarkdown } from '../markdown';
import type { Article } from '../extract/types';
import { protectedSpans } from './markdown-syntax';

/**
 * Characters escaped wherever they stand: emphasis, code, links and images, raw HTML and entities, tables,
 * strikethrough, highlights, tags (`#`) and e-mail autolinks (`@`). CommonMark reads a backslash before any
 * ASCII punctuation as that character: https://spec.commonmark.org/0.31.2/#backslash-escapes
 */
const INLINE_SYNTAX = /[\\`*_[\]<>&|~=#@]/g;
/** A list marker, a rule or a setext underline (`-`, `+`), or a numbered item's `1.` at the start of a line. */
const LINE_START_SYNTAX = /^(\s*)(?:[-+]|\d+[.)])/;
/**
 * Web addresses that GFM viewers link without any syntax (https://github.github.com/gfm/#autolinks-extension-):
 * an escaped character inside the scheme's `://` or after `www` keeps them text.
 */
const BARE_ADDRESS = /:(?=\/\/)|(?<=\bwww)\./gi;

/** One line of plain text as Markdown text that shows exactly that text. */
function escapeLine(line: string): string {
  const escaped = line.replace(INLINE_SYNTAX, '\\$&').replace(BARE_ADDRESS, '\\$&');
  return escaped.replace(LINE_START_SYNTAX, (marker) => (/[.)]$/.test(marker) ? `${marker.slice(0, -1)}\\${marker.slice(-1)}` : marker.replace(/[-+]/, '\\$&')));
}

/** Plain text (a note, a tag, a quote) as Markdown lines that show exactly that text. */
export function escapeMarkdownText(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(escapeLine);
}

/** A quote on one line: white space collapsed, escaped, and marked. */
const markedQuote = (exact: string): string => `==${escapeLine(exact.replace(/\s+/g, ' ').trim())}==`;

/** Each line of a note behind `prefix` (a blank line keeps its quote marker, so the block goes on). */
const noteLines = (note: string, prefix: string): string[] => escapeMarkdownText(note).map((line) => (line ? `${prefix} ${line}` : prefix));

/** The `## Highlights` section: a list item per highlight, its note as a quote inside the item. */
export function highlightsSection(highlights: readonly Highlight[]): string {
  const items = highlights.map((highlight) => {
    const tags = highlight.tags.length > 0 ? ` (tags: ${highlight.tags.map((tag) => escapeLine(tag.replace(/\s+/g, ' '))).join(', ')})` : '';
    const lines = [`- ${markedQuote(highlight.target.quote.exact)}${tags}`];
    if (highlight.note) lines.push(...noteLines(highlight.note, '  >'));
    return lines.join('\n');
  });
  return `## Highlights\n\n${items.join('\n')}`;
}

/** The text of a quote as the body's Markdown would hold it: plain, or with the characters turndown escapes. */
function needlesOf(exact: string): string[] {
  const plain = exact.replace(/[ \t\r\n]+/g, ' ').trim();
  const escaped = plain.replace(/[\\*_`[\]<]/g, '\\$&');
  return plain && !plain.endsWith('\\') ? [...new Set([plain, escaped])] : [];
}

/** How many characters of `a`'s end and `b`'s end agree. */
function sharedEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** Whether the character at `at` is escaped: an odd run of backslashes before it. */
function isEscaped(text: string, at: number): boolean {
  let n = 0;
  while (at - n - 1 >= 0 && text[at - n - 1] === '\\') n++;
  return n % 2 === 1;
}

function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

interface Found {
  block: number;
  start: number;
  end: number;
}

/**
 * The place in one block where the quote stands, its context deciding between several: null when it is found
 * in no block (it spans paragraphs, or crosses a link), or only where another mark or syntax already is.
 */
function findInBlocks(blocks: readonly string[], highlight: Highlight, marked: readonly Found[][]): Found | null {
  const { exact, prefix, suffix } = highlight.target.quote;
  const before = prefix.replace(/[ \t\r\n]+/g, ' ');
  const after = suffix.replace(/[ \t\r\n]+/g, ' ');
  let best: Found | null = null;
  let bestScore = -1;
  for (const needle of needlesOf(exact)) {
    blocks.forEach((block, b) => {
      let at = block.indexOf(needle);
      if (at < 0 || /^(```|~~~| {4}|\t)/.test(block)) return;
      const spans = protectedSpans(block);
      for (; at >= 0; at = block.indexOf(needle, at + 1)) {
        const end = at + needle.length;
        const overlaps = (s: number, e: number) => at < e && s < end;
        if (spans.some(([s, e]) => overlaps(s, e)) || (marked[b] ?? []).some((m) => overlaps(m.start, m.end))) continue;
        if (isEscaped(block, at)) continue; // A mark here would split an escape.
        const score = sharedEnd(block.slice(Math.max(0, at - before.length), at), before) + sharedStart(block.slice(end, end + after.length), after);
        if (score > bestScore) {
          best = { block: b, start: at, end };
          bestScore = score;
        }
      }
    });
    if (best) break;
  }
  return best;
}

/** The body's Markdown with each highlight found in it marked, and the notes under their paragraphs. */
export function markHighlightsInBody(body: string, highlights: readonly Highlight[]): string {
  const blocks = body.split(/\n{2,}/);
  const marked: Found[][] = blocks.map(() => []);
  const notes: string[][] = blocks.map(() => []);
  for (const highlight of highlights) {
    const found = findInBlocks(blocks, highlight, marked);
    if (!found) continue;
    marked[found.block]?.push(found);
    if (highlight.note) notes[found.block]?.push(noteLines(`Note: ${highlight.note}`, '>').join('\n'));
  }
  return blocks
    .map((block, b) => {
      let text = block;
      // From the end, so earlier offsets hold; a `=` inside would close the mark early.
      for (const { start, end } of [...(marked[b] ?? [])].sort((x, y) => y.start - x.start)) text = `${text.slice(0, start)}==${text.slice(start, end).replace(/(?<!\\)=/g, '\\=')}==${text.slice(end)}`;
      return [text, ...(notes[b] ?? [])].join('\n\n');
    })
    .join('\n\n');
}

/**
 * The article's Markdown (utils/markdown.ts) with its highlights: the section right under the title, and the marks
 * in the body. The body is told apart by converting the article again without it, so `articleToMarkdown` stays
 * the one converter; where that fails, the section alone carries the highlights.
 */
export function articleToMarkdownWithHighlights(article: Article, highlights: readonly Highlight[]): string {
  const markdown = articleToMarkdown(article);
  if (highlights.length === 0) return markdown;
  const head = articleToMarkdown({ ...article, contentHtml: '', sources: [] }).slice(0, -1);
  const tail = articleToMarkdown({ ...article, contentHtml: '' }).slice(head.length);
  const bodyStart = `${head}\n\n## Article\n\n`;
  let withMarks = markdown;
  if (markdown.startsWith(bodyStart) && markdown.endsWith(tail) && markdown.length > bodyStart.length + tail.length) {
    withMarks = `${bodyStart}${markHighlightsInBody(markdown.slice(bodyStart.length, markdown.length - tail.length), highlights)}${tail}`;
  }
  const titleEnd = withMarks.indexOf('\n');
  return `${withMarks.slice(0, titleEnd)}\n\n${highlightsSection(highlights)}${withMarks.slice(titleEnd)}`;
}
