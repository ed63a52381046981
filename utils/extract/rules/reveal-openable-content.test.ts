import { describe, expect, it } from 'vitest';
import { bodyOf, extractHtml } from '../../../tests/helpers';
import { blockText } from '../text';
import { applyRules } from './apply-rules';
import { removeHidden } from './remove-hidden';
import { revealOpenableContent } from './reveal-openable-content';
import { testContext } from './test-context';

/** The two rules as the pre-clean runs them: what is revealed stays, the rest of what is hidden goes. */
const clean = (body: HTMLElement) => applyRules([revealOpenableContent, removeHidden], body, testContext);

describe('revealOpenableContent', () => {
  it('keeps an FAQ accordion whose buttons name their answers with aria-controls, and drops the buttons’ icons', () => {
    const body = bodyOf(`<section class="faq"><h2>Frequently asked questions</h2>
      <div class="faq__item"><button type="button" aria-expanded="false" aria-controls="faq-answer-1"><span aria-hidden="true">+</span> How long does a heat pump last?</button>
        <div id="faq-answer-1" class="faq__answer" style="height:0;overflow:hidden" aria-hidden="true"><p>Most units last fifteen to twenty years when they are serviced once a year.</p></div></div>
      <div class="faq__item"><button type="button" aria-expanded="false" aria-controls="faq-answer-2"><span aria-hidden="true">+</span> Does it work below freezing?</button>
        <div id="faq-answer-2" class="faq__answer" hidden><p>Yes. Cold-climate models keep heating down to minus twenty-five degrees.</p></div></div></section>`);
    expect(clean(body)).toEqual([
      { rule: 'hidden', text: '+' },
      { rule: 'hidden', text: '+' },
    ]);
    expect(blockText(body)).toBe(
      'Frequently asked questions\nHow long does a heat pump last?\nMost units last fifteen to twenty years when they are serviced once a year.\n' +
        'Does it work below freezing?\nYes. Cold-climate models keep heating down to minus twenty-five degrees.',
    );
    // Readability reads them too: nothing hidden is left on the revealed answers.
    expect(body.querySelector('#faq-answer-1')!.outerHTML).toBe(
      '<div id="faq-answer-1" class="faq__answer"><p>Most units last fifteen to twenty years when they are serviced once a year.</p></div>',
    );
  });

  it('keeps the hidden panels of tabs', () => {
    const body = bodyOf(`<div class="tabs"><div role="tablist"><button role="tab" aria-selected="true" aria-controls="p-specs">Specs</button>
      <button role="tab" aria-selected="false" aria-controls="p-verdict">Verdict</button></div>
      <div role="tabpanel" id="p-specs"><p>Weight: 1.2 kg. Battery: ten hours of mixed use in our tests.</p></div>
      <div role="tabpanel" id="p-verdict" hidden><p>The best laptop for most students this year, if you can live without a touch screen.</p></div></div>`);
    expect(clean(body)).toEqual([]);
    expect(blockText(body)).toBe(
      'Specs\nVerdict\nWeight: 1.2 kg. Battery: ten hours of mixed use in our tests.\nThe best laptop for most students this year, if you can live without a touch screen.',
    );
  });

  it('keeps the body of a <details>, even where a script hides it until it opens', () => {
    const body = bodyOf(`<details class="recipe-notes"><summary>Notes on the dough</summary>
      <div class="recipe-notes__body" style="display: none"><p>Rest the dough overnight in the fridge: the flavour deepens and it rolls out thinner.</p></div></details>`);
    expect(clean(body)).toEqual([]);
    expect(blockText(body)).toBe('Notes on the dough\nRest the dough overnight in the fridge: the flavour deepens and it rolls out thinner.');
  });

  it('keeps a collapsed section under its heading', () => {
    const body = bodyOf(`<div class="accordion"><div class="accordion__section"><h3>Cushioning</h3>
      <div aria-hidden="true" hidden tabindex="-1"><p>The midsole foam decides how soft a shoe feels. Most brands now blend EVA with rubber to make it last longer.</p></div></div></div>`);
    expect(clean(body)).toEqual([]);
    expect(blockText(body)).toBe('Cushioning\nThe midsole foam decides how soft a shoe feels. Most brands now blend EVA with rubber to make it last longer.');
  });

  it('keeps the rest of a text behind the "Read more" button that names it, and leaves the button to go', () => {
    const body = bodyOf(`<div class="profile"><p>Maria Ortiz has covered the city council for the Herald since 2019, after six years at the statehouse.</p>
      <div class="profile__more" id="profile-more" hidden><p>Before that she reported on schools in Fresno, where her series on empty classrooms won a state award.</p>
      <p>She grew up in San Antonio and studied history at the University of Texas.</p></div>
      <button class="profile__toggle" type="button" aria-expanded="false" aria-controls="profile-more">Read more</button></div>`);
    expect(clean(body)).toEqual([]);
    expect(blockText(body)).toBe(
      'Maria Ortiz has covered the city council for the Herald since 2019, after six years at the statehouse.\n' +
        'Before that she reported on schools in Fresno, where her series on empty classrooms won a state award.\n' +
        'She grew up in San Antonio and studied history at the University of Texas.\nRead more',
    );
    expect(body.querySelector('button.profile__toggle')!.textContent).toBe('Read more');
  });

  it('keeps accordion regions labelled by their toggles, the WAI pattern', () => {
    const body = bodyOf(`<div class="steps"><div class="step"><div role="button" id="step-1" aria-expanded="false">1. Understand your electric bill</div>
      <div id="step-1-content" role="region" aria-labelledby="step-1" style="display:none;"><p>Look for your annual kilowatt hours on your bill or on your account page at the utility.</p></div></div></div>`);
    expect(clean(body)).toEqual([]);
    expect(blockText(body)).toBe('1. Understand your electric bill\nLook for your annual kilowatt hours on your bill or on your account page at the utility.');
  });

  it('still removes a hidden full text that repeats the visible teaser', () => {
    const teaser = 'Maria Ortiz has covered the city council for the Herald since 2019, after six years at the statehouse.';
    const body = bodyOf(`<div class="profile"><p>${teaser}</p><div class="profile__full" hidden><p>${teaser} Before that she reported on schools in Fresno.</p></div>
      <button type="button" aria-expanded="false">Read more</button></div>`);
    expect(clean(body)).toEqual([{ rule: 'hidden', text: `${teaser} Before that she reported on schools in Fresno.` }]);
  });

  it('still removes openable content outside the main region the page marks: a government banner, a sign-up box\'s thanks', () => {
    const body = bodyOf(`<section class="usa-banner"><button aria-expanded="false" aria-controls="gov-banner">Here's how you know</button>
      <div id="gov-banner" hidden><p>Official websites use .gov. A .gov website belongs to an official government organization in the United States.</p></div></section>
      <main><p>Story.</p></main><div class="signup"><h2>Get the newsletter</h2><p hidden>Thank you for subscribing. Look out for your weekly round-up of news and reviews in your inbox.</p></div>`);
    expect(clean(body).map((removal) => removal.text)).toEqual([
      'Official websites use .gov. A .gov website belongs to an official government organization in the United States.',
      'Thank you for subscribing. Look out for your weekly round-up of news and reviews in your inbox.',
    ]);
  });

  it('still removes a message hidden inside a <details> body until a script needs it', () => {
    const body = bodyOf(`<details class="dropdown"><summary>Edited</summary><div class="dropdown-menu"><span>Loading</span>
      <div data-show-on-error hidden>Uh oh! There was an error while loading. Please reload this page.</div></div></details>`);
    expect(clean(body)).toEqual([{ rule: 'hidden', text: 'Uh oh! There was an error while loading. Please reload this page.' }]);
  });

  it('still removes a sign-up form\'s hidden messages', () => {
    const body = bodyOf(`<div class="newsletter"><h3>Stay in the loop</h3><form><input type="email" name="email"><button>Sign up</button></form>
      <p hidden>Thanks for signing up! Check your inbox to confirm your address, then look out for our first issue on Friday.</p></div>`);
    expect(clean(body)).toEqual([{ rule: 'hidden', text: 'Thanks for signing up! Check your inbox to confirm your address, then look out for our first issue on Friday.' }]);
  });

  it('still removes a hidden mega-menu, even one a button opens', () => {
    const body = bodyOf(`<div class="site-top"><button aria-expanded="false" aria-controls="sections-menu">Sections</button>
      <div id="sections-menu" hidden><ul><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
      <li><a href="/climate">Climate and environment</a></li><li><a href="/opinion">Opinion and analysis</a></li></ul></div></div><p>Story.</p>`);
    expect(clean(body)).toEqual([{ rule: 'hidden', text: 'Politics\nBusiness\nClimate and environment\nOpinion and analysis' }]);
    expect(blockText(body)).toBe('Sections\nStory.');
  });

  it('still removes a hidden modal dialog that a button opens', () => {
    const body = bodyOf(`<p>Story.</p><button aria-controls="paywall" aria-expanded="false">Support us</button>
      <div id="paywall" role="dialog" aria-modal="true" hidden><h2>Before you go</h2>
      <p>Our journalism relies on readers like you. Become a member today and get unlimited access to every story.</p></div>`);
    expect(clean(body)).toEqual([
      { rule: 'hidden', text: 'Before you go\nOur journalism relies on readers like you. Become a member today and get unlimited access to every story.' },
    ]);
  });

  it('still removes screen-reader text such as "Opens in a new window"', () => {
    const body = bodyOf(`<p>Read the <a href="https://example.org/report.pdf" target="_blank">full report<span style="display:none"> (Opens in a new window)</span></a> on the ministry's site.</p>`);
    expect(clean(body)).toEqual([{ rule: 'hidden', text: '(Opens in a new window)' }]);
    expect(blockText(body)).toBe("Read the full report on the ministry's site.");
  });

  it('still removes a hidden cookie dialog, with the accordion of cookie kinds inside it', () => {
    const body = bodyOf(`<p>Story.</p><div class="privacy-settings" role="dialog" aria-labelledby="privacy-title" style="display:none">
      <h2 id="privacy-title">Privacy overview</h2><p>This website uses cookies to improve your experience while you navigate through the website.</p>
      <button aria-expanded="false" aria-controls="necessary">Necessary</button>
      <div id="necessary" hidden><p>Necessary cookies are absolutely essential for the website to function properly.</p></div></div>`);
    expect(clean(body)).toEqual([
      {
        rule: 'hidden',
        text:
          'Privacy overview\nThis website uses cookies to improve your experience while you navigate through the website.\nNecessary\n' +
          'Necessary cookies are absolutely essential for the website to function properly.',
      },
    ]);
    expect(blockText(body)).toBe('Story.');
  });

  it('still removes hidden prose nothing opens: a pull quote repeated for the eye, a streamed block left at the end of the page', () => {
    const body = bodyOf(`<p>The council voted seven to two for the tram line after a four-hour debate on Tuesday night.</p>
      <div class="pull-quote" aria-hidden="true">“We have waited thirty years for this line, and we will not wait another thirty.”</div>
      <p>Construction starts in spring.</p><div hidden id="S:2"><p>Streamed text that the page's scripts move into place in a browser.</p></div>`);
    expect(clean(body)).toEqual([
      { rule: 'hidden', text: '“We have waited thirty years for this line, and we will not wait another thirty.”' },
      { rule: 'hidden', text: "Streamed text that the page's scripts move into place in a browser." },
    ]);
  });

  it('keeps a revealed FAQ in the extracted article', () => {
    const paragraph = '<p>Heat pumps move heat instead of making it, which is why they use a third of the energy of a gas boiler for the same warmth.</p>';
    const article = extractHtml(`<html><head><title>How to choose a heat pump</title></head><body><article><h1>How to choose a heat pump</h1>
      ${paragraph.repeat(4)}<h2>Frequently asked questions</h2>
      <div class="faq"><h3><button aria-expanded="false" aria-controls="a1">How long does a heat pump last?</button></h3>
      <div id="a1" hidden><p>Most units last fifteen to twenty years when they are serviced once a year by an installer.</p></div></div></article></body></html>`);
    expect(article!.textContent.split('\n').slice(-3)).toEqual([
      'Frequently asked questions',
      'How long does a heat pump last?',
      'Most units last fifteen to twenty years when they are serviced once a year by an installer.',
    ]);
    expect(article!.removed).toEqual([]);
  });
});
