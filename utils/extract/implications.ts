import type { Implication } from './types';

/** The article's own list of implications or key points; `[]` when it has none. (First version: none.) */
export function findImplications(_content: Element): Implication[] {
  return [];
}
