/**
 * Attribution sources: outlets the article credits in its text ("according to Reuters", "told The
 * Associated Press", "selon l'AFP", "laut dpa", "según EFE") or links to in its body, one source note per
 * outlet with how many blocks credit it. Reads the cleaned article, never writes.
 *
 * What counts as an outlet, decided to keep "according to the study" and "according to John Smith" out:
 * a name in outlets.ts (any spelling or domain), or a capitalised name starting or ending with an outlet word ("The
 * Kyiv Independent", "Heraldo de Aragón") after a crediting phrase, or any capitalised name after a descriptor
 * ("the news agency Interfax"). "X reported" only counts for listed outlets: the subject of a verb is too often
 * a person. Links count when their domain is a listed outlet's or holds an outlet word; never the page's own site.
 */
import type { Source } from './types';
import { OUTLET_DESCRIPTORS, OUTLET_WORDS, OUTLETS, type Outlet } from './outlets';
import { blockText, collapseWhitespace, comparableText } from './text';

/** Phrases before the outlet's name, per language; a first letter may be upper case (sentence start). */
const BEFORE_NAME = [
  'according to', 'told', 'said in a statement to', 'in a statement to', 'said in an interview with', 'in an interview with', 'said to',
  'speaking to', 'speaking with', 'in an email to', 'wrote in an email to', 'reported by', 'first reported by', 'confirmed to', 'quoted by', 'cited by', 'in comments to',
  'selon', 'd\'après', 'd’après', 'a indiqué à', 'a déclaré à', 'a dit à', 'a confié à', 'a affirmé à', 'ont indiqué à', 'ont déclaré à',
  'interrogée? par', 'citée? par', 'rapporte', 'a rapporté', 'rapportait', 'a révélé', 'révèle', 'a-t-(?:il|elle) (?:déclaré|indiqué|dit|confié) à',
  'laut', 'berichtete', 'berichtet', 'meldete', 'meldet', 'sagte(?: er| sie)?', 'gegenüber', 'nach Informationen', 'nach Angaben',
  'según', 'de acuerdo con', 'informó', 'ha informado', 'dijo a', 'declaró a', 'ha declarado a', 'explicó a', 'en declaraciones a',
  'citad[oa] por', 'publicó', 'ha publicado', 'reveló', 'ha revelado', 'recoge',
];
/** Verbs after the outlet's name. */
const AFTER_NAME = [
  '(?:first |has |had )?reported', 'reports', 'revealed', 'said', 'says', 'wrote', 'writes',
  'a rapporté', 'rapporte', 'a révélé', 'révèle', 'a indiqué', 'indique', 'précise',
  'berichtete', 'berichtet', 'meldete', 'meldet', 'schreibt', 'schrieb', 'zufolge',
  'informó', 'informa', 'ha informado', 'publicó', 'publica', 'reveló', 'ha revelado',
];
/** Articles and contractions before a name: "the BBC", "l'AFP", "au Monde", "der Süddeutschen Zeitung", "al diario". */
const DETERMINER = "(?:the|l['’]|le|la|les|au|aux|à la|à l['’]|du|de la|de l['’]|des|der|die|das|dem|den|des|el|la|los|las|al|del)";
const QUOTE = '[«"“„‚‘\'»”]?\\s?';
/**
 * A name: capitalised words, with "of", "de", "y"... between them; or a lower-case outlet name. A word starts at
 * the first capital of its run of letters: a later capital in the run can only start a shorter name, which the
 * first one's tried already, and from each capital of a long run ("AAAA...") the name would be read to the end
 * of the run again (quadratic). The look back runs at capitals only, and stops at the nearest one. "eBay",
 * "l'Équipe" still start at their capital.
 */
const NAME_WORD = "(?=\\p{Lu})(?<!\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&-]*?)\\p{Lu}[\\p{L}\\p{M}\\p{N}'’&-]*";
const NAME = `(?:dpa|franceinfo|${NAME_WORD}(?:\\s(?:(?:of|de|del|der|des|du|für|y|and|&)\\s)?${NAME_WORD}){0,5})`;

const caseless = (phrase: string): string => {
  const first = phrase.charAt(0);
  return first.toUpperCase() === first ? phrase : `[${first}${first.toUpperCase()}]${phrase.slice(1)}`;
};
const descriptor = `(?:(?<descriptor>${OUTLET_DESCRIPTORS.join('|')})\\s)?`;
const BEFORE_PATTERN = new RegExp(
  `(?<![\\p{L}])(?:${BEFORE_NAME.map(caseless).join('|')})\\s(?:${caseless(DETERMINER)}\\s?)?${descriptor}${QUOTE}(?<name>${NAME})`,
  'gu',
);
const AFTER_PATTERN = new RegExp(`(?<name>${NAME})${QUOTE.replace('\\s?', '')},?\\s(?:${AFTER_NAME.join('|')})(?![\\p{L}])`, 'gu');

const LEADING_ARTICLE = /^(?:the|l['’]|le|la|les|der|die|das|dem|den|des|el|los|las)\s*/i;
const OUTLET_WORD_SET = new Set(OUTLET_WORDS.map(comparableText));
const OUTLET_LABEL_WORDS = OUTLET_WORDS.map(comparableText).filter((word) => word.length >= 4);
/** Hosts of anyone's blog: their names hold "press" and "journal" but say nothing about an outlet. */
const BLOG_PLATFORMS = new Set(['wordpress', 'blogspot', 'blogger', 'livejournal', 'medium', 'substack', 'tumblr', 'typepad', 'over-blog', 'wixsite']);
const ALIASES = new Map<string, Outlet>();
for (const outlet of OUTLETS) for (const alias of [...outlet.aliases, outlet.name]) ALIASES.set(comparableText(alias), outlet);

function knownOutlet(name: string): Outlet | null {
  const key = comparableText(name);
  return ALIASES.get(key) ?? ALIASES.get(comparableText(name.replace(LEADING_ARTICLE, ''))) ?? null;
}

/** One outlet however it is spelled: a listed outlet by its name, else its name's letters ("Kyiv Independent" ~ kyivindependent.com). */
interface Credit {
  key: string;
  name: string;
  url: string | null;
}

const creditOf = (outlet: Outlet): Credit => ({ key: comparableText(outlet.name), name: outlet.name, url: null });
const unlistedKey = (name: string): string => comparableText(name.replace(LEADING_ARTICLE, '')).replace(/ /g, '');

/** The outlet a crediting phrase names, trying the longest run of words first ("Reuters Monday" → Reuters). */
function outletAfterPhrase(name: string, hasDescriptor: boolean): Credit | null {
  const words = name.split(/\s+/);
  for (let end = words.length; end > 0; end--) {
    const candidate = words.slice(0, end).join(' ');
    const known = knownOutlet(candidate);
    if (known) return creditOf(known);
    const last = comparableText(words[end - 1] ?? '');
    const first = comparableText(candidate.replace(LEADING_ARTICLE, '').split(' ')[0] ?? '');
    // "Rheinische Post", "The Daily Herald"; or Spanish and French word order, "Heraldo de Aragón", "Diario Sur".
    if (hasDescriptor || OUTLET_WORD_SET.has(last) || OUTLET_WORD_SET.has(first)) {
      const shown = candidate.replace(/^(?:The|Der|Die|Das|El|La|Le|Les)\s(?=\S)/u, (article) => (/^The\s/.test(article) ? article : ''));
      return { key: unlistedKey(candidate), name: shown, url: null };
    }
  }
  return null;
}

/** The listed outlet a sentence's subject names, trying the shortest tail first ("On Monday Reuters" → Reuters). */
function outletBeforeVerb(name: string): Credit | null {
  const words = name.split(/\s+/);
  for (let start = words.length - 1; start >= 0; start--) {
    const known = knownOutlet(words.slice(start).join(' '));
    if (known) return creditOf(known);
  }
  return null;
}

/** "news.bbc.co.uk" → "bbc.co.uk": the last two labels, three under a two-letter second-level label ("co.uk", "com.au"). */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/^www\d?\./, '').split('.');
  const keep = labels.length > 2 && /^(?:co|com|org|net|gov|ac|gob|go)$/.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-keep).join('.');
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

function outletOfLink(href: string): Credit | null {
  const host = hostOf(href);
  if (!host) return null;
  const domain = registrableDomain(host);
  const listed = OUTLETS.find((outlet) => outlet.domains.some((d) => host === d || host.endsWith(`.${d}`) || domain === d));
  if (listed) return { ...creditOf(listed), url: href };
  const label = domain.split('.')[0] ?? '';
  // The outlet word opens or closes the name ("seattletimes", "dailyherald"): "medianewsgroup" is a company, "myfavouritemagazines" a shop.
  if (BLOG_PLATFORMS.has(label) || !OUTLET_LABEL_WORDS.some((word) => label.startsWith(word) || label.endsWith(word))) return null;
  return { key: label.replace(/^the/, ''), name: domain, url: href };
}

const BLOCKS = 'p, li, blockquote, dd, td, th, h2, h3, h4, h5, h6, figcaption, pre';

export interface AttributionPage {
  url: string | null;
  siteName: string | null;
  /** Addresses already shown as cited sources: a link to them is a citation, not an attribution. */
  citedUrls: readonly string[];
}

/**
 * The outlets `container` (the cleaned, sanitized article) credits, as source notes of kind `attribution`,
 * in order of first mention; `citedBy` counts the blocks that credit the outlet by phrase or link.
 */
export function findAttributions(container: Element, page: AttributionPage): Source[] {
  const ownHost = hostOf(page.url);
  const ownDomain = ownHost ? registrableDomain(ownHost) : null;
  const ownKeys = new Set<string>();
  if (page.siteName) ownKeys.add(knownOutlet(page.siteName) ? comparableText(knownOutlet(page.siteName)!.name) : unlistedKey(page.siteName));
  const ownListed = ownHost ? OUTLETS.find((outlet) => outlet.domains.some((d) => ownHost === d || ownHost.endsWith(`.${d}`))) : undefined;
  if (ownListed) ownKeys.add(comparableText(ownListed.name));
  if (ownDomain) ownKeys.add((ownDomain.split('.')[0] ?? '').replace(/^the/, ''));
  const cited = new Set(page.citedUrls);

  const found = new Map<string, { name: string; url: string | null; blocks: Set<Element | string> }>();
  const credit = (c: Credit | null, block: Element | string): void => {
    if (!c || !c.key || ownKeys.has(c.key)) return;
    const entry = found.get(c.key) ?? { name: c.name, url: null, blocks: new Set() };
    entry.url ??= c.url;
    entry.blocks.add(block);
    found.set(c.key, entry);
  };

  // Innermost blocks, so a quote inside a list item is one block; text outside any block is one more.
  const blocks = Array.from(container.querySelectorAll(BLOCKS)).filter((el) => !el.querySelector(BLOCKS));
  const units: { block: Element | string; text: string; links: Element[] }[] = blocks.map((el) => ({ block: el, text: collapseWhitespace(el.textContent ?? ''), links: Array.from(el.querySelectorAll('a[href]')) }));
  if (blocks.length === 0) units.push({ block: 'body', text: blockText(container).replace(/\n/g, ' '), links: Array.from(container.querySelectorAll('a[href]')) });
  for (const { block, text, links } of units) {
    for (const match of text.matchAll(BEFORE_PATTERN)) credit(outletAfterPhrase(match.groups?.name ?? '', Boolean(match.groups?.descriptor)), block);
    for (const match of text.matchAll(AFTER_PATTERN)) credit(outletBeforeVerb(match.groups?.name ?? ''), block);
    for (const link of links) {
      const href = link.getAttribute('href') ?? '';
      if (link.hasAttribute('data-source-id') || cited.has(href)) continue;
      const host = hostOf(href);
      if (!host || (ownDomain && registrableDomain(host) === ownDomain)) continue;
      credit(outletOfLink(href), block);
    }
  }
  return [...found.entries()].map(([key, entry]) => ({
    id: `attribution-${key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
    title: entry.name,
    url: entry.url,
    citedBy: entry.blocks.size,
    kind: 'attribution' as const,
  }));
}
