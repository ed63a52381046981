import { withoutTrailing } from './trim';

/** One candidate of a `srcset`: its address and its descriptor ("800w", "2x", or none). */
export interface SrcsetCandidate {
  address: string;
  descriptor: string;
}

/**
 * The candidates of a `srcset`, split as the HTML spec does (https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute):
 * an address is a run of non-spaces, so a comma inside it (an image CDN's "?resize=80,80", a `data:` address)
 * does not split it; its descriptor runs to the next comma.
 */
export function parseSrcset(value: string): SrcsetCandidate[] {
  const candidates: SrcsetCandidate[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && /[\s,]/.test(value[i]!)) i++;
    const start = i;
    while (i < value.length && !/\s/.test(value[i]!)) i++;
    let address = value.slice(start, i);
    let descriptor = '';
    if (address.endsWith(',')) address = withoutTrailing(address, ',');
    else {
      const from = i;
      while (i < value.length && value[i] !== ',') i++;
      descriptor = value.slice(from, i).trim();
    }
    if (address) candidates.push({ address, descriptor });
  }
  return candidates;
}

/** A `srcset` written back from its candidates. */
export function joinSrcset(candidates: readonly SrcsetCandidate[]): string {
  return candidates.map(({ address, descriptor }) => (descriptor ? `${address} ${descriptor}` : address)).join(', ');
}
