/**
 * The post-clean, run by the finish stage: the rules that judge Readability's pick (headline repeats, byline
 * lines, link lists, captions, recaps) run in the extension page, so the script injected into the page stays
 * small. They read the body as the page stage sent it, unsanitized with its classes, in an inert document:
 * nothing in it loads or runs, and only what the rules leave goes on to the sanitizer.
 */
import type { PageExtraction, Removal, RuleContext } from './types';
import { applyRules } from './rules/apply-rules';
import { postCleanRules } from './rules/post-clean-rules';
import { withKeptBlocks } from './rules/block-signals';
import { carryRemovedBlocks } from './removed-blocks';
import { inertContainer, serializeChildren } from '../dom';

export interface PostCleaned {
  /** The body the rules left, still unsanitized. */
  contentHtml: string;
  /** What the rules removed, each with its place; counted after the page stage's removals. */
  removed: Removal[];
  /** The removed blocks as `carryRemovedBlocks` gives them, indexed after the page stage's removals. */
  removedHtml: string | null;
}

export function postClean(extraction: PageExtraction, view: Window & typeof globalThis): PostCleaned {
  const content = inertContainer(extraction.contentHtml, view);
  const { url, headline, byline, publishedTime } = extraction;
  const context: RuleContext = { url, headline, byline, publishedTime };
  const removed = withKeptBlocks(new Set(extraction.keptBlocks), () => applyRules(postCleanRules, content, context));
  return { contentHtml: serializeChildren(content), removed, removedHtml: carryRemovedBlocks(removed, content.ownerDocument, extraction.removed.length) };
}
