/**
 * The page stage: everything that needs the page's DOM, run by the injected script inside the page. It leaves
 * the rest (sanitizing, text, counts, summary) to the finish stage, which runs in an extension page: the page
 * is held only as long as reading it takes, and the script the page loads stays small (no sanitizer).
 */
import { Readability } from '@mozilla/readability';
import type { ExtractOptions, PageExtraction, RuleContext } from './types';
import { readMetadata } from './metadata';
import { pickHeadline } from './headline';
import { takeSourcesFromClone } from './sources';
import { applyRules } from './rules/apply-rules';
import { preCleanRules } from './rules/pre-clean-rules';
import { blockText, comparableText, countWords, PROSE_SKIPPED_TAGS } from './text';
import { withoutClobbering } from './clobbering';
import { serializeChildren } from '../dom';
import { pageUrlOf, removeForeignBase } from './links';
import { looksLikeArticle, readPageFacts } from './not-article';
import { linkDensity, withKeptBlocks } from './rules/block-signals';
import { carryRemovedBlocks } from './removed-blocks';
import { siteOf } from './fingerprint';
import { declaredWordCount, fullSectionWorthShowing, measureCompleteness, measureMainColumn, TRUNCATED_BELOW } from './completeness';
import { readFullSectionHtml } from './full-section';
import { findArticleNode } from './json-ld';
import { readModifiedTime } from './modified-time';
import { workingCopyOf } from './large-page';
import { readsMoreOfArticle } from './readability-alone';
import { APART_BELOW, heldShare, joinInPageOrder, keptPartOfColumn, MIN_HELD_SHARE, takeMarkedColumn } from './whole-column';
import { readLeadImages } from './lead-image';
import { capField } from './field-length';

/** Tags whose text the sanitizer drops with them; the page stage's own text leaves them out too. */
const UNSANITIZED_SKIPPED_TAGS: ReadonlySet<string> = new Set([...PROSE_SKIPPED_TAGS, 'IFRAME', 'TITLE', 'math', 'MATH']);
/**
 * The finish stage's text is at most this much shorter than the page stage's (the sanitizer drops little
 * text), so the page stage reads the full section whenever the finish stage could want it.
 */
const SANITIZED_WORDS_AT_LEAST = 0.85;

/**
 * The article of `page` as far as the page's DOM is needed, or `null` when the page holds no article.
 *
 * The order matters:
 * 1. everything is read from and done to a clone: the live page is never changed;
 * 2. metadata and headline are read before any cleanup, while every repetition of the headline is still there;
 * 3. sources are taken before the pre-clean and Readability, which would drop a list of outbound links;
 * 4. the pre-clean removes boilerplate Readability is known to keep (share bars, newsletters, "Read also");
 * 5. Readability finds the article; what follows the headline is read before it rearranges the copy, for the
 *    finish stage to put back the lead picture it loses when the picture stands between the headline and the
 *    body container;
 * 6. the finish stage post-cleans what Readability still kept (headline repeats, recaps), moves corrections out
 *    of the body before the summary could quote them, and reads the implications from the cleaned content,
 *    so a list in a sidebar never counts;
 * 7. the reader's keep rules stop a rule from removing a block at all, in either stage.
 */
export function extractFromPage(page: Document, options: ExtractOptions = {}): PageExtraction | null {
  const document = withoutClobbering(page);
  const url = options.url ?? pageUrlOf(document);
  // The reader's "Always keep this on <site>" rules, for this page's site only.
  const site = siteOf(url);
  const kept = new Set((options.keep ?? []).filter((rule) => rule.site === site).map((rule) => `${rule.rule}\n${rule.fingerprint}`));
  return withKeptBlocks(kept, () => readArticle(document, url, [...kept]));
}

function readArticle(document: Document, url: string | null, keptBlocks: string[]): PageExtraction | null {
  const { working, region } = workingCopyOf(document);
  if (!working.body) return null;
  removeForeignBase(working, url);

  const metadata = readMetadata(working);
  // Read before any cleanup touches the copy; for a very large page, from its article region only.
  const modifiedTime = readModifiedTime(working, metadata);
  const headline = pickHeadline(working, metadata);
  const context: RuleContext = { url, headline, byline: metadata.byline, publishedTime: metadata.publishedTime };

  let sources = takeSourcesFromClone(working.body);
  let removed = applyRules(preCleanRules, working.body, context);
  // Measured now: Readability rearranges the clone.
  const mainColumn = measureMainColumn(working.body);
  const leadImages = readLeadImages(working, headline.headline, metadata.metaValues);

  const parsed = new Readability<Element>(working, { serializer: (el) => el as Element, keepClasses: true }).parse();
  if (!parsed?.content) return null;
  let content = parsed.content;

  if (keptPartOfColumn(content, mainColumn)) {
    // Readability kept one section of the article the page marks: a fresh copy, cleaned the same way, read whole.
    const fresh = workingCopyOf(document).working;
    removeForeignBase(fresh, url);
    const freshSources = takeSourcesFromClone(fresh.body);
    const freshRemoved = applyRules(preCleanRules, fresh.body, context);
    const pageText = comparableText(blockText(fresh.body));
    const column = takeMarkedColumn(fresh);
    const held = column ? heldShare(column, content) : 0;
    if (column && (held >= MIN_HELD_SHARE || held < APART_BELOW)) {
      const whole = held >= MIN_HELD_SHARE ? column : joinInPageOrder(content, column, pageText);
      [content, sources, removed] = [whole, freshSources, freshRemoved];
    }
  }

  const declaredWords = declaredWordCount(findArticleNode(metadata.jsonLd));
  const contentWords = countWords(blockText(content, { skipTags: UNSANITIZED_SKIPPED_TAGS }));
  if (mayLookTruncated(contentWords * SANITIZED_WORDS_AT_LEAST, declaredWords, mainColumn?.paragraphs ?? [])) {
    // The pre-clean may have turned Readability to another block: Readability on the untouched page is asked too.
    const plain = parseAlone(document, url);
    if (plain && readsMoreOfArticle(plain, content, removed.map((r) => r.text))) {
      content = plain;
      removed = applyRules(preCleanRules, plain, context);
    }
  }

  // The finish stage decides on the sanitized text; this early answer spares a page with no article the rest.
  const text = blockText(content, { skipTags: UNSANITIZED_SKIPPED_TAGS });
  const facts = readPageFacts(document, content, sources);
  if (!looksLikeArticle(facts, text, linkDensity(content))) return null;

  const fewestWords = countWords(text) * SANITIZED_WORDS_AT_LEAST;
  const mayBeTruncated = mayLookTruncated(fewestWords, declaredWords, mainColumn?.paragraphs ?? []);
  const completeness = mayBeTruncated ? measureCompleteness({ extractedWords: fewestWords, declaredWords, mainColumn, removedTexts: removed.map((r) => r.text) }) : null;
  return {
    url,
    canonicalUrl: metadata.canonicalUrl,
    headline,
    // Readability's, when ours found none: capped as read, like ours (field-length.ts).
    fallbackTitle: capField(parsed.title ?? null),
    byline: metadata.byline ?? capField(parsed.byline ?? null),
    siteName: metadata.siteName ?? capField(parsed.siteName ?? null),
    publishedTime: metadata.publishedTime ?? parsed.publishedTime ?? null,
    lang: metadata.lang ?? parsed.lang ?? null,
    modifiedTime,
    contentHtml: serializeChildren(content),
    sources,
    removed,
    removedHtml: carryRemovedBlocks(removed, working),
    leadImages,
    page: facts,
    mainColumnParagraphs: mainColumn?.paragraphs ?? null,
    declaredWords,
    fullSectionHtml: completeness && fullSectionWorthShowing(completeness, fewestWords) ? readFullSectionHtml(region ? workingCopyOf(document).working : document, context) : null,
    largePage: region,
    keptBlocks,
  };
}

/** Readability's pick on a fresh copy of the page that no rule has touched. */
function parseAlone(document: Document, url: string | null): Element | null {
  const fresh = workingCopyOf(document).working;
  removeForeignBase(fresh, url);
  return new Readability<Element>(fresh, { serializer: (el) => el as Element, keepClasses: true }).parse()?.content ?? null;
}

/**
 * Whether the extraction could look truncated at all: against every main-column paragraph (the full check
 * leaves out the removed ones, which only lowers the expectation) it does not, when it holds 70% of them.
 */
function mayLookTruncated(words: number, declaredWords: number | null, mainColumnParagraphs: readonly string[]): boolean {
  const mostExpected = Math.max(declaredWords ?? 0, mainColumnParagraphs.reduce((sum, text) => sum + countWords(text), 0));
  return mostExpected > 0 && words / mostExpected < TRUNCATED_BELOW;
}
