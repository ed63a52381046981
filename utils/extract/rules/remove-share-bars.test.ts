import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeShareBars } from './remove-share-bars';
import { testContext } from './test-context';

describe('removeShareBars', () => {
  it('removes a bar named "share" and an unnamed list of network links', () => {
    const body = bodyOf(`<div class="share"><span>Share:</span><a href="https://facebook.example/share?u=x">Facebook</a> <a href="mailto:?s=x">Email</a></div>
      <p>Story.</p><ul><li><a href="https://twitter.example/intent/tweet">Tweet</a></li><li><a href="https://linkedin.example/x">LinkedIn</a></li></ul>`);
    expect(removeShareBars.removeFrom(body, testContext)).toEqual([
      { rule: 'share-bar', text: 'Share:Facebook Email' },
      { rule: 'share-bar', text: 'Tweet\nLinkedIn' },
    ]);
    expect(blockText(body)).toBe('Story.');
  });
  it('removes a German "Teilen" bar of buttons', () => {
    const body = bodyOf(`<div class="artikel-aktionen"><button>Teilen</button><button>WhatsApp</button><button>E-Mail</button></div><p>Text.</p>`);
    expect(removeShareBars.removeFrom(body, testContext)).toEqual([{ rule: 'share-bar', text: 'TeilenWhatsAppE-Mail' }]);
  });
  it('keeps a paragraph about Facebook with a link, and a menu', () => {
    const body = bodyOf(`<p>Regulators fined <a href="https://facebook.example/">Facebook</a> on Monday.</p>
      <ul><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul>`);
    expect(removeShareBars.removeFrom(body, testContext)).toEqual([]);
  });
});

describe('removeShareBars and prose', () => {
  it('keeps a sentence that names the networks it links to', () => {
    const body = bodyOf(`<div class="social-follow"><p>Be sure to visit the team on <a href="https://facebook.example/t">Facebook</a>, <a href="https://twitter.example/t">Twitter</a>, and <a href="https://instagram.example/t">Instagram</a>.</p></div>`);
    expect(removeShareBars.removeFrom(body, testContext)).toEqual([]);
  });
});
