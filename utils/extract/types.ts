/** The output contract of the extraction pipeline. Field names are fixed: the popup, reader and library render it. */
export interface Article {
  url: string | null;
  /** The page's `<link rel=canonical>` (or `og:url`), absolute; the library keys saved articles by it. Absent in articles saved before it existed. */
  canonicalUrl?: string | null;
  headline: string;
  subtitle: string | null;
  alternateHeadlines: string[];
  byline: string | null;
  siteName: string | null;
  /** ISO 8601. */
  publishedTime: string | null;
  lang: string | null;
  summary: string;
  implications: Implication[];
  sources: Source[];
  /** Sanitized HTML of the cleaned body; citation markers are links to `#source-<id>`. */
  contentHtml: string;
  /** The cleaned body as plain text, one line per block; holds neither the headline nor the sources list. */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  removed: Removal[];
  /*
   * Trust fields. Optional in the type because articles saved before they existed lack them;
   * the pipeline always sets them.
   */
  /** When the page says it was last changed (ISO 8601 UTC), from meta, JSON-LD `dateModified` or an "Updated" `<time>`. */
  modifiedTime?: string | null;
  /** The article's own correction, update and clarification notes, moved out of the body to be shown first. */
  corrections?: CorrectionNote[];
  /** Extracted words / words the page declares or holds in its main column, capped at 1; null when there is nothing to compare. */
  completeness?: number | null;
  /** Only when `completeness` is under the truncation threshold: the page's whole main section, sanitized, for "Show the full page section". */
  fullSectionHtml?: string | null;
  /** Set only for a very large page, read from the region holding its article rather than whole. */
  largePage?: LargePageRegion;
}

/** How a very large page was read (utils/extract/large-page.ts). */
export interface LargePageRegion {
  /** Elements in the whole page. */
  pageElements: number;
  /** Elements in the part that was read. */
  regionElements: number;
  /** How the part was chosen: the page's own article markup, or the biggest run of prose. */
  chosenBy: 'article-markup' | 'prose';
}

/**
 * What follows the headline in its article container (else in the page), read in the page before Readability rearranges it: the
 * finish stage puts a lead picture that stood before the body's start back at the top (lead-image.ts).
 */
export interface LeadImageCandidates {
  /** The comparable text of each line after the headline, in reading order, up to a header's worth. */
  lines: string[];
  /** The pictures among them (figure, picture, img or video), in reading order. */
  pictures: LeadPicture[];
  /**
   * Null when an article container (`article`, `main`) holds the headline. Else what follows the headline may
   * be anything, and only the picture the page's metadata names (og:image, twitter:image) may lead: its addresses.
   */
  namedImages: string[] | null;
}

export interface LeadPicture {
  /** How many of `lines` come before it. */
  linesBefore: number;
  /** A copy of it, unsanitized. */
  html: string;
  /** Tag, role, class and id names of its img and each wrapper up to the one it shares with the headline. */
  wrappers: string;
  /** The address the link around its img leads to, if any. */
  link: string | null;
}

export interface CorrectionNote {
  kind: 'correction' | 'update' | 'clarification' | 'editors-note';
  /** The note without its label ("Correction:"), as the page words it. */
  text: string;
}

export interface Implication {
  label: string | null;
  text: string;
  sourceIds: string[];
}

export interface Source {
  id: string;
  title: string | null;
  url: string | null;
  citedBy: number;
  /** `citation`: a marker in the text points to it (absent in articles saved before attributions existed); `attribution`: the text names the outlet ("according to Reuters") or links to it. */
  kind?: 'citation' | 'attribution';
  /** Set when the text cites this note ("[3]") but the page defines none: no title or link to show, "not found on this page". Absent otherwise, and in articles saved before it existed. */
  missing?: true;
}

/** One block the cleanup dropped, so the reader can see and restore it. */
export interface Removal {
  rule: string;
  text: string;
  /** Where it stood in the page, to put it back there. */
  place?: RemovalPlace;
  /** Its sanitized HTML; absent for a block too long to carry (it is restored as text). */
  html?: string;
  /** Set once the reader put it back into `contentHtml`. */
  restored?: true;
}

/** A removed block's neighbours as a reader reads them: the last words before it and the first words after it. */
export interface RemovalPlace {
  after: string | null;
  before: string | null;
}

/** A reader's "Always keep this on <site>": rule `rule` leaves in place blocks whose text has this fingerprint. */
export interface KeepRule {
  /** Host name without `www.`. */
  site: string;
  rule: string;
  fingerprint: string;
}

/**
 * What the page stage (`extractFromPage`, run in the page by the injected script) hands the finish stage
 * (`finishArticle`, run in an extension page or the CLI). Plain JSON, structured-cloneable. Its HTML is NOT
 * sanitized: it comes straight from the page's clone, and only `finishArticle` may turn it into DOM: in an inert
 * document for the post-clean, then through the one sanitizer. Every field is untrusted page data.
 */
export interface PageExtraction {
  url: string | null;
  canonicalUrl: string | null;
  headline: HeadlineInfo;
  /** Readability's title, used when the headline step found none. */
  fallbackTitle: string | null;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  modifiedTime: string | null;
  /** The cleaned body as the page's clone holds it, unsanitized. */
  contentHtml: string;
  /** Citation sources found before the cleanup, `citedBy` 0 until counted in the sanitized body. */
  sources: Source[];
  /** Removals with their place; their blocks' HTML is in `removedHtml`, unsanitized. */
  removed: Removal[];
  /** What follows the headline: where the lead picture stood; null when no article container holds the headline. */
  leadImages: LeadImageCandidates | null;
  /** Each carried removal's blocks inside `<div data-removal="i">`, i its index in `removed`; null when none. */
  removedHtml: string | null;
  /** Facts about the page the not-article check reads. */
  page: PageFacts;
  /** The main column's substantial paragraphs, measured after the pre-clean (completeness). */
  mainColumnParagraphs: string[] | null;
  /** The length the page's JSON-LD declares, in words. */
  declaredWords: number | null;
  /** The pre-cleaned main section, unsanitized, when the extraction may be truncated; else null. */
  fullSectionHtml: string | null;
  /** A very large page was read from its article region only (null: read whole). */
  largePage: LargePageRegion | null;
  /** The reader's keep rules for this site (`rule\nfingerprint`), which the finish stage's rules obey too. */
  keptBlocks: string[];
}

/** What the not-article check needs to know about the page itself. */
export interface PageFacts {
  /** `og:type=article`, an article publish time, or a schema.org Article. */
  declaresArticle: boolean;
  /** Readability's `isProbablyReaderable`; only asked when the page does not declare an article. */
  probablyReaderable: boolean;
  /** A marker in the text points to a note the page defines ("[1]" to its reference list): a text that cites its sources. */
  citesNotes: boolean;
}

export interface ExtractOptions {
  /** The page's address; relative links and images are made absolute against it. */
  url?: string | null;
  /** Blocks the reader chose to keep on this site; rules for other sites are ignored. */
  keep?: readonly KeepRule[];
}

/** What the pipeline knows about the headline before the body is cleaned; post-clean rules use it. */
export interface HeadlineInfo {
  headline: string;
  subtitle: string | null;
  alternateHeadlines: string[];
}

/** Read-only facts handed to every cleanup rule. */
export interface RuleContext {
  url: string | null;
  headline: HeadlineInfo;
  byline: string | null;
  publishedTime: string | null;
}

/**
 * A cleanup rule: one concern, one file. It mutates the tree it is given (always a clone of the page,
 * never the live document) and returns what it removed.
 */
export interface CleanupRule {
  name: string;
  removeFrom(root: Element, context: RuleContext): Removal[];
}
