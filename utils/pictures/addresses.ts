/**
 * Which pictures a saved article has: the address each `<img>` of its saved HTML gives in `src`, the lead picture
 * included (the finish stage puts it at the top of the body). One address per picture: a `<picture>`'s sources and
 * an `srcset` offer other sizes of the same picture, and the saved copy shows the stored one in their place.
 */
import { inertContainer } from '../dom';
import { fetchableAddresses } from './limits';

/** The pictures' addresses, in reading order, as the HTML writes them (the pipeline made them absolute). */
export function pictureAddressesOf(html: string, view: Parameters<typeof inertContainer>[1]): string[] {
  const body = inertContainer(html, view);
  return fetchableAddresses(Array.from(body.querySelectorAll('img[src]'), (img) => img.getAttribute('src') ?? ''));
}
