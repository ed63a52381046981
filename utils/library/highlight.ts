/**
 * Splits text into plain and matched parts, so a page can render matches as <mark> elements made from text
 * nodes: nothing here is ever parsed as HTML.
 */
import { normalizeForSearch, searchTokens } from './search';

export interface TextPart {
  text: string;
  match: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const IDEOGRAPHIC = /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]/;

/** `text` cut into parts, the words found in `terms` (as `search` returns them) marked. */
export function highlightParts(text: string, terms: readonly string[]): TextPart[] {
  const wanted = new Set(terms);
  if (wanted.size === 0 || !text) return text ? [{ text, match: false }] : [];
  const parts: TextPart[] = [];
  let last = 0;
  for (const found of text.matchAll(WORD)) {
    const word = found[0];
    const start = found.index;
    // Most words are one token: normalizing is enough; only ideographic runs need splitting (a keystroke's budget).
    const tokens = IDEOGRAPHIC.test(word) ? searchTokens(word) : [normalizeForSearch(word)];
    // An ideographic run is indexed per character: mark it when any of its characters matched.
    if (!tokens.some((token) => wanted.has(token))) continue;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: word, match: true });
    last = start + word.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/** About `length` characters of `text` around its first matched word, cut at word boundaries. */
export function snippetAround(text: string, terms: readonly string[], length = 220): string {
  const wanted = new Set(terms);
  let at = -1;
  for (const found of text.matchAll(WORD)) {
    if (wanted.has(normalizeForSearch(found[0]))) {
      at = found.index;
      break;
    }
  }
  if (at < 0) return text.length > length ? `${text.slice(0, text.lastIndexOf(' ', length))} …` : text;
  let start = Math.max(0, at - Math.floor(length / 3));
  if (start > 0) start = text.indexOf(' ', start) + 1;
  let end = Math.min(text.length, start + length);
  if (end < text.length) end = Math.max(text.lastIndexOf(' ', end), at + 1);
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).replace(/\s+/g, ' ').trim()}${end < text.length ? ' …' : ''}`;
}
