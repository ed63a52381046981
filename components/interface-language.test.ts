// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useTestLanguage } from '../tests/setup/i18n';
import { applyInterfaceLanguage } from './interface-language';

afterEach(() => {
  vi.restoreAllMocks();
  useTestLanguage('en');
});

/** A browser in `uiLocale`, whose predefined messages say so, with our messages in `messagesIn`. */
function browserIn(uiLocale: string, direction: 'ltr' | 'rtl', messagesIn?: string) {
  const getMessage = fakeBrowser.i18n.getMessage;
  const predefined: Record<string, string> = { '@@ui_locale': uiLocale, '@@bidi_dir': direction, ...(messagesIn ? { locale: messagesIn } : {}) };
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => predefined[key] ?? getMessage(key, subs)) as typeof getMessage);
}

const marks = (doc: Document) => [doc.documentElement.lang, doc.documentElement.dir];

describe('applyInterfaceLanguage', () => {
  it('marks the page with the language the messages are in', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.documentElement.lang = 'en';
    browserIn('de_DE', 'ltr');
    useTestLanguage('de');
    applyInterfaceLanguage(doc);
    expect(marks(doc)).toEqual(['de', 'ltr']);
  });

  it('reads right to left when the messages are in the browser’s right-to-left language', () => {
    const doc = document.implementation.createHTMLDocument('');
    browserIn('ar', 'rtl', 'ar');
    useTestLanguage('en');
    applyInterfaceLanguage(doc);
    expect(marks(doc)).toEqual(['ar', 'rtl']);
  });

  it('keeps English messages left to right in a right-to-left browser', () => {
    const doc = document.implementation.createHTMLDocument('');
    browserIn('he', 'rtl');
    useTestLanguage('en');
    applyInterfaceLanguage(doc);
    expect(marks(doc)).toEqual(['en', 'ltr']);
  });
});
