/**
 * One headline among the page's many repetitions of it (`<title>`, `h1`, og/twitter titles, JSON-LD),
 * a subtitle (the dek or standfirst a reader sees under it) and the distinct variants. Reads, never writes.
 */
import type { HeadlineInfo } from './types';
import type { PageMetadata } from './metadata';
import { metaValue } from './metadata';
import { findArticleNode, stringProperty } from './json-ld';
import { elementsByTag, elementsWithItemprop } from './page-queries';
import { collapseWhitespace, comparableText, comparableTokens, tokenSimilarity } from './text';
import { capField } from './field-length';

export type HeadlineSource =
  | 'h1' | 'title' | 'og:title' | 'twitter:title' | 'dc:title' | 'meta:title' | 'json-ld:headline' | 'json-ld:name' | 'json-ld:alternativeHeadline' | 'itemprop:headline';

export interface HeadlineCandidate {
  text: string;
  source: HeadlineSource;
}

/** Two wordings of one headline share at least this share of words (Dice over tokens); Readability uses 0.75 for the same test. */
const NEAR_DUPLICATE_SIMILARITY = 0.8;
const MAX_HEADLINE_LENGTH = 300;
/** Subtitles shorter than this are labels ("Analysis", "World"), longer ones are the first paragraph. */
const SUBTITLE_WORDS = { min: 3, max: 80 };
/** How many elements after the `h1` a dek may sit (past the byline, date and share bar of the header). */
const SUBTITLE_SEARCH_DEPTH = 12;

/**
 * Separators between a title and the site or section name around it: "Story | Site", "Site - Story", "Story — Site".
 * White space before a separator is matched only from where it starts (`(?<!\s)`): tried from each space of a
 * long run, it would rescan the rest of the run every time (quadratic).
 */
const TITLE_SEPARATOR = /(?<!\s)\s+(?:\||-|–|—|:|·|•|::|»|\/)\s+|(?:(?<!\s)\s+)?(?:\||::)\s*|(?<!\s)\s+_\s*/gu;
/** Separators after which a short last part is almost always a site or section name, even when the page never names its site. */
const SITE_SUFFIX_SEPARATOR = /^\s*(?:\||-|–|—|·|•|::|»|\/|_)\s*$/u;
const MAX_SITE_NAME_WORDS = 4;
const TRAILING_SITE_TAG = /(?<!\s)\s+\[[^\]]{1,40}\]$/u;

/**
 * Classes, ids and itemprops of the dek, standfirst or subtitle under a headline, in the four languages. "intro",
 * not "introduction": only the last "intro" of a run of letters is looked past (a later one there passes whenever
 * an earlier one would), so the look for "duction" reads each run once, not once per "intro" in it.
 */
const SUBTITLE_SIGNAL = /dek(?![a-z])|deck(?![a-z])|standfirst|kicker|sub-?title|subtitulo|sub-?head|strapline|summary|excerpt|teaser|intro(?![a-z]*?intro)(?![a-z]*duction)|description|alternativeheadline|lede|(?:^|[\s_-])lead(?:$|[\s_-])|chapo|chapeau|sous-titre|soustitre|untertitel|vorspann|entradilla|bajada|sumario|resumen/i;
/** Byline and date blocks sit between the headline and the dek; they are never the dek. */
const BYLINE_SIGNAL = /byline|author|dateline|date|time|meta|share|social|breadcrumb|caption|credit/i;

function isVisible(el: Element): boolean {
  return el.closest('[hidden], [aria-hidden="true"], script, style, noscript, template') === null && !/display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.getAttribute('style') ?? '');
}

function textOf(el: Element): string {
  return collapseWhitespace(el.textContent ?? '');
}

export function isNearDuplicate(a: string, b: string): boolean {
  const ca = comparableText(a);
  const cb = comparableText(b);
  if (!ca || !cb) return false;
  return ca === cb || tokenSimilarity(a, b) >= NEAR_DUPLICATE_SIMILARITY;
}

/** The parts of a title between separators, and the separators themselves (`parts.length === separators.length + 1`). */
function splitTitle(title: string): { parts: string[]; separators: string[] } {
  const parts: string[] = [];
  const separators: string[] = [];
  let last = 0;
  for (const m of title.matchAll(TITLE_SEPARATOR)) {
    parts.push(title.slice(last, m.index));
    separators.push(m[0]);
    last = (m.index ?? 0) + m[0].length;
  }
  parts.push(title.slice(last));
  return { parts: parts.map((p) => p.trim()), separators };
}

function joinParts(parts: readonly string[], separators: readonly string[], from: number, to: number): string {
  let text = parts[from] ?? '';
  for (let i = from + 1; i < to; i++) text += separators[i - 1]! + parts[i]!;
  return text.trim();
}

/** Words of a host name a title may use as the site's name: "www.meridian-post.example" gives "meridian post". */
function hostWords(url: string | null): string | null {
  if (!url) return null;
  try {
    const labels = new URL(url).hostname.replace(/^www\d*\./, '').split('.');
    return labels.length > 1 ? comparableText(labels.slice(0, -1).join(' ')) : null;
  } catch {
    return null;
  }
}

function isSiteName(part: string, siteNames: readonly string[]): boolean {
  const text = comparableText(part);
  if (!text) return false;
  return siteNames.some((name) => {
    const site = comparableText(name);
    return site !== '' && (text === site || text.replace(/ /g, '') === site.replace(/ /g, '') || (text.startsWith(`${site} `) && comparableTokens(part).length <= MAX_SITE_NAME_WORDS));
  });
}

/**
 * The `<title>` without the site or section name around it. A run of title parts that another candidate
 * repeats is the headline; otherwise parts naming the site (og:site_name, publisher, host) are dropped
 * from either end; otherwise a short last part after a "|"-like separator (never a colon, which headlines use).
 */
export function stripSiteName(title: string, options: { siteNames: readonly string[]; references: readonly string[] }): string {
  const withoutTag = collapseWhitespace(title).replace(TRAILING_SITE_TAG, '');
  // "Story [LWN.net]": a bracketed tag at the end names the site; a short title keeps it (it may be the whole name).
  const text = comparableTokens(withoutTag).length >= 3 ? withoutTag : collapseWhitespace(title);
  // "Site: Story" has no space before its colon, unlike the separators above.
  const leadingSite = options.siteNames.find((name) => text.toLowerCase().startsWith(`${name.toLowerCase()}: `));
  if (leadingSite) return text.slice(leadingSite.length + 1).trim();
  const { parts, separators } = splitTitle(text);
  if (parts.length === 1) return parts[0]!;
  // Longest runs first: "Story: Part | Site" must give "Story: Part", not "Part".
  for (let length = parts.length - 1; length > 0; length--) {
    for (let from = 0; from + length <= parts.length; from++) {
      const run = joinParts(parts, separators, from, from + length);
      if (options.references.some((ref) => comparableText(ref) === comparableText(run))) return run;
    }
  }
  let from = 0;
  let to = parts.length;
  while (to - from > 1 && isSiteName(parts[to - 1]!, options.siteNames)) to--;
  while (to - from > 1 && isSiteName(parts[from]!, options.siteNames)) from++;
  if (from > 0 || to < parts.length) return joinParts(parts, separators, from, to);
  const lastPart = parts[parts.length - 1]!;
  const rest = joinParts(parts, separators, 0, parts.length - 1);
  const isShortSuffix = SITE_SUFFIX_SEPARATOR.test(separators[separators.length - 1]!) && comparableTokens(lastPart).length <= MAX_SITE_NAME_WORDS;
  return isShortSuffix && comparableTokens(rest).length >= 3 ? rest : text;
}

/** Visible `h1`s with headline-like text, in document order. */
export function visibleH1s(doc: Document): Element[] {
  if (!doc.body) return [];
  return elementsByTag(doc.body, 'h1').filter((h1) => {
    const text = textOf(h1);
    return text.length > 0 && text.length <= MAX_HEADLINE_LENGTH && isVisible(h1);
  });
}

/** Every place the page states its headline, most deliberate first; the `<title>` already stripped of the site name. */
export function gatherHeadlineCandidates(doc: Document, metadata: Pick<PageMetadata, 'siteName' | 'jsonLd' | 'metaValues'>): HeadlineCandidate[] {
  const meta = metadata.metaValues;
  const article = findArticleNode(metadata.jsonLd);
  // Capped as read: the title's separators and site names are looked for in each (field-length.ts).
  const unescaped = (value: string | null | undefined): string => capField(collapseWhitespace(value ?? ''));
  const siteNames = [metadata.siteName ?? '', hostWords(doc.URL) ?? ''].filter(Boolean);
  const fromMarkup: HeadlineCandidate[] = [
    ...visibleH1s(doc).map((h1) => ({ text: textOf(h1), source: 'h1' as const })),
    ...elementsWithItemprop(doc, 'headline')
      .filter((el) => el.tagName !== 'META' && isVisible(el))
      .map((el) => ({ text: capField(textOf(el)), source: 'itemprop:headline' as const })),
  ];
  const fromMeta = (source: HeadlineSource, ...keys: string[]): HeadlineCandidate => ({
    text: unescaped(keys.map((key) => metaValue(meta, key)).find(Boolean)),
    source,
  });
  // Order breaks ties between equally backed wordings: Readability's order of preference.
  const fromMetadata: HeadlineCandidate[] = [
    { text: unescaped(stringProperty(article, 'headline')), source: 'json-ld:headline' },
    fromMeta('dc:title', 'dc:title', 'dcterm:title', 'dcterms:title'),
    fromMeta('og:title', 'og:title'),
    fromMeta('meta:title', 'title', 'parsely-title', 'sailthru:title'),
    { text: unescaped(stringProperty(article, 'name')), source: 'json-ld:name' },
    fromMeta('twitter:title', 'twitter:title'),
    fromMeta('itemprop:headline', 'headline'),
    { text: unescaped(stringProperty(article, 'alternativeHeadline')), source: 'json-ld:alternativeHeadline' },
  ];
  const references = [...fromMarkup, ...fromMetadata].map((c) => c.text).filter((text) => text && !isSiteName(text, siteNames));
  const strip = (text: string): string => stripSiteName(text, { siteNames, references: references.filter((r) => r !== text) });
  const title: HeadlineCandidate = { text: strip(unescaped(doc.title)), source: 'title' };
  // og/twitter titles carry the site name as often as <title> does.
  const stripped = fromMetadata.map((c) => (c.source === 'og:title' || c.source === 'twitter:title' ? { ...c, text: strip(c.text) } : c));
  return [...fromMarkup, ...stripped, title].filter((c) => c.text.length > 0 && c.text.length <= MAX_HEADLINE_LENGTH && !isSiteName(c.text, siteNames));
}

/** Candidates grouped so that each group is one wording (exact or near duplicates), groups and members in input order. */
export function groupNearDuplicates(candidates: readonly HeadlineCandidate[]): HeadlineCandidate[][] {
  const groups: HeadlineCandidate[][] = [];
  for (const candidate of candidates) {
    const group = groups.find((g) => g.some((member) => isNearDuplicate(member.text, candidate.text)));
    if (group) group.push(candidate);
    else groups.push([candidate]);
  }
  return groups;
}

/** Metadata sources in Readability's order of preference (JSON-LD, Dublin Core, Open Graph, `<meta name=title>`, Twitter, `<title>`). */
const METADATA_PREFERENCE: readonly HeadlineSource[] = ['json-ld:headline', 'dc:title', 'og:title', 'meta:title', 'json-ld:name', 'twitter:title', 'itemprop:headline', 'title'];

function isMetadata(candidate: HeadlineCandidate): boolean {
  return METADATA_PREFERENCE.includes(candidate.source);
}

/** The wording a reader sees: the visible h1's, else the most deliberate metadata's. */
function displayText(group: readonly HeadlineCandidate[]): string {
  const bySource = (source: HeadlineSource): string | undefined => group.find((c) => c.source === source)?.text;
  return bySource('h1') ?? bySource('itemprop:headline') ?? bySource('json-ld:headline') ?? bySource('og:title') ?? bySource('dc:title') ?? bySource('title') ?? group[0]!.text;
}

/**
 * The headline's group: the visible h1 when metadata agrees with it (the reader sees it, the page means it);
 * else the wording of the most preferred metadata source; else a lone h1.
 */
function chooseHeadlineGroup(groups: readonly HeadlineCandidate[][]): HeadlineCandidate[] | null {
  const withH1 = groups.find((g) => g.some((c) => c.source === 'h1') && g.some(isMetadata));
  if (withH1) return withH1;
  for (const source of METADATA_PREFERENCE) {
    const group = groups.find((g) => g.some((c) => c.source === source));
    if (group) return group;
  }
  return groups[0] ?? null;
}

/** The element holding the chosen headline on the page, if it is visible there. */
function headlineElement(doc: Document, headline: string): Element | null {
  return visibleH1s(doc).find((h1) => isNearDuplicate(textOf(h1), headline)) ?? null;
}

/** Elements following `start` in document order (outside it), at most `limit`. */
function elementsAfter(start: Element, limit: number): Element[] {
  const found: Element[] = [];
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1);
  walker.currentNode = start;
  let node: Node | null = walker.nextSibling() ?? null;
  // Step out of the h1's own subtree, then walk forward.
  let cursor: Node | null = start;
  while (!node && cursor && cursor.parentNode) {
    walker.currentNode = cursor.parentNode;
    node = walker.nextSibling();
    cursor = cursor.parentNode;
  }
  while (node && found.length < limit) {
    found.push(node as Element);
    node = walker.nextNode();
  }
  return found;
}

function signalsOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id} ${el.getAttribute('itemprop') ?? ''}`;
}

function isSubtitleText(text: string, headlines: readonly string[]): boolean {
  const words = comparableTokens(text).length;
  return words >= SUBTITLE_WORDS.min && words <= SUBTITLE_WORDS.max && !headlines.some((h) => isNearDuplicate(h, text));
}

/**
 * The dek under the headline: an element near the h1 marked as one (class or itemprop: dek, standfirst,
 * kicker, subtitle, description, alternativeHeadline...), a `<p>` in the h1's `<hgroup>`, or a block that
 * shows the page's meta description (og:description counts only when a reader can see it).
 */
export function findSubtitle(doc: Document, headline: string, headlines: readonly string[], meta: Map<string, string[]>): string | null {
  const h1 = headlineElement(doc, headline);
  if (!h1) return null;
  const hgroup = h1.closest('hgroup');
  const inGroup = hgroup ? Array.from(hgroup.querySelectorAll('p')).map(textOf).find((t) => isSubtitleText(t, headlines)) : undefined;
  if (inGroup) return inGroup;
  const descriptions = ['og:description', 'description', 'twitter:description'].map((k) => comparableText(metaValue(meta, k) ?? '')).filter(Boolean);
  for (const el of elementsAfter(h1, SUBTITLE_SEARCH_DEPTH)) {
    if (el.tagName === 'H1' || !isVisible(el)) continue;
    const text = textOf(el);
    if (!isSubtitleText(text, headlines)) continue;
    const marked = SUBTITLE_SIGNAL.test(signalsOf(el)) && !BYLINE_SIGNAL.test(signalsOf(el)) && el.querySelector('p, h2, div, ul, ol') === null;
    const shown = descriptions.includes(comparableText(text));
    if (marked || shown) return text;
  }
  return null;
}

/** Chooses one headline among the page's many repetitions of it, its subtitle, and the distinct variants. */
export function pickHeadline(doc: Document, metadata: Pick<PageMetadata, 'siteName' | 'jsonLd' | 'metaValues'>): HeadlineInfo {
  const groups = groupNearDuplicates(gatherHeadlineCandidates(doc, metadata));
  const chosen = chooseHeadlineGroup(groups);
  if (!chosen) return { headline: '', subtitle: null, alternateHeadlines: [] };
  const headline = displayText(chosen);
  // A variant is what the page's metadata states; a second visible h1 alone is another story's title, not a variant.
  const others = groups.filter((g) => g !== chosen && g.some((c) => isMetadata(c) || c.source === 'json-ld:alternativeHeadline')).map(displayText);
  const subtitle = findSubtitle(doc, headline, [headline], metadata.metaValues);
  const alternateHeadlines = others.filter((text) => !subtitle || !isNearDuplicate(text, subtitle));
  return { headline, subtitle, alternateHeadlines };
}
