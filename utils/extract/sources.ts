import type { Source } from './types';
import { findNoteDefinitions, isNotesHeading, type NoteDefinition } from './source-notes';
import { noteLink, noteTitle, type NoteNodes } from './source-text';
import { NOTE_BLOCKS, SKIPPED_TEXT, textBefore } from './marker-context';
import { splitBareMarkers } from './bare-markers';
import { storyRailCheck } from './story-rails';
import { samePageFragment } from './links';
import { withoutFinalMark } from './trim';

/**
 * Source notes. Runs on a clone before the pre-clean and Readability, which would drop a list of
 * outbound links. A marker is taken in this order, each pass only looking at what the earlier ones left:
 * 1. links to an anchor on the page (`<sup><a href="#fn1">`, `[1]`), resolved through the element they point to;
 * 2. inline sidenotes (a number followed by a span holding the note), which are their own note;
 * 3. unlinked numbers (`<sup>2</sup>`, bare `[3]` in text), resolved by label to a definition block or a notes list.
 * A marker plainly citing a note the page does not define is still a source, marked missing: the reader sees
 * that the text cites something it does not show.
 */

/** One note as found on the page, before it gets its id. */
interface Note {
  nodes: NoteNodes;
  label: string | null;
  /** Set when the note is an item of a notes list: its uncited siblings are sources too. */
  list: Element | null;
}

interface Marker {
  /** The element (or text range) the rewritten marker replaces. */
  node: Node;
  label: string;
  note: Note | null;
}

/** What the markers of one label cite when the page defines no note for them. */
interface MissingNote {
  label: string;
  missing: true;
}

const LINKED_MARKER_SIGNAL = /(^|[^a-z])(fn|ftn|ftnt|note|footnote|endnote|ref|cite|citation|sidenote)/i;
const BACKREF_TARGET = /(fnref|noteref|ftnref|ftnt_ref|cite_ref|footnote-ref|reference-\d|-link$|anchor)/i;
const INLINE_NOTE_CLASSES = ['sidenote', 'marginnote', 'footnote', 'footnoteContent', 'footnote-content'];
const INLINE_NOTE_SELECTOR = INLINE_NOTE_CLASSES.map((name) => `span.${name}, small.${name}`).join(', ');
const INLINE_WRAPPERS = new Set(['SUP', 'SPAN', 'SMALL', 'B', 'STRONG', 'I', 'EM', 'FONT', 'LABEL']);

/** "[1]", "(2)", "3.", "*" → "1", "2", "3", "*"; anything else → null. */
export function labelOf(text: string): string | null {
  const bare = withoutFinalMark(text.trim().replace(/^[[(]\s*/, ''), '].):');
  if (/^\d{1,3}$/.test(bare)) return String(Number(bare));
  if (/^[a-z]$/i.test(bare) || /^[*†‡§]{1,3}$/.test(bare)) return bare;
  return null;
}

function isBracketed(text: string): boolean {
  return /^\s*\[[^\]]+\]\s*$/.test(text);
}

/** Every element a fragment link can point to: ids, and the `name` of old-style anchors. */
function indexTargets(root: Element): Map<string, Element> {
  const targets = new Map<string, Element>();
  for (const el of Array.from(root.querySelectorAll('[id], a[name]'))) {
    const key = el.getAttribute('id') ?? el.getAttribute('name') ?? '';
    // A checkbox sharing a sidenote's id (org-mode) is a toggle, not the note.
    if (key && (!targets.has(key) || targets.get(key)?.tagName === 'INPUT')) targets.set(key, el);
  }
  return targets;
}

/** The outermost inline wrapper holding nothing but the marker: `<sup><a>1</a></sup>`, `<span class="easy-footnote">`. */
function markerWrapper(marker: Element): Element {
  const text = marker.textContent?.trim() ?? '';
  let node = marker;
  while (node.parentElement && INLINE_WRAPPERS.has(node.parentElement.tagName) && node.parentElement.textContent?.trim() === text) {
    node = node.parentElement;
  }
  return node;
}

function hasLinkedMarkerSignal(anchor: Element, fragment: string): boolean {
  if (anchor.closest('sup') || anchor.querySelector('sup')) return true;
  if (isBracketed(anchor.textContent ?? '')) return true;
  if (anchor.getAttribute('role') === 'doc-noteref' || anchor.hasAttribute('data-footnote-ref')) return true;
  const hints = `${fragment} ${anchor.getAttribute('id') ?? ''} ${anchor.getAttribute('class') ?? ''} ${anchor.parentElement?.getAttribute('class') ?? ''}`;
  return LINKED_MARKER_SIGNAL.test(hints);
}

function precedes(a: Node, b: Node): boolean {
  return (a.compareDocumentPosition(b) & 4) !== 0;
}

function isInside(node: Node, containers: ReadonlySet<Node>): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (containers.has(n)) return true;
  return false;
}

/**
 * The note a link target stands for: the list item or block around it. When that block holds several notes
 * separated by `<br>` (old named-anchor pages), only this target's run of nodes up to the next target.
 */
function noteAround(target: Element, referenced: ReadonlySet<Element>, marker: Element): Note | null {
  const block = target.matches(NOTE_BLOCKS) ? target : target.parentElement?.closest(NOTE_BLOCKS) ?? null;
  if (!block || block.contains(marker) || block.tagName === 'BODY') return null;
  const list = block.tagName === 'LI' && block.parentElement?.matches('ol, ul') ? block.parentElement : null;
  const others = Array.from(referenced).filter((el) => el !== target && block.contains(el) && !target.contains(el));
  if (others.length === 0) return { nodes: [block], label: null, list };
  let start: Node = target;
  while (start.parentNode && start.parentNode !== block) start = start.parentNode;
  const nodes: Node[] = [];
  for (let n: Node | null = start; n; n = n.nextSibling) {
    if (n !== start && others.some((other) => n!.contains(other))) break;
    nodes.push(n);
  }
  return { nodes, label: null, list: null };
}

/** Pass 1: markers that link to an element on the page. */
function findLinkedMarkers(root: Element, pageUrl: string, taken: Set<Node>): Marker[] {
  const found: { anchor: Element; label: string; fragment: string }[] = [];
  // getElementsByTagName, and cheap text checks before any selector: jsdom's selector engine is the slow part here.
  const links = [...Array.from(root.getElementsByTagName('a')), ...Array.from(root.querySelectorAll('[data-definition]'))];
  for (const anchor of links) {
    const label = labelOf(anchor.textContent ?? '');
    if (!label) continue;
    const fragment = anchor.hasAttribute('data-definition') ? anchor.getAttribute('data-definition') ?? '' : samePageFragment(anchor, pageUrl);
    if (fragment && hasLinkedMarkerSignal(anchor, fragment)) found.push({ anchor, label, fragment });
  }
  if (found.length === 0) return [];
  const targets = indexTargets(root);
  const candidates: { anchor: Element; label: string; target: Element | null; fragment: string }[] = [];
  for (const { anchor, label, fragment } of found) {
    const target = targets.get(fragment) ?? null;
    // A link back from a note to its marker is not a marker.
    if (target && precedes(target, anchor) && (BACKREF_TARGET.test(fragment) || (target.textContent ?? '').trim().length < 12)) continue;
    if (!target && BACKREF_TARGET.test(fragment) && !isBracketed(anchor.textContent ?? '')) continue;
    // A number opening a note (org-mode's `<sup><a id="fn.1" href="#fnr.1">1</a></sup> text`) is the note's label.
    if (!target && (anchor.getAttribute('role') === 'doc-backlink' || textBefore(anchor) === null)) continue;
    candidates.push({ anchor, label, target, fragment });
  }
  const referenced = new Set(candidates.flatMap((c) => (c.target ? [c.target] : [])));
  const notesByTarget = new Map<Element, Note>();
  const markers: Marker[] = [];
  for (const { anchor, label, target } of candidates) {
    if (isInside(anchor, taken)) continue;
    let note = target ? notesByTarget.get(target) ?? null : null;
    if (target && !note) {
      note = noteAround(target, referenced, anchor);
      if (note) {
        notesByTarget.set(target, note);
        for (const n of note.nodes) taken.add(n);
      }
    }
    markers.push({ node: markerWrapper(anchor.closest('[data-definition]') ?? anchor), label, note });
  }
  return markers;
}

/** Pass 2: a sidenote written right after its number (Tufte-style, org-mode, "inline-footnote" spans). */
function findInlineNotes(root: Element, taken: Set<Node>, resolved: readonly Marker[]): Marker[] {
  const markers: Marker[] = [];
  const notes = INLINE_NOTE_CLASSES.flatMap((name) => Array.from(root.getElementsByClassName(name))).filter((el) => el.tagName === 'SPAN' || el.tagName === 'SMALL');
  for (const note of notes) {
    if (isInside(note, taken) || note.parentElement?.closest(INLINE_NOTE_SELECTOR)) continue;
    const container = note.parentElement;
    if (!container || !note.previousSibling && !container.matches('span, sup')) continue;
    // A sidenote repeating a note already linked from its marker is only a copy for wide screens.
    if (resolved.some((m) => m.note && container.contains(m.node))) {
      note.remove();
      continue;
    }
    const wrapper = container.matches('span, sup') && container.closest('p, li, div') !== container ? container : null;
    const toggles = wrapper ? [] : siblingToggles(note);
    const ownText = wrapper ? Array.from(wrapper.childNodes).filter((n) => n !== note).map((n) => n.textContent ?? '').join('') : toggles.map((t) => t.textContent ?? '').join('');
    const label = labelOf(ownText) ?? leadingNumber(note.textContent ?? '') ?? toggleTarget(toggles) ?? '*';
    const nodes: NoteNodes = [note];
    taken.add(note);
    const node = wrapper ?? note;
    for (const toggle of toggles) toggle.remove();
    markers.push({ node, label, note: { nodes, label, list: null } });
  }
  return markers;
}

/** The `<label>` and checkbox a CSS sidenote is toggled by, just before it. */
function siblingToggles(note: Element): Element[] {
  const toggles: Element[] = [];
  for (let el = note.previousElementSibling; el && el.matches('label, input[type=checkbox]'); el = el.previousElementSibling) toggles.push(el);
  return toggles;
}

function toggleTarget(toggles: readonly Element[]): string | null {
  const id = toggles.find((t) => t.tagName === 'LABEL')?.getAttribute('for') ?? '';
  return labelOf(id.replace(/^\D+/, ''));
}

function leadingNumber(text: string): string | null {
  const match = /^\s*\[?(\d{1,3})[\].)]?\s/.exec(text);
  return match ? String(Number(match[1])) : null;
}

/** Pass 3a: `<sup>2</sup>` without a link, in running text (not the label opening a definition). */
function findLooseSupMarkers(root: Element, taken: Set<Node>): Marker[] {
  const markers: Marker[] = [];
  for (const sup of Array.from(root.getElementsByTagName('sup'))) {
    const text = sup.textContent ?? '';
    const label = labelOf(text);
    if (!label || /^[a-z]$/i.test(label)) continue;
    if (sup.querySelector('a') || sup.closest('a') || isInside(sup, taken) || sup.closest(SKIPPED_TEXT)) continue;
    const before = textBefore(sup);
    // "10<sup>3</sup>" is a power, and a number opening its block is a note's own label.
    if (before === null || /\d$/.test(before) && !isBracketed(text)) continue;
    markers.push({ node: markerWrapper(sup), label, note: null });
  }
  return markers;
}

/** Resolves unlinked markers (and links to missing targets) by label, to a definition after the marker. */
function resolveByLabel(markers: Marker[], definitions: readonly NoteDefinition[], taken: Set<Node>, notes: Map<NoteDefinition, Note>): Marker[] {
  const kept: Marker[] = [];
  for (const marker of markers) {
    if (marker.note) {
      kept.push(marker);
      continue;
    }
    const definition = definitions.find((d) => d.label === marker.label && precedes(marker.node, d.nodes[0]!) && !d.nodes.some((n) => n.contains(marker.node)));
    if (definition) {
      marker.note = notes.get(definition) ?? { nodes: definition.nodes, label: definition.label, list: definition.list };
      notes.set(definition, marker.note);
      for (const n of definition.nodes) taken.add(n);
      kept.push(marker);
    } else if (marker.node.nodeType === 3 || isStrongUnresolved(marker.node as Element)) {
      // Bare text markers were split out only where they read as citations.
      kept.push(marker);
    }
  }
  return kept;
}

/** A marker that is plainly a citation even with no note found: a link to a footnote anchor, or a bracketed superscript. */
function isStrongUnresolved(node: Element): boolean {
  const text = node.textContent ?? '';
  return node.matches('a[href], sup, span') && (node.querySelector('a[href]') !== null || node.matches('a[href]') || isBracketed(text)) && (isBracketed(text) || node.matches('sup') || node.querySelector('sup') !== null);
}

function makeMarker(doc: Document, id: string): Element {
  const sup = doc.createElement('sup');
  const link = doc.createElement('a');
  link.setAttribute('href', `#source-${id}`);
  link.setAttribute('data-source-id', id);
  link.textContent = `[${id}]`;
  sup.append(link);
  return sup;
}

/**
 * What each marker cites: its note; for a marker without one, the note another marker of the same number
 * found, else one missing note per number (per marker for "*" and letters, which do not name a note).
 */
function citedNotes(markers: readonly Marker[]): Map<Marker, Note | MissingNote> {
  const byLabel = new Map<string, Note | MissingNote>();
  const numbered = (label: string): boolean => /^\d+$/.test(label);
  for (const marker of markers) if (marker.note && numbered(marker.label) && !byLabel.has(marker.label)) byLabel.set(marker.label, marker.note);
  const cited = new Map<Marker, Note | MissingNote>();
  for (const marker of markers) {
    const found = marker.note ?? byLabel.get(marker.label);
    if (found && !('missing' in found)) marker.note = found;
    const note = found ?? { label: marker.label, missing: true };
    if (!found && numbered(marker.label)) byLabel.set(marker.label, note);
    cited.set(marker, note);
  }
  return cited;
}

/** Ids: the note's own number when free, else the next free number (for "*" markers or clashing labels). */
function assignIds(cited: ReadonlyMap<Marker, Note | MissingNote>, extraNotes: readonly Note[]): Map<Note | MissingNote, string> {
  const ids = new Map<Note | MissingNote, string>();
  const used = new Set<string>();
  const wanted = [...Array.from(cited, ([marker, note]) => ({ key: note, label: marker.label })), ...extraNotes.map((n) => ({ key: n as Note | MissingNote, label: n.label }))];
  const pending: (Note | MissingNote)[] = [];
  for (const { key, label } of wanted) {
    if (ids.has(key) || pending.includes(key)) continue;
    if (label && /^\d+$/.test(label) && !used.has(label)) {
      ids.set(key, label);
      used.add(label);
    } else pending.push(key);
  }
  let next = 1;
  for (const key of pending) {
    while (used.has(String(next))) next++;
    ids.set(key, String(next));
    used.add(String(next));
  }
  return ids;
}

/** Uncited items of a notes list the markers point into: still the article's sources. */
function uncitedListItems(markers: readonly Marker[]): Note[] {
  const cited = new Set(markers.flatMap((m) => (m.note ? m.note.nodes : [])));
  const lists = new Set(markers.flatMap((m) => (m.note?.list ? [m.note.list] : [])));
  const notes: Note[] = [];
  for (const list of lists) {
    const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
    const start = Number(list.getAttribute('start') ?? '1') || 1;
    items.forEach((item, i) => {
      if (!cited.has(item) && (item.textContent ?? '').trim()) notes.push({ nodes: [item], label: String(start + i), list });
    });
  }
  return notes;
}

/** Removes the notes, then every container they leave without text, and a "Sources" heading left heading nothing. */
function removeNotesFromClone(notes: readonly Note[], root: Element): void {
  const parents = new Set<Element>();
  const headings = new Set(notes.flatMap((note) => (note.nodes[0] ? headingsBefore(note.nodes[0]) : [])));
  for (const note of notes) {
    for (const node of note.nodes) {
      if (node.parentElement) parents.add(node.parentElement);
      node.parentNode?.removeChild(node);
    }
  }
  for (const parent of parents) removeIfEmptied(parent, root);
  for (const heading of headings) if (heading.isConnected && headsNothing(heading)) heading.remove();
}

/** A "Notes" heading (and rules) just before a note, skipping the notes before it. */
function headingsBefore(node: Node): Element[] {
  let el = node.nodeType === 1 ? (node as Element).previousElementSibling : node.parentElement?.closest(NOTE_BLOCKS)?.previousElementSibling ?? null;
  while (el && (el.matches('hr') || (!(el.textContent ?? '').trim() && !el.querySelector('img')))) el = el.previousElementSibling;
  return el && isNotesHeading(el) ? [el] : [];
}

function headsNothing(heading: Element): boolean {
  for (let el = heading.nextElementSibling; el && !isNotesHeading(el) && !el.matches('h1, h2, h3, h4, h5, h6'); el = el.nextElementSibling) {
    if ((el.textContent ?? '').trim() || el.querySelector('img')) return false;
  }
  return true;
}

/** Copies of inline sidenotes gathered again at the end of the page (for narrow screens): removed with them. */
function duplicateDefinitions(root: Element, taken: Set<Node>, inline: readonly Marker[], inStoryRail: (node: Node) => boolean): Note[] {
  if (inline.length === 0) return [];
  const titles = new Set(inline.map((m) => (m.note ? noteTitle(m.note.nodes, m.label) : null)));
  return findNoteDefinitions(root, taken, inStoryRail)
    .filter((d) => titles.has(noteTitle(d.nodes, d.label)))
    .map((d) => ({ nodes: d.nodes, label: d.label, list: null }));
}

function removeIfEmptied(start: Element, root: Element): void {
  let el: Element | null = start;
  while (el && el !== root && el.isConnected && !hasOwnText(el)) {
    const parent: Element | null = el.parentElement;
    removeOrphanedHeading(el);
    el.remove();
    el = parent;
  }
  if (el && el.isConnected) for (const child of Array.from(el.children)) if (child.matches('ol, ul') && child.children.length === 0) child.remove();
}

/** Text left in a container once its notes are gone, not counting a notes heading or rules. */
function hasOwnText(el: Element): boolean {
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim()) return true;
    if (child.nodeType !== 1) continue;
    const c = child as Element;
    if (c.matches('hr, br') || isNotesHeading(c)) continue;
    if ((c.textContent ?? '').trim() || c.querySelector('img')) return true;
  }
  return false;
}

function removeOrphanedHeading(el: Element): void {
  const previous = el.previousElementSibling;
  if (previous && isNotesHeading(previous)) previous.remove();
}

/**
 * Finds the citation markers and the notes they cite, rewrites each marker as
 * `<sup><a href="#source-ID" data-source-id="ID">[ID]</a></sup>`, removes the notes (and the emptied list and its
 * heading) from `root` and returns the sources, `citedBy` 0 until `countCitations` runs on the cleaned content.
 * Mutates `root`: pass a clone.
 */
export function takeSourcesFromClone(root: Element): Source[] {
  const doc = root.ownerDocument;
  const pageUrl = doc.baseURI || doc.URL;
  const inStoryRail = storyRailCheck(pageUrl);
  const taken = new Set<Node>();
  const linked = findLinkedMarkers(root, pageUrl, taken);
  const inline = findInlineNotes(root, taken, linked);
  const loose = findLooseSupMarkers(root, taken);
  let markers = [...linked, ...inline, ...loose];
  // Definitions are looked for only when a marker needs one, or the text holds a bare "[3]" they could resolve.
  const needsDefinitions = markers.some((m) => !m.note) || (markers.length === 0 && /\[\d{1,3}\]/.test(root.textContent ?? ''));
  if (needsDefinitions) {
    const definitions = findNoteDefinitions(root, taken, inStoryRail);
    const notesByDefinition = new Map<NoteDefinition, Note>();
    markers = resolveByLabel(markers, definitions, taken, notesByDefinition);
    const inDefinitions = new Set<Node>([...taken, ...definitions.flatMap((d) => d.nodes)]);
    // Pass 3b: bare "[3]" in running text, with or without a note to resolve it to.
    const bare = splitBareMarkers(root, (node) => isInside(node, inDefinitions) || inStoryRail(node));
    markers.push(...resolveByLabel(bare.map((m) => ({ ...m, note: null })), definitions, taken, notesByDefinition));
  }
  if (markers.length === 0) return [];
  markers.sort((a, b) => (a.node === b.node ? 0 : precedes(a.node, b.node) ? -1 : 1));
  const cited = citedNotes(markers);
  const extra = uncitedListItems(markers);
  const ids = assignIds(cited, extra);
  const notes = [...new Set([...markers.flatMap((m) => (m.note ? [m.note] : [])), ...extra])];
  const sources = new Map<string, Source>();
  for (const marker of markers) {
    const note = cited.get(marker)!;
    const id = ids.get(note)!;
    if (!sources.has(id)) sources.set(id, 'missing' in note ? { id, title: null, url: null, citedBy: 0, missing: true } : { id, title: noteTitle(note.nodes, note.label ?? marker.label), url: noteLink(note.nodes, pageUrl), citedBy: 0 });
    const parent = marker.node.parentNode;
    if (parent) parent.replaceChild(makeMarker(doc, id), marker.node);
  }
  for (const note of extra) {
    const id = ids.get(note)!;
    if (!sources.has(id)) sources.set(id, { id, title: noteTitle(note.nodes, note.label), url: noteLink(note.nodes, pageUrl), citedBy: 0 });
  }
  removeNotesFromClone([...notes, ...duplicateDefinitions(root, taken, inline, inStoryRail)], root);
  return [...sources.values()].sort((a, b) => Number(a.id) - Number(b.id));
}

/**
 * Counts the markers left in the cleaned content that cite each source. A missing note no marker cites any
 * more (its sentence went with a removed block) is dropped: there is nothing left to say about it.
 */
export function countCitations(content: ParentNode, sources: Source[]): Source[] {
  const counts = new Map<string, number>();
  for (const marker of Array.from(content.querySelectorAll('[data-source-id]'))) {
    const id = marker.getAttribute('data-source-id') ?? '';
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return sources.map((source) => ({ ...source, citedBy: counts.get(source.id) ?? 0 })).filter((source) => !source.missing || source.citedBy > 0);
}
