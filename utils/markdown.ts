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

function metadataLine(article: Article): string {
  const parts = [article.byline, article.siteName, article.publishedTime?.slice(0, 10), article.readingMinutes ? `${article.readingMinutes} min read` : null];
  return parts.filter(Boolean).join(' · ');
}

/** The article as Markdown: headline, metadata, summary, implications, body, and the sources as numbered notes. */
export function articleToMarkdown(article: Article): string {
  const out: string[] = [`# ${article.headline}`];
  if (article.subtitle) out.push(`*${article.subtitle}*`);
  const meta = metadataLine(article);
  if (meta) out.push(meta);
  if (article.url) out.push(`<${article.url}>`);
  if (article.summary) out.push(`## Summary\n\n${article.summary}`);
  if (article.implications.length > 0) {
    const items = article.implications.map((item, i) => {
      const cites = item.sourceIds.map((id) => `[^${id}]`).join('');
      return `${i + 1}. ${item.label ? `**${item.label}:** ` : ''}${item.text}${cites}`;
    });
    out.push(`## Implications\n\n${items.join('\n')}`);
  }
  const body = turndown.turndown(article.contentHtml).trim();
  if (body) out.push(`## Article\n\n${body}`);
  if (article.sources.length > 0) {
    const notes = article.sources.map((source) => {
      const title = source.title ?? source.url ?? 'Unlisted source';
      const link = source.url ? (source.title ? `[${source.title}](${source.url})` : `<${source.url}>`) : `${title} (no link given)`;
      return `[^${source.id}]: ${link}${source.citedBy ? ` (cited ${source.citedBy} ${source.citedBy === 1 ? 'time' : 'times'})` : ''}`;
    });
    out.push(`## Sources\n\n${notes.join('\n')}`);
  }
  return `${out.join('\n\n')}\n`;
}
