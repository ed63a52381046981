import { NOTES_HEADINGS, wholePhrasePattern } from './phrases';
import { leadingLabel, type NoteNodes } from './source-text';

/** A note definition found by its label, for markers that do not link to it. */
export interface NoteDefinition {
  label: string;
  nodes: NoteNodes;
  /** The notes list it is an item of, if any. */
  list: Element | null;
}

const JOINED = '(?:\\s+(?:and|&|et|und|y|e)\\s+(?:' + NOTES_HEADINGS.join('|') + '))?';
const NOTES_HEADING = wholePhrasePattern(NOTES_HEADINGS, `${JOINED}[\\s:.]*`);
const HEADING_TAGS = 'h1, h2, h3, h4, h5, h6';
const LABELLED_BLOCKS = 'p, li, dd, div, aside';
/** Containers that hold notes by their class or role, without a heading. */
const NOTES_LIST_SELECTOR = [
  'aside ol', '[role=doc-endnotes] ol', 'ol.footnotes', 'ol.references', 'ol.wp-block-footnotes', 'ol[class*=footnote]',
  '[class~=footnotes] ol', '[class*=__footnotes] ol', '[class*=-footnotes] ol', '[class~=references] ol',
].join(', ');

/** A heading (or a bold line standing alone) reading "Sources", "Notes", "Références", "Einzelnachweise"... */
export function isNotesHeading(el: Element): boolean {
  const heading = el.matches(HEADING_TAGS) ? el : el.children.length === 1 && el.firstElementChild?.matches(HEADING_TAGS) ? el.firstElementChild : null;
  const text = (heading ?? el).textContent ?? '';
  if (text.length > 60) return false;
  if (!heading && !el.matches('b, strong, p, div, span, dt')) return false;
  return NOTES_HEADING.test(text.replace(/\s+/g, ' '));
}

/** `<p><sup>1</sup> text</p>` blocks, innermost only, with the blocks between two of them as continuation of the first. */
function labelledBlocks(root: Element, taken: ReadonlySet<Node>): NoteDefinition[] {
  const found: { el: Element; label: string }[] = [];
  for (const el of Array.from(root.querySelectorAll(LABELLED_BLOCKS))) {
    if (taken.has(el)) continue;
    const lead = leadingLabel(el);
    if (lead) found.push({ el, label: lead.label });
  }
  const innermost = found.filter((f) => !found.some((other) => other !== f && f.el.contains(other.el)));
  const starts = new Set(innermost.map((f) => f.el));
  return innermost.map(({ el, label }) => {
    const nodes: Node[] = [el];
    const following: Element[] = [];
    for (let next = el.nextElementSibling; next && !starts.has(next) && !next.matches(`${HEADING_TAGS}, hr`); next = next.nextElementSibling) following.push(next);
    const next = following.length > 0 ? following[following.length - 1]!.nextElementSibling : el.nextElementSibling;
    if (next && starts.has(next)) nodes.push(...following);
    return { label, nodes, list: null };
  });
}

/** Items of notes lists: numbered by position (`start` respected), or by the label they open with. */
function listItems(list: Element): NoteDefinition[] {
  const start = Number(list.getAttribute('start') ?? '1') || 1;
  return Array.from(list.children)
    .filter((c) => c.tagName === 'LI')
    .map((item, i) => ({ label: leadingLabel(item, true)?.label ?? String(start + i), nodes: [item], list }));
}

/** Lines of a block split at `<br>`, from `after` on, each opening with "[1]" or "1." (a plain-text reference list). */
function brLines(block: Element, after: Node | null): NoteDefinition[] {
  const lines: NoteDefinition[] = [];
  let run: Node[] = [];
  const flush = (): void => {
    const text = run.map((n) => n.textContent ?? '').join('');
    const match = /^\s*\[(\d{1,3})\]|^\s*(\d{1,3})[.)]\s/.exec(text);
    if (match) lines.push({ label: String(Number(match[1] ?? match[2])), nodes: run, list: null });
    else if (text.trim() && lines.length > 0) lines[lines.length - 1]!.nodes.push(...run);
    run = [];
  };
  let started = after === null;
  for (let n = block.firstChild; n; n = n.nextSibling) {
    if (!started) {
      started = n === after;
      continue;
    }
    run.push(n);
    if (n.nodeName === 'BR') flush();
  }
  flush();
  return lines;
}

/** The entries under a notes heading: its lists' items and its reference lines, up to the next heading. */
function sectionEntries(heading: Element): NoteDefinition[] {
  const entries: NoteDefinition[] = [];
  if (heading.matches('b, strong, span') && heading.parentElement) return brLines(heading.parentElement, heading);
  let start: Element = heading;
  while (start.parentElement && start.parentElement.children.length === 1) start = start.parentElement;
  for (let el = start.nextElementSibling; el && !el.matches(HEADING_TAGS) && !el.querySelector(HEADING_TAGS); el = el.nextElementSibling) {
    if (el.matches('ol, ul')) entries.push(...listItems(el));
    else {
      const lists = Array.from(el.querySelectorAll('ol, ul'));
      if (lists.length > 0) entries.push(...lists.flatMap(listItems));
      else if (el.querySelector('br')) entries.push(...brLines(el, null));
    }
  }
  return entries;
}

/**
 * Every note definition a label can resolve to: labelled blocks, notes lists, reference lines under a notes
 * heading. Nothing in a story rail ("Most read", "Latest", navigation) is one, numbered as its items may be.
 */
export function findNoteDefinitions(root: Element, taken: ReadonlySet<Node>, inStoryRail: (node: Node) => boolean): NoteDefinition[] {
  const definitions = labelledBlocks(root, taken);
  for (const heading of Array.from(root.querySelectorAll(`${HEADING_TAGS}, b, strong`))) {
    if (isNotesHeading(heading)) definitions.push(...sectionEntries(heading));
  }
  for (const list of Array.from(root.querySelectorAll(NOTES_LIST_SELECTOR))) definitions.push(...listItems(list));
  return definitions.filter((d) => d.nodes.length > 0 && !d.nodes.some((n) => taken.has(n)) && !inStoryRail(d.nodes[0]!));
}
