import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText, PROSE_SKIPPED_TAGS } from '../text';
import { findLooseCaptions, markCaptions } from './mark-captions';
import { testContext } from './test-context';

const prose = (body: HTMLElement): string => blockText(body, { skipTags: PROSE_SKIPPED_TAGS });

describe('markCaptions', () => {
  it('turns captions outside figcaption into figcaptions, so the prose leaves them out and the page keeps them', () => {
    const body = bodyOf(`<div class="article-body">
      <p>The council approved the new tram line on Tuesday night after a six-hour debate.</p>
      <div class="wp-caption aligncenter"><img src="tram.jpg" alt=""><p class="wp-caption-text">A test tram at the depot in March.</p></div>
      <div class="image-embed"><img src="mayor.jpg" alt="Mayor Ana Ruiz"><p>Mayor Ana Ruiz</p></div>
      <figure><img src="map.png" alt=""><p>The planned route (Image: City of Example)</p></figure>
      <p>Construction starts in spring. Workers unload rails at the depot on Monday, March 3. (AP Photo/Jane Roe)</p>
      <div><p><img src="rails.jpg" alt=""></p><p><span class="small gray">Rails stacked at the depot</span></p></div>
      <p>The first trams run in 2028, the mayor said.</p>
    </div>`);
    expect(markCaptions.removeFrom(body, testContext)).toEqual([]);
    expect(Array.from(body.querySelectorAll('figcaption')).map((el) => el.textContent)).toEqual([
      'A test tram at the depot in March.',
      'Mayor Ana Ruiz',
      'The planned route (Image: City of Example)',
      'Construction starts in spring. Workers unload rails at the depot on Monday, March 3. (AP Photo/Jane Roe)',
    ]);
    expect(prose(body)).toBe('The council approved the new tram line on Tuesday night after a six-hour debate.\nRails stacked at the depot\nThe first trams run in 2028, the mayor said.');
    expect(body.querySelectorAll('img')).toHaveLength(4);
  });

  it('leaves prose beside pictures alone: an inline image in a paragraph, a long paragraph, a quote box, a whole-line credit', () => {
    const body = bodyOf(`<div class="story">
      <p><img src="icon.png" alt="">The council approved the new tram line on Tuesday night.</p>
      <div><img src="depot.jpg" alt=""><p>Construction starts in spring and will close the ring road for two summers, the city's transport department said in a statement on Wednesday, adding that buses will replace the trams on the northern loop while rails are laid and the old depot is rebuilt for the longer vehicles.</p></div>
      <div class="quote-box"><p><img src="ruiz.jpg" alt="Ana Ruiz"></p><p>"This is the best day for the city in decades."</p><p>Ana Ruiz, mayor</p></div>
      <p>(Graphic: Tram ridership since 1990)</p>
    </div>`);
    expect(findLooseCaptions(body)).toEqual([]);
  });
});
