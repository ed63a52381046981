import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeConsentBanners } from './remove-consent-banners';
import { testContext } from './test-context';

describe('removeConsentBanners', () => {
  it('removes a banner named "cookie" that talks about cookies', () => {
    const body = bodyOf(`<div id="cookie-notice"><p>We use cookies to improve your experience.</p><button>OK</button></div><p>Story.</p>`);
    expect(removeConsentBanners.removeFrom(body, testContext)).toEqual([{ rule: 'consent-banner', text: 'We use cookies to improve your experience.\nOK' }]);
    expect(blockText(body)).toBe('Story.');
  });
  it('removes an unnamed German banner with its buttons', () => {
    const body = bodyOf(`<div class="x1"><p>Wir verwenden Cookies, um Inhalte zu personalisieren.</p><button>Akzeptieren</button></div><p>Bericht.</p>`);
    expect(removeConsentBanners.removeFrom(body, testContext)).toEqual([
      { rule: 'consent-banner', text: 'Wir verwenden Cookies, um Inhalte zu personalisieren.\nAkzeptieren' },
    ]);
  });
  it('keeps an article paragraph about cookie law', () => {
    const body = bodyOf(`<article><p>Regulators said the site uses cookies without consent, and the company will appeal.</p><p>More.</p></article>`);
    expect(removeConsentBanners.removeFrom(body, testContext)).toEqual([]);
  });
});
