import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeAdSlots } from './remove-ad-slots';
import { testContext } from './test-context';

describe('removeAdSlots', () => {
  it('removes blocks named as ads or labelled as ads in four languages', () => {
    const body = bodyOf(`<p>One.</p><div class="ad-slot"><span>Advertisement</span></div><p>Two.</p><div>Publicité</div>
      <aside>Anzeige</aside><div class="x"><p>Publicidad</p></div><div data-ad="inline"></div><p>Three.</p>`);
    expect(removeAdSlots.removeFrom(body, testContext)).toEqual([
      { rule: 'ad-slot', text: 'Advertisement' },
      { rule: 'ad-slot', text: 'Publicité' },
      { rule: 'ad-slot', text: 'Anzeige' },
      { rule: 'ad-slot', text: 'Publicidad' },
    ]);
    expect(blockText(body)).toBe('One.\nTwo.\nThree.');
  });
  it('keeps blocks whose names only contain "ad" and prose about advertising', () => {
    const body = bodyOf(`<div class="header"><p>Headline area.</p></div><div class="reading-list"><p>Read this.</p></div>
      <p>Advertising revenue fell by a third this year.</p>
      <p id="block-ddd261f2-56d7-4daf-ad66-f086977fc075">In general, weigh a few broad points when you read a ranking.</p>`);
    expect(removeAdSlots.removeFrom(body, testContext)).toEqual([]);
  });
});
