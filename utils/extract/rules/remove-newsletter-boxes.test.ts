import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeNewsletterBoxes } from './remove-newsletter-boxes';
import { testContext } from './test-context';

const PROSE = 'The council met on Tuesday and approved the plan after a long debate about costs and the route. '.repeat(3);

describe('removeNewsletterBoxes', () => {
  it('removes the whole box around an email field, heading included', () => {
    const body = bodyOf(`<div class="entry"><p>${PROSE}</p><aside><h3>Get the Briefing</h3><p>Sign up for our weekly newsletter.</p>
      <form><input type="email"><button>Sign up</button></form></aside><p>${PROSE}</p></div>`);
    expect(removeNewsletterBoxes.removeFrom(body, testContext)).toEqual([
      { rule: 'newsletter-box', text: 'Get the Briefing\nSign up for our weekly newsletter.\nSign up' },
    ]);
    expect(blockText(body)).toBe(`${PROSE.trim()}\n${PROSE.trim()}`);
  });
  it('removes a French box named "newsletter"', () => {
    const body = bodyOf(`<div class="bloc-newsletter"><p>Inscrivez-vous à notre lettre d'information</p><a href="/nl">S'inscrire</a></div><p>${PROSE}</p>`);
    expect(removeNewsletterBoxes.removeFrom(body, testContext)).toEqual([
      { rule: 'newsletter-box', text: "Inscrivez-vous à notre lettre d'information\nS'inscrire" },
    ]);
  });
  it('takes only the sign-up box out of a short post whose container is named "newsletter"', () => {
    const body = bodyOf(`<div class="newsletter-post post"><h1>Tram ridership up a third</h1><div class="body markup">
      <p>Tram ridership rose by a third in the first month after the new line opened, the transit authority said on Monday morning.</p>
      <p>The authority now plans two more lines across the river, with construction due to start next spring if the council agrees to pay.</p>
      <div class="subscription-widget"><p>Subscribe to get the weekly transit briefing.</p><form><input type="email" placeholder="Type your email…"><button>Subscribe</button></form></div>
      </div></div>`);
    expect(removeNewsletterBoxes.removeFrom(body, testContext)).toEqual([
      { rule: 'newsletter-box', text: 'Subscribe to get the weekly transit briefing.\nSubscribe' },
    ]);
    expect(blockText(body)).toBe(
      'Tram ridership up a third\n' +
        'Tram ridership rose by a third in the first month after the new line opened, the transit authority said on Monday morning.\n' +
        'The authority now plans two more lines across the river, with construction due to start next spring if the council agrees to pay.',
    );
  });
  it('keeps a newsletter issue published as a post', () => {
    const body = bodyOf(`<section class="newsletter-issue"><p>Good morning. The council votes tonight on the tram line, after two years of argument over its route through the old town.</p>
      <p>Shops along the route say a year of works would cost them dearly, and they want the city to pay for the lost trade.</p>
      <p>Forwarded this email? <a href="/newsletters">Sign up here</a>.</p></section>`);
    expect(removeNewsletterBoxes.removeFrom(body, testContext)).toEqual([]);
  });
  it('keeps a menu link "Subscribe" and prose that mentions subscribers', () => {
    const body = bodyOf(`<header><nav><a href="/subscribe">Subscribe</a></nav><form><input name="q"><button>Go</button></form></header>
      <p>The streaming service lost subscribers; readers who subscribe now pay more.</p>`);
    expect(removeNewsletterBoxes.removeFrom(body, testContext)).toEqual([]);
  });
});
