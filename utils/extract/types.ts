/** The output contract of the extraction pipeline (issue 2). Field names are fixed: the popup, reader and library render it. */
export interface Article {
  url: string | null;
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
}

/** One block the cleanup dropped, so the reader can see (and later restore) it. */
export interface Removal {
  rule: string;
  text: string;
}

export interface ExtractOptions {
  /** The page's address; relative links and images are made absolute against it. */
  url?: string | null;
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
