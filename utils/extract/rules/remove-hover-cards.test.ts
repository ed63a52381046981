import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeHoverCards } from './remove-hover-cards';
import { testContext } from './test-context';

describe('removeHoverCards', () => {
  it('removes a person card written inside the sentence that names the person, and keeps the name', () => {
    const body = bodyOf(`<p>The motion was tabled by Councillor <span class="person"><a href="/people/ana-ruiz">Ana Ruiz</a><span class="person-popup"><span><img src="/img/ruiz.jpg" alt=""><a href="/people/ana-ruiz">Ana Ruiz</a> <a href="/2025/ruiz-budget">Ruiz wins budget vote</a> <a href="/2025/ruiz-trams">Ruiz: trams by 2028</a> <a class="more" href="/people/ana-ruiz">MORE</a></span></span></span> (Greens) on Monday and passed by two votes.</p>`);
    expect(removeHoverCards.removeFrom(body, testContext)).toEqual([{ rule: 'hover-card', text: 'Ana Ruiz Ruiz wins budget vote Ruiz: trams by 2028 MORE' }]);
    expect(blockText(body)).toBe('The motion was tabled by Councillor Ana Ruiz (Greens) on Monday and passed by two votes.');
  });

  it('leaves inline pictures with one link, icons beside prose links, and pictured link lines without prose alone', () => {
    const body = bodyOf(`<p>The plan <span><a href="/2025/plan"><img src="/img/plan.jpg" alt="">was published</a></span> on Monday by the city's transport department.</p>
      <p>Read <span><img src="/icons/pdf.png" alt=""> the full <a href="/plan.pdf">report</a> and the <a href="/data.csv">data</a> for every district</span> on the city's site.</p>
      <p><span><img src="/img/ruiz.jpg" alt=""><a href="/people/ana-ruiz">Ana Ruiz</a> <a href="/people/ana-ruiz/stories">All stories</a></span></p>`);
    expect(removeHoverCards.removeFrom(body, testContext)).toEqual([]);
  });
});
