/**
 * The browser's built-in on-device summarizer (Chrome's Summarizer API, Chrome 138+ on desktop with its
 * on-device model; not in Firefox), for the optional "AI key points". Feature-detected: nothing here runs
 * where the API is missing, and the text never leaves the device (the model runs in the browser).
 * https://developer.chrome.com/docs/ai/summarizer-api
 */

export type AiAvailability = 'unsupported' | 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface SummarizerOptions {
  type: 'key-points';
  format: 'plain-text';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages: string[];
  outputLanguage: string;
  sharedContext?: string;
  monitor?: (monitor: EventTarget) => void;
}

/** The part of a Summarizer instance we use. */
export interface SummarizerInstance {
  summarize(text: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}

/** The part of the global `Summarizer` we use; tests pass a stub with the same shape. */
export interface SummarizerApi {
  availability(options?: Partial<SummarizerOptions>): Promise<string>;
  create(options?: SummarizerOptions): Promise<SummarizerInstance>;
}

/** Languages the built-in model writes; other articles get key points in English. */
const OUTPUT_LANGUAGES = ['en', 'es', 'ja'];
/** About what the on-device model takes in at once; longer articles are cut at a paragraph. */
export const MAX_INPUT_CHARS = 12_000;

export function summarizerApi(scope: object = globalThis): SummarizerApi | null {
  const api = (scope as { Summarizer?: unknown }).Summarizer;
  if (!api || (typeof api !== 'object' && typeof api !== 'function')) return null;
  const candidate = api as Partial<SummarizerApi>;
  return typeof candidate.availability === 'function' && typeof candidate.create === 'function' ? (candidate as SummarizerApi) : null;
}

/** The same options for availability() and create(), as the API asks. */
export function keyPointsOptions(lang: string | null): SummarizerOptions {
  const base = (lang ?? 'en').toLowerCase().split('-')[0] || 'en';
  return {
    type: 'key-points',
    format: 'plain-text',
    length: 'short',
    expectedInputLanguages: [base],
    outputLanguage: OUTPUT_LANGUAGES.includes(base) ? base : 'en',
    sharedContext: 'A news article.',
  };
}

export async function aiAvailability(lang: string | null, api: SummarizerApi | null = summarizerApi()): Promise<AiAvailability> {
  if (!api) return 'unsupported';
  try {
    const answer = await api.availability(keyPointsOptions(lang));
    return answer === 'available' || answer === 'downloadable' || answer === 'downloading' ? answer : 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/** The article's text up to the model's input size, cut after a whole line. */
export function inputFor(text: string): string {
  if (text.length <= MAX_INPUT_CHARS) return text;
  const cut = text.lastIndexOf('\n', MAX_INPUT_CHARS);
  return text.slice(0, cut > 0 ? cut : MAX_INPUT_CHARS);
}

/** Plain-text key points, one a line, with or without bullets ("* ", "- ", "• ", "1. ") → the points. */
export function parseKeyPoints(output: string): string[] {
  return output
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[*\-•·‣]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0);
}

export interface KeyPointsRequest {
  text: string;
  lang: string | null;
  signal?: AbortSignal;
  /** Model download progress, 0..1 (the first use downloads the model). */
  onProgress?: (loaded: number) => void;
  api?: SummarizerApi | null;
}

/** AI key points of an article's text, generated on this device. Throws when the API is missing or fails. */
export async function generateKeyPoints({ text, lang, signal, onProgress, api = summarizerApi() }: KeyPointsRequest): Promise<string[]> {
  if (!api) throw new Error('This browser has no built-in summarizer.');
  const summarizer = await api.create({
    ...keyPointsOptions(lang),
    monitor: (monitor) => monitor.addEventListener('downloadprogress', (event) => onProgress?.((event as ProgressEvent).loaded)),
  });
  try {
    return parseKeyPoints(await summarizer.summarize(inputFor(text), { signal }));
  } finally {
    summarizer.destroy?.();
  }
}
