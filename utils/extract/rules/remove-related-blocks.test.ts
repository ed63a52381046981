import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeRelatedBlocks } from './remove-related-blocks';
import { testContext } from './test-context';

const PROSE = '<p>The council approved the plan after a long debate about costs, the route and the timetable for works.</p>';

describe('removeRelatedBlocks', () => {
  it('removes a labelled section of links, label included', () => {
    const body = bodyOf(`<article>${PROSE}<section><h3>Read also:</h3><ul><li><a href="/a">Tram fares rise</a></li><li><a href="/b">Bus lanes open</a></li></ul></section></article>`);
    expect(removeRelatedBlocks.removeFrom(body, testContext)).toEqual([
      { rule: 'related-links', text: 'Read also:\nTram fares rise\nBus lanes open' },
    ]);
  });
  it('removes a loose label and the list after it when they sit in the article body', () => {
    const body = bodyOf(`<div class="body">${PROSE}<h4>Lesen Sie auch</h4><ul><li><a href="/a">Neue Linie</a></li></ul>${PROSE}</div>`);
    expect(removeRelatedBlocks.removeFrom(body, testContext)).toEqual([{ rule: 'related-links', text: 'Lesen Sie auch\nNeue Linie' }]);
    expect(blockText(body).split('\n')).toHaveLength(2);
  });
  it('removes an inline "Lire aussi" teaser paragraph and a block named "most-read"', () => {
    const body = bodyOf(`${PROSE}<p><strong>Lire aussi :</strong> <a href="/x">Le tramway arrive enfin</a></p>
      <div class="most-read"><ol><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ol></div>`);
    expect(removeRelatedBlocks.removeFrom(body, testContext)).toEqual([
      { rule: 'related-links', text: 'Lire aussi : Le tramway arrive enfin' },
      { rule: 'related-links', text: 'One\nTwo' },
    ]);
  });
  it('keeps prose that starts like a label and a "Related" heading over prose', () => {
    const body = bodyOf(`<h3>Latest</h3><p>The latest figures show a rise in ridership across every line of the network this spring.</p>
      <p>Read more about the plan in the council's report, which runs to two hundred pages and was published on Monday.</p>`);
    expect(removeRelatedBlocks.removeFrom(body, testContext)).toEqual([]);
  });
  it('removes "More:", "On <site>:", "Recent posts" and "More <site> stories" labels with the links they introduce', () => {
    const body = bodyOf(`<div class="body">${PROSE}<h4>More:</h4><ul><li><h4><a href="/a">Tram fares rise</a></h4></li></ul><ul><li><h4><a href="/b">Bus lanes open</a></h4></li></ul>
      ${PROSE}<p><strong>On NewsExample.com:</strong> <a href="/c">Car sales slump in October</a></p>${PROSE}
      <div class="heading">More Great Example Stories</div><ul><li>Could a tram <a href="/d">run on hydrogen</a>?</li><li>The plan to <a href="/e">rebuild the depot</a></li></ul></div>`);
    expect(removeRelatedBlocks.removeFrom(body, testContext).map((r) => r.text)).toEqual([
      'More:\nTram fares rise\nBus lanes open',
      'On NewsExample.com: Car sales slump in October',
      'More Great Example Stories\nCould a tram run on hydrogen?\nThe plan to rebuild the depot',
    ]);
  });
  it('removes a teaser that is one big link, label included', () => {
    const body = bodyOf(`<div class="body">${PROSE}<a class="teaser" href="/2025/other"><span><span>Also on news.example</span> <span>Bus lanes open next week across the city</span></span></a>${PROSE}</div>`);
    expect(removeRelatedBlocks.removeFrom(body, testContext).map((r) => r.text)).toEqual(['Also on news.example Bus lanes open next week across the city']);
  });
  it('keeps a "More" button, a list of points with links under a label and "More" in prose', () => {
    const body = bodyOf(`<div class="body">${PROSE}<p>The mayor <a href="/people/ruiz">Ana Ruiz</a> spoke. <a class="more" href="/people/ruiz">MORE</a></p>
      <h3>Related</h3><ul><li>The line costs <a href="/budget">$2 billion</a>, paid over twenty years by the city and the state, with a federal grant for the depot and the first twelve trams, which the council ordered in March.</li></ul>
      <p>More: the council will vote again in May, when the budget is final.</p></div>`);
    expect(removeRelatedBlocks.removeFrom(body, testContext)).toEqual([]);
  });
});
