import type { Source } from './types';

/**
 * Finds the page's sources list and citation markers before Readability runs (it may drop a list of links),
 * rewrites each marker as `<a href="#source-ID" data-source-id="ID">[ID]</a>`, removes the sources list from
 * `root` and returns the sources. Mutates `root`: pass a clone. (First version: nothing found.)
 */
export function takeSourcesFromClone(_root: Element): Source[] {
  return [];
}

/** Counts the markers left in the cleaned content that cite each source. */
export function countCitations(content: ParentNode, sources: Source[]): Source[] {
  const counts = new Map<string, number>();
  for (const marker of Array.from(content.querySelectorAll('[data-source-id]'))) {
    const id = marker.getAttribute('data-source-id') ?? '';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return sources.map((source) => ({ ...source, citedBy: counts.get(source.id) ?? 0 }));
}
