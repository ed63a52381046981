/**
 * The longest headline, byline or site name the pipeline reads, in characters. A page can put a megabyte in its
 * `<title>` or author meta tag, and every step after reads the whole of it (the title's separators, the byline's
 * date, Readability's own clean-up of both), some more than once. Real ones are far shorter: no headline over 300
 * characters is taken as one (headline.ts), and this leaves room for a site name after one.
 */
export const MAX_FIELD_LENGTH = 400;

/**
 * `text` cut to MAX_FIELD_LENGTH characters: at the last white space within them when that keeps more than half,
 * else mid-word (never between the halves of a surrogate pair). Shorter text is returned as it is.
 */
export function capField(text: string): string;
export function capField(text: string | null): string | null;
export function capField(text: string | null): string | null {
  if (text === null || text.length <= MAX_FIELD_LENGTH) return text;
  let end = MAX_FIELD_LENGTH;
  while (end > MAX_FIELD_LENGTH / 2 && !/\s/.test(text[end]!)) end--;
  if (end <= MAX_FIELD_LENGTH / 2) end = (text.charCodeAt(MAX_FIELD_LENGTH) & 0xfc00) === 0xdc00 ? MAX_FIELD_LENGTH - 1 : MAX_FIELD_LENGTH;
  return text.slice(0, end).trimEnd();
}

/** Caps the `<title>` of `doc`, a working copy: Readability and the headline step both read it from there. */
export function capTitleOf(doc: Document): void {
  // The element `document.title` reads: the first HTML title, not an SVG one (https://html.spec.whatwg.org/#the-title-element-2).
  const title = Array.from(doc.getElementsByTagName('title')).find((el) => el.namespaceURI === 'http://www.w3.org/1999/xhtml');
  const text = title?.textContent ?? '';
  if (title && text.length > MAX_FIELD_LENGTH) title.textContent = capField(text);
}
