import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removePressBoilerplate } from './remove-press-boilerplate';
import { testContext } from './test-context';

const RELEASE = '<p>BERN, SWITZERLAND</p><p>Tramco today announced an order for 40 low-floor trams from the city of Example, to be delivered from 2027.</p><p>"This is our largest order in Europe," said CEO Ana Ruiz.</p>';
const onTramcoSite = { ...testContext, url: 'https://www.tramco.example/news/2025/order' };

describe('removePressBoilerplate', () => {
  it('removes the company describing itself at the end of a release on its own site, and the lines after it', () => {
    const body = bodyOf(`<div>${RELEASE}<hr><div><p>Tramco is a global maker of light rail vehicles. Founded in 1921, it employs 4,000 people.</p>
      <p>Tramco is headquartered in Bern and listed on the SIX Swiss Exchange.</p><p>Media contact: press@tramco.example</p></div></div>`);
    expect(removePressBoilerplate.removeFrom(body, onTramcoSite).map((r) => r.text)).toEqual([
      'Tramco is a global maker of light rail vehicles. Founded in 1921, it employs 4,000 people.',
      'Tramco is headquartered in Bern and listed on the SIX Swiss Exchange.',
      'Media contact: press@tramco.example',
    ]);
    expect(blockText(body).split('\n')).toHaveLength(3);
  });

  it.each([
    ['Tramco (SIX: TRAM) , is a global maker of light rail vehicles.', true],
    ['Tramco, inc. is one of the oldest tram makers in Europe.', true],
    ['Tramco , was founded in 1921 in Bern.', true],
    ['Tramco (SIX: TRAM)is a global maker of light rail vehicles.', false],
    ['Tramco, Inc. (SIX: TRAM) , is a global maker of light rail vehicles.', false],
  ])('reads the self-description %j: %s', (line, removed) => {
    const body = bodyOf(`<div>${RELEASE}<hr><p>${line}</p></div>`);
    expect(removePressBoilerplate.removeFrom(body, onTramcoSite).map((r) => r.text)).toEqual(removed ? [line] : []);
  });

  it('removes an "About" section whose paragraph describes the company it names, on any site', () => {
    const body = bodyOf(`${RELEASE}<h3>À propos de Tramco</h3><p>Tramco est un constructeur de tramways fondé en 1921.</p>`);
    expect(removePressBoilerplate.removeFrom(body, testContext).map((r) => r.text)).toEqual(['À propos de Tramco', 'Tramco est un constructeur de tramways fondé en 1921.']);
  });

  it('keeps a closing line about another company, a news site\'s own story lines and a company quote', () => {
    const other = `${RELEASE}<p>Railbuild is a supplier of the bogies and will deliver the first sets in 2026.</p>`;
    expect(removePressBoilerplate.removeFrom(bodyOf(other), onTramcoSite)).toEqual([]);
    const news = `${RELEASE}<p>Tramco is a long way from its start as a family workshop, the mayor said.</p>`;
    expect(removePressBoilerplate.removeFrom(bodyOf(news), testContext)).toEqual([]);
    // On its own blog, a company that closes a post by describing itself is ending the post, not a release.
    const blog = `${RELEASE}<p>Tramco is a family business that has built trams since 1921. Ask us for a quote today!</p>`;
    expect(removePressBoilerplate.removeFrom(bodyOf(blog), onTramcoSite)).toEqual([]);
    const quote = `${RELEASE}<blockquote><p>Tramco is the best partner we could have chosen.</p></blockquote>`;
    expect(removePressBoilerplate.removeFrom(bodyOf(quote), onTramcoSite)).toEqual([]);
  });
});
