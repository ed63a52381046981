import { Readability } from '@mozilla/readability';
import type { Article, ExtractOptions, RuleContext } from './types';
import { readMetadata } from './metadata';
import { pickHeadline } from './headline';
import { takeSourcesFromClone, countCitations } from './sources';
import { findImplications } from './implications';
import { summarize } from './summary';
import { applyRules, preCleanRules, postCleanRules } from './rules';
import { blockText, countWords, PROSE_SKIPPED_TAGS, readingMinutes } from './text';
import { findWindow, sanitizeArticleFragment, withoutClobbering } from './sanitize';
import { serializeChildren } from '../dom';
import { makeLinksAbsolute, pageUrlOf, removeForeignBase } from './links';
import { looksLikeArticle } from './not-article';
import { linkDensity, withKeptBlocks } from './rules/block-signals';
import { describeRemovedBlocks } from './removed-blocks';
import { siteOf } from './fingerprint';
import { declaredWordCount, fullSectionWorthShowing, measureCompleteness, measureMainColumn } from './completeness';
import { readFullSectionHtml } from './full-section';
import { findArticleNode } from './json-ld';
import { findAttributions } from './attributions';
import { readModifiedTime, takeCorrectionNotes } from './corrections';

export type { Article } from './types';

/**
 * Turns a page into one clean article, or `null` when the page holds no article.
 *
 * The order matters:
 * 1. everything is read from and done to a clone: the live page is never changed;
 * 2. metadata and headline are read before any cleanup, while every repetition of the headline is still there;
 * 3. sources are taken before the pre-clean and Readability, which would drop a list of outbound links;
 * 4. the pre-clean removes boilerplate Readability is known to keep (share bars, newsletters, "Read also");
 * 5. Readability finds the article; the post-clean removes what it still kept (headline repeats, recaps);
 * 6. implications and citation counts are read from the cleaned content, so a list in a sidebar never counts;
 * 7. sanitizing comes last, so no later step can reintroduce unsafe HTML; removed blocks are sanitized then too,
 *    in one pass, so a reader can restore them (and the reader's keep rules stop a rule from removing a block at all).
 */
export function extractArticle(page: Document, options: ExtractOptions = {}): Article | null {
  const document = withoutClobbering(page);
  const url = options.url ?? pageUrlOf(document);
  // The reader's "Always keep this on <site>" rules, for this page's site only.
  const site = siteOf(url);
  const kept = new Set((options.keep ?? []).filter((rule) => rule.site === site).map((rule) => `${rule.rule}\n${rule.fingerprint}`));
  return withKeptBlocks(kept, () => extractWithRules(document, url));
}

function extractWithRules(document: Document, url: string | null): Article | null {
  const view = findWindow(document);
  const working = document.cloneNode(true) as Document;
  if (!working.body) return null;
  removeForeignBase(working, url);

  const metadata = readMetadata(working);
  const headline = pickHeadline(working, metadata);
  const context: RuleContext = { url, headline, byline: metadata.byline, publishedTime: metadata.publishedTime };

  const sources = takeSourcesFromClone(working.body);
  const removed = applyRules(preCleanRules, working.body, context);
  // Measured now: Readability rearranges the clone.
  const mainColumn = measureMainColumn(working.body);

  const parsed = new Readability<Element>(working, { serializer: (el) => el as Element, keepClasses: true }).parse();
  if (!parsed?.content) return null;
  const content = parsed.content;
  removed.push(...applyRules(postCleanRules, content, { ...context, byline: metadata.byline ?? parsed.byline ?? null }));

  // Corrections are moved out of the body before the summary could quote them; they are shown first.
  const corrections = takeCorrectionNotes(content);
  const implications = findImplications(content);
  const fragment = sanitizeArticleFragment(serializeChildren(content), view);
  makeLinksAbsolute(fragment, url);
  const textContent = blockText(fragment, { skipTags: PROSE_SKIPPED_TAGS });
  if (!looksLikeArticle(document, textContent, linkDensity(fragment))) return null;

  describeRemovedBlocks(removed, working, view, url);

  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  const wordCount = countWords(textContent);
  const lang = metadata.lang ?? parsed.lang ?? null;
  const citations = countCitations(container, sources);
  const attributions = findAttributions(container, { url, siteName: metadata.siteName ?? parsed.siteName ?? null, citedUrls: citations.flatMap((s) => (s.url ? [s.url] : [])) });
  const completeness = measureCompleteness({ extractedWords: wordCount, declaredWords: declaredWordCount(findArticleNode(metadata.jsonLd)), mainColumn, removedTexts: removed.map((r) => r.text) });
  return {
    url,
    canonicalUrl: metadata.canonicalUrl,
    headline: headline.headline || parsed.title || '',
    subtitle: headline.subtitle,
    alternateHeadlines: headline.alternateHeadlines,
    byline: metadata.byline ?? parsed.byline ?? null,
    siteName: metadata.siteName ?? parsed.siteName ?? null,
    publishedTime: metadata.publishedTime ?? parsed.publishedTime ?? null,
    lang,
    summary: summarize(textContent, { headline: headline.headline, lang }),
    implications,
    sources: [...citations, ...attributions],
    contentHtml: serializeChildren(container),
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    removed,
    modifiedTime: readModifiedTime(document, metadata.jsonLd),
    corrections,
    completeness: completeness.ratio,
    fullSectionHtml: fullSectionWorthShowing(completeness, wordCount) ? readFullSectionHtml(document, context, view) : null,
  };
}
