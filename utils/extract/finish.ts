/**
 * The finish stage: turns what the page stage read into the `Article` the popup, reader and library show. It
 * runs in an extension page (or the CLI), never in the page, and it is the only place the page's HTML becomes
 * DOM: through the one sanitizer, so no later step can see or reintroduce unsafe HTML.
 */
import type { Article, PageExtraction, Removal } from './types';
import { countCitations } from './sources';
import { summarize } from './summary';
import { blockText, countWords, PROSE_SKIPPED_TAGS, readingMinutesOf } from './text';
import { sanitizeArticleFragment } from './sanitize';
import { findWindow } from './clobbering';
import { serializeChildren } from '../dom';
import { makeLinksAbsolute } from './links';
import { looksLikeArticle } from './not-article';
import { linkDensity } from './rules/block-signals';
import { fullSectionWorthShowing, measureCompleteness } from './completeness';
import { findAttributions } from './attributions';
import { findImplications } from './implications';
import { takeCorrectionNotes } from './corrections';
import { addLeadImage } from './add-lead-image';
import { postClean } from './post-clean';

/**
 * The article, or `null` when the sanitized text is not one after all. `view` is the window whose DOM the
 * sanitizer parses in: the extension page's own by default.
 */
export function finishArticle(extraction: PageExtraction, view: Window & typeof globalThis = findWindow()): Article | null {
  const { url } = extraction;
  const cleaned = postClean(extraction, view);
  const fragment = sanitizeArticleFragment(cleaned.contentHtml, view);
  addLeadImage(fragment, extraction.leadImages, { view, url });
  makeLinksAbsolute(fragment, url);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  // Read here rather than in the page, as the implications below: the injected script stays smaller.
  const corrections = takeCorrectionNotes(container);
  const textContent = blockText(container, { skipTags: PROSE_SKIPPED_TAGS });
  if (!looksLikeArticle(extraction.page, textContent, linkDensity(container))) return null;

  const removed = [...extraction.removed, ...cleaned.removed].map((removal) => ({ ...removal }));
  attachRemovedHtml(removed, [extraction.removedHtml, cleaned.removedHtml].filter((html) => html !== null).join('') || null, view, url);

  const wordCount = countWords(textContent);
  const headline = extraction.headline;
  // Read here rather than in the page: the injected script stays smaller, and the sanitized body is the one shown.
  const implications = findImplications(container);
  const citations = countCitations(container, extraction.sources);
  const attributions = findAttributions(container, { url, siteName: extraction.siteName, citedUrls: citations.flatMap((s) => (s.url ? [s.url] : [])) });
  const completeness = measureCompleteness({
    extractedWords: wordCount,
    declaredWords: extraction.declaredWords,
    mainColumn: extraction.mainColumnParagraphs ? { paragraphs: extraction.mainColumnParagraphs } : null,
    removedTexts: removed.map((r) => r.text),
  });
  return {
    url,
    canonicalUrl: extraction.canonicalUrl,
    headline: headline.headline || extraction.fallbackTitle || '',
    subtitle: headline.subtitle,
    alternateHeadlines: headline.alternateHeadlines,
    byline: extraction.byline,
    siteName: extraction.siteName,
    publishedTime: extraction.publishedTime,
    lang: extraction.lang,
    summary: summarize(textContent, { headline: headline.headline, lang: extraction.lang }),
    implications,
    sources: [...citations, ...attributions],
    contentHtml: serializeChildren(container),
    textContent,
    wordCount,
    readingMinutes: readingMinutesOf(textContent, wordCount),
    removed,
    modifiedTime: extraction.modifiedTime,
    corrections,
    completeness: completeness.ratio,
    fullSectionHtml: extraction.fullSectionHtml && fullSectionWorthShowing(completeness, wordCount) ? sanitizeFullSection(extraction.fullSectionHtml, url, view) : null,
    // Only for a very large page: ordinary articles (and every one saved before) carry no such field.
    ...(extraction.largePage ? { largePage: extraction.largePage } : {}),
  };
}

/** Sanitizes the carried blocks in one DOMPurify pass and gives each removal its sanitized HTML. */
function attachRemovedHtml(removed: readonly Removal[], removedHtml: string | null, view: Window & typeof globalThis, url: string | null): void {
  if (!removedHtml) return;
  const fragment = sanitizeArticleFragment(removedHtml, view);
  makeLinksAbsolute(fragment, url);
  for (const holder of Array.from(fragment.children)) {
    const removal = removed[Number(holder.getAttribute('data-removal'))];
    const html = serializeChildren(holder).trim();
    if (removal && html) removal.html = html;
  }
}

/** The full page section as the reader may see it: sanitized, links absolute. */
function sanitizeFullSection(html: string, url: string | null, view: Window & typeof globalThis): string {
  const fragment = sanitizeArticleFragment(html, view);
  makeLinksAbsolute(fragment, url);
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return serializeChildren(container);
}
