import { afterEach, describe, expect, it } from 'vitest';
import { formatList, formatNumber, t, tCount, uiLanguage } from '../utils/i18n';
import { useTestLanguage } from './setup/i18n';

afterEach(() => useTestLanguage('en'));

describe('utils/i18n', () => {
  it('reads English by default and the language the messages are in', () => {
    expect(t('actionTitle')).toBe('Read this article');
    expect(uiLanguage()).toBe('en');
    useTestLanguage('fr');
    expect(t('actionTitle')).toBe('Lire cet article');
    expect(uiLanguage()).toBe('fr');
  });

  it('formats numbers, dates and lists in the interface language', () => {
    expect(formatNumber(12345)).toBe('12,345');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b, and c');
    useTestLanguage('de');
    expect(formatNumber(12345)).toBe('12.345');
    expect(formatList(['a', 'b', 'c'])).toBe('a, b und c');
  });
});
