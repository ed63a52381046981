/** Where a citation marker sits: the block holding it, and the text before it in that block. */

/** Blocks a note (or the sentence citing it) is written in. */
export const NOTE_BLOCKS = 'li, dd, p, aside, div, section, td, blockquote, footer';
/** Text that is never prose: a "[1]" or "<sup>2</sup>" in it is code, maths or markup. */
export const SKIPPED_TEXT = 'code, pre, kbd, samp, var, math, script, style, textarea';

/** The text between the start of the node's block and the node, right-trimmed; null when there is none. */
export function textBefore(node: Node): string | null {
  const block = node.parentElement?.closest(NOTE_BLOCKS);
  let text = '';
  for (let n: Node = node; n !== block && n.parentNode; n = n.parentNode) {
    for (let s = n.previousSibling; s; s = s.previousSibling) text = (s.textContent ?? '') + text;
    if (text.trim()) return text.trimEnd();
  }
  return null;
}
