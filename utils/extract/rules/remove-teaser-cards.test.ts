import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeTeaserCards } from './remove-teaser-cards';
import { testContext } from './test-context';

const PROSE = '<p>The council approved the new tram line on Tuesday night after a six-hour debate about costs and the route.</p>';
const card = (slug: string, kicker: string, teaser: string): string =>
  `<div class="card"><div class="card-image"><a href="/2025/${slug}"><picture><img src="/img/${slug}.jpg" alt=""></picture></a></div>
   <div class="card-text"><h3>${kicker}</h3><p><span>${teaser}</span></p></div><a class="card-anchor" href="/2025/${slug}"></a></div>`;

describe('removeTeaserCards', () => {
  it('removes a rail of pictured story cards with its heading, as one removal without the picture credits', () => {
    const body = bodyOf(`<div class="story">${PROSE}
      <div class="rail"><div class="rail-header"><h3>Most read in Local</h3></div><div class="rail-cards">
        ${card('bridge', 'CLOSED', 'Old bridge shut for a month of repairs')}
        ${card('zoo', 'NEW ARRIVAL', 'Zoo welcomes twin red pandas')}
        <div class="card"><a href="/2025/market"><figure><img src="/img/market.jpg" alt=""><figcaption>Photo: J. Roe</figcaption></figure></a><p>Night market returns to the square</p></div>
      </div></div>
      <p>Construction starts in spring, the mayor said, and the first trams should run within two years.</p></div>`);
    expect(removeTeaserCards.removeFrom(body, testContext)).toEqual([
      { rule: 'teaser-cards', text: 'Most read in Local\nCLOSED\nOld bridge shut for a month of repairs\nNEW ARRIVAL\nZoo welcomes twin red pandas\nNight market returns to the square' },
    ]);
    expect(blockText(body)).toBe('The council approved the new tram line on Tuesday night after a six-hour debate about costs and the route.\nConstruction starts in spring, the mayor said, and the first trams should run within two years.');
  });

  it('leaves a shopping list linking to shops, a gallery linking to its pictures, two pictured links and long cards alone', () => {
    const shop = (name: string): string => `<div><a href="https://shop.example/${name}"><img src="/img/${name}.jpg" alt=""></a><p>The ${name} folds flat and costs $25.</p></div>`;
    const photo = (name: string): string => `<div><a href="/img/${name}-large.jpg"><img src="/img/${name}.jpg" alt=""></a><p>Rails stacked at the ${name} depot.</p></div>`;
    const long = (slug: string): string =>
      `<div><a href="/2025/${slug}"><img src="/img/${slug}.jpg" alt=""></a><p>${'The line runs from the station to the hospital and on to the university campus, stopping at every district on the way. '.repeat(3)}</p></div>`;
    const body = bodyOf(`<div class="story">${PROSE}
      <div>${shop('stool')}${shop('lamp')}${shop('tent')}</div>
      <div>${photo('north')}${photo('south')}${photo('east')}</div>
      <div>${card('bridge', 'CLOSED', 'Old bridge shut')}${card('zoo', 'NEW', 'Zoo twins')}</div>
      <div>${long('a')}${long('b')}${long('c')}</div></div>`);
    expect(removeTeaserCards.removeFrom(body, testContext)).toEqual([]);
  });

  it('keeps the cards of a roundup the article announces', () => {
    const recipe = (slug: string, name: string): string =>
      `<div class="recipe-card"><a href="/recipes/${slug}"><img src="/img/${slug}.jpg" alt=""></a><h3><a href="/recipes/${slug}">${name}</a></h3><p>Ready in twenty minutes.</p><a href="/recipes/${slug}">Get the recipe</a></div>`;
    const body = bodyOf(`<div class="story"><p>Weeknights call for dinners that are quick to make. Here are my favourite air fryer recipes:</p>
      <div class="cards">${recipe('salmon', 'Salmon bites')}${recipe('tenders', 'Lime chicken tenders')}${recipe('tofu', 'Crispy tofu')}</div></div>`);
    expect(removeTeaserCards.removeFrom(body, testContext)).toEqual([]);
  });

  it('keeps as many cards as the headline counts, and removes a rail of another size', () => {
    const recipe = (slug: string, name: string): string =>
      `<div class="recipe-card"><a href="/recipes/${slug}"><img src="/img/${slug}.jpg" alt=""></a><h3><a href="/recipes/${slug}">${name}</a></h3><a href="/recipes/${slug}">Get the recipe</a></div>`;
    const page = `<div class="story">${PROSE}<div class="cards">${recipe('salmon', 'Salmon bites')}${recipe('tenders', 'Lime chicken tenders')}${recipe('tofu', 'Crispy tofu')}</div></div>`;
    const context = (headline: string) => ({ ...testContext, headline: { ...testContext.headline, headline } });
    expect(removeTeaserCards.removeFrom(bodyOf(page), context('3 Healthy Air Fryer Recipes'))).toEqual([]);
    expect(removeTeaserCards.removeFrom(bodyOf(page), context('The 7 best air fryer recipes')).map((r) => r.rule)).toEqual(['teaser-cards']);
  });

  it("keeps a roundup's row of picks that its headings review further down", () => {
    const pick = (slug: string, name: string, award: string): string =>
      `<div><p><a href="/products/${slug}"><img src="/img/${slug}.jpg" alt=""></a></p><p><a href="/products/${slug}">${name}</a> <span>${award}</span></p></div>`;
    const review = (name: string): string => `<h2>${name}</h2><p>We rode the ${name} to work for a month, in rain and on cobbles, and timed every charge.</p>`;
    const body = bodyOf(`<div class="story"><h2>Top picks overview</h2>
      <div>${pick('gt3', 'Navee GT3', 'Best under $500')}${pick('kqi', 'NIU KQi 100F', 'Best portability')}${pick('vx5', 'Vmax VX5 Pro', 'Longest range')}</div>
      ${PROSE}${review('Navee GT3')}${review('NIU KQi 100F')}${review('Vmax VX5 Pro')}</div>`);
    expect(removeTeaserCards.removeFrom(body, testContext)).toEqual([]);
  });
});
