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
  it('keeps a menu link "Subscribe" and prose that mentions subscribers', () => {
    const body = bodyOf(`<header><nav><a href="/subscribe">Subscribe</a></nav><form><input name="q"><button>Go</button></form></header>
      <p>The streaming service lost subscribers; readers who subscribe now pay more.</p>`);
    expect(removeNewsletterBoxes.removeFrom(body, testContext)).toEqual([]);
  });
});
