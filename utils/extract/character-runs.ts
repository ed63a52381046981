/**
 * The most times one character may repeat in a row in the text the pipeline reads. Prose never comes near it
 * (dot leaders and rules of dashes are tens long); a page that puts 100,000 dots or brackets in a paragraph
 * makes every later step read them all, several times over: Readability, the headline and subtitle checks,
 * each cleanup rule, the summary, and then the popup draws them.
 */
export const MAX_CHARACTER_RUN = 1000;

/** Text nodes this short cannot hold a run over the limit: most of a page's are, and are passed over unread. */
const SHORTEST_SQUEEZED = MAX_CHARACTER_RUN + 1;

/**
 * `text` with every run of more than `max` copies of one character (code point) cut to `max` copies; the same
 * string when it has none. One pass: a loop, because a pattern such as `(.)\1{1000,}` retries at every
 * character of a run just under the limit.
 */
export function squeezeCharacterRuns(text: string, max = MAX_CHARACTER_RUN): string {
  if (text.length <= max) return text;
  const parts: string[] = [];
  let copiedTo = 0;
  let runChar = -1;
  let runLength = 0;
  for (let i = 0; i < text.length; ) {
    const char = text.codePointAt(i)!;
    const width = char > 0xffff ? 2 : 1;
    if (char === runChar) {
      runLength++;
      if (runLength === max + 1) parts.push(text.slice(copiedTo, i));
      if (runLength > max) copiedTo = i + width;
    } else {
      runChar = char;
      runLength = 1;
    }
    i += width;
  }
  if (parts.length === 0) return text;
  parts.push(text.slice(copiedTo));
  return parts.join('');
}

/** Cuts every over-long run of one character in the text of `root`, a working copy (see `MAX_CHARACTER_RUN`). */
export function squeezeCharacterRunsIn(root: Node): void {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    if (text.length < SHORTEST_SQUEEZED) continue;
    const squeezed = squeezeCharacterRuns(text);
    if (squeezed !== text) node.nodeValue = squeezed;
  }
}
