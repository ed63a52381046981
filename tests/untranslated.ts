/**
 * Finds interface text that did not come from the messages. Render under `useTestLanguage('pseudo')`, where
 * every message arrives in ⟪ ⟫, with data whose every word starts with `¤` (see `marked`); what is left of a
 * text node or a labelling attribute after both are taken out must hold no word.
 */

/** Attributes a reader hears or sees. */
const LABELS = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-placeholder', 'aria-valuetext', 'title', 'placeholder', 'alt'];

/** "Harbour ferries run" → "¤Harbour ¤ferries ¤run": data a test renders, told apart from interface words. */
export const marked = (text: string): string => text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => `¤${word}`);

/** Words in `text` that are neither inside ⟪ ⟫ nor marked data; addresses and file names are data too. */
export function strayWords(text: string): string[] {
  const outside = text.replace(/⟪[^⟫]*⟫/g, ' ');
  return outside
    .split(/\s+/)
    .filter((token) => /\p{L}/u.test(token))
    .filter((token) => !token.startsWith('¤') && !/[¤]/.test(token))
    .filter((token) => !/^[\w.-]+\.[a-z]{2,}(\/\S*)?$|^https?:|^\S+\/\S+$/i.test(token));
}

export interface Untranslated {
  where: string;
  text: string;
  words: string[];
}

/** Every text node and labelling attribute under `root` (skipping `script`/`style`) with words from nowhere. */
export function untranslatedText(root: Element): Untranslated[] {
  const found: Untranslated[] = [];
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 0x1 | 0x4);
  for (let node: Node | null = walker.currentNode; node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      const parent = node.parentElement;
      if (parent && /^(SCRIPT|STYLE|TEMPLATE)$/.test(parent.tagName)) continue;
      const words = strayWords(node.nodeValue ?? '');
      if (words.length) found.push({ where: parent?.tagName.toLowerCase() ?? '#text', text: node.nodeValue ?? '', words });
      continue;
    }
    const element = node as Element;
    for (const name of LABELS) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const words = strayWords(value);
      if (words.length) found.push({ where: `${element.tagName.toLowerCase()}[${name}]`, text: value, words });
    }
  }
  return found;
}
