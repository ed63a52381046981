/**
 * Pages rendered by React with streaming (Next.js and others) send the article late, in a hidden
 * `<div hidden id="S:n">` at the end of the body, with a small script (`$RC("B:n", "S:n")`) that moves it into
 * its place: a `<template id="B:n">` inside a Suspense boundary (`<!--$?-->` … `<!--/$-->`), replacing the
 * fallback. A browser has run that script before a reader clicks; a saved file read in Node has not, so the
 * CLI does the move itself and the pipeline sees the page a reader saw.
 */

const BOUNDARY_OPEN = new Set(['$', '$?', '$!']);
const BOUNDARY_CLOSE = '/$';

/**
 * Moves every streamed block into its place, as React's scripts do; returns how many moved. A block may hold
 * the placeholder of another (`<template id="P:n">`, filled by `$RS`), so placeholders are filled first.
 */
export function revealStreamedContent(doc: Document): number {
  let moved = 0;
  for (const segment of streamedSegments(doc)) {
    const placeholder = doc.getElementById(`P:${segment.id.slice(2)}`);
    if (!placeholder || placeholder.tagName !== 'TEMPLATE' || !placeholder.parentNode) continue;
    moveChildrenBefore(segment, placeholder);
    placeholder.remove();
    segment.remove();
    moved++;
  }
  for (const segment of streamedSegments(doc)) {
    const boundary = doc.getElementById(`B:${segment.id.slice(2)}`);
    if (!boundary || boundary.tagName !== 'TEMPLATE' || !boundary.parentNode) continue;
    // Without the boundary's close (a page saved with its comments stripped) the fallback's end is unknown:
    // it stays, and the streamed block goes in front of it; a leftover loading skeleton costs less than a page.
    const close = closeOfBoundary(boundary);
    if (close) while (boundary.nextSibling && boundary.nextSibling !== close) boundary.nextSibling.remove();
    moveChildrenBefore(segment, boundary);
    boundary.remove();
    segment.remove();
    moved++;
  }
  return moved;
}

const streamedSegments = (doc: Document): Element[] => Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'));

function moveChildrenBefore(from: Element, place: Node): void {
  while (from.firstChild) place.parentNode!.insertBefore(from.firstChild, place);
}

/** The comment closing the boundary `template` opens, among its following siblings; null when there is none. */
function closeOfBoundary(template: Element): Comment | null {
  let depth = 0;
  for (let node = template.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const data = (node as Comment).data;
    if (data === BOUNDARY_CLOSE && depth === 0) return node as Comment;
    if (data === BOUNDARY_CLOSE) depth--;
    else if (BOUNDARY_OPEN.has(data)) depth++;
  }
  return null;
}
