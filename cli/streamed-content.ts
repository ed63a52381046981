/**
 * Pages rendered by React with streaming (Next.js and others) send the article late, in a hidden
 * `<div hidden id="S:n">` at the end of the body, with a small script (`$RC("B:n", "S:n")`) that moves it into
 * its place: a `<template id="B:n">` inside a Suspense boundary (`<!--$?-->` … `<!--/$-->`), replacing the
 * fallback. A browser has run that script before a reader clicks; a saved file read in Node has not, so the
 * CLI does the move itself and the pipeline sees the page a reader saw.
 */

const BOUNDARY_OPEN = new Set(['$', '$?', '$!']);
const BOUNDARY_CLOSE = '/$';

/** Moves every streamed block into its boundary, as React's completion script does; returns how many moved. */
export function revealStreamedContent(doc: Document): number {
  let moved = 0;
  for (const segment of Array.from(doc.querySelectorAll('div[hidden][id^="S:"]'))) {
    const boundary = doc.getElementById(`B:${segment.id.slice(2)}`);
    if (!boundary || boundary.tagName !== 'TEMPLATE' || !boundary.parentNode) continue;
    removeFallbackAfter(boundary);
    const parent = boundary.parentNode;
    while (segment.firstChild) parent.insertBefore(segment.firstChild, boundary);
    boundary.remove();
    segment.remove();
    moved++;
  }
  return moved;
}

/** The boundary's fallback: the nodes after its template up to the comment closing the boundary. */
function removeFallbackAfter(template: Element): void {
  let depth = 0;
  for (let node = template.nextSibling; node; ) {
    const next = node.nextSibling;
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === BOUNDARY_CLOSE && depth === 0) return;
      if (data === BOUNDARY_CLOSE) depth--;
      else if (BOUNDARY_OPEN.has(data)) depth++;
    }
    node.parentNode?.removeChild(node);
    node = next;
  }
}
