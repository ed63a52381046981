import TurndownService from 'turndown';
import { gfm } from 'turndown-plugin-gfm';
import type { Article } from './extract/types';

const turndown = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', codeBlockStyle: 'fenced', emDelimiter: '*' });
turndown.use(gfm);
// The body sits under the document's own headings, so its headings go one level down.
turndown.addRule('nested-heading', {
  filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
  replacement: (content, node) => `\n\n${'#'.repeat(Math.min(6, Number(node.nodeName.charAt(1)) + 1))} ${content.trim()}\n\n`,
});
// Citation markers become Markdown footnote references, which the notes at the end resolve.
turndown.addRule('citation-marker', {
  filter: (node) => node.nodeName === 'A' && node.hasAttribute('data-source-id'),
  replacement: (_content, node) => `[^${(node as Element).getAttribute('data-source-id')}]`,
});
turndown.addRule('citation-sup', {
  filter: (node) => node.nodeName === 'SUP' && node.querySelector('[data-source-id]') !== null && node.textContent?.trim().startsWith('['),
  replacement: (content) => content,
});

// Markdown viewers may render raw HTML and follow any link: text that looks like a tag stays text, and a link or
// image whose address is not a web, mail or relative one keeps only its text (a stored record can be hand-edited).
const escapeMarkdownText = turndown.escape.bind(turndown);
turndown.escape = (text: string) => escapeMarkdownText(text).replace(/</g, '\\<');
function isSafeMarkdownUrl(url: string): boolean {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020\u007f-\u009f]+/g, ''))?.[1];
  return !scheme || /^(https?|mailto)$/i.test(scheme);
}
/** A field written into Markdown as text. */
const asText = (text: string): string => text.replace(/</g, '\\<');
turndown.addRule('unsafe-url', {
  filter: (node) => (node.nodeName === 'A' && !isSafeMarkdownUrl(node.getAttribute('href') ?? '')) || (node.nodeName === 'IMG' && !isSafeMarkdownUrl(node.getAttribute('src') ?? '')),
  replacement: (content, node) => (node.nodeName === 'A' ? content : ''),
});

function metadataLine(article: Article): string {
  const parts = [article.byline, article.siteName, article.publishedTime?.slice(0, 10), article.readingMinutes ? `${article.readingMinutes} min read` : null];
  return asText(parts.filter(Boolean).join(' · '));
}

/** The article as Markdown: headline, metadata, summary, implications, body, and the sources as numbered notes. */
export function articleToMarkdown(article: Article): string {
  const out: string[] = [`# ${asText(article.headline)}`];
  if (article.subtitle) out.push(`*${asText(article.subtitle)}*`);
  const meta = metadataLine(article);
  if (meta) out.push(meta);
  if (article.url && isSafeMarkdownUrl(article.url)) out.push(`<${article.url}>`);
  if (article.summary) out.push(`## Summary\n\n${asText(article.summary)}`);
  if (article.implications.length > 0) {
    const items = article.implications.map((item, i) => {
      const cites = item.sourceIds.map((id) => `[^${id}]`).join('');
      return `${i + 1}. ${item.label ? `**${asText(item.label)}:** ` : ''}${asText(item.text)}${cites}`;
    });
    out.push(`## Implications\n\n${items.join('\n')}`);
  }
  const body = turndown.turndown(article.contentHtml).trim();
  if (body) out.push(`## Article\n\n${body}`);
  if (article.sources.length > 0) {
    const notes = article.sources.map((source) => {
      const url = source.url && isSafeMarkdownUrl(source.url) ? source.url : null;
      const title = asText(source.title ?? url ?? 'Unlisted source');
      const link = source.missing ? 'Not found on this page' : url ? (source.title ? `[${title}](${url})` : `<${url}>`) : `${title} (no link given)`;
      return `[^${source.id}]: ${link}${source.citedBy ? ` (cited ${source.citedBy} ${source.citedBy === 1 ? 'time' : 'times'})` : ''}`;
    });
    out.push(`## Sources\n\n${notes.join('\n')}`);
  }
  return `${out.join('\n\n')}\n`;
}
