/**
 * Every message in every language the extension ships: the same keys everywhere, nothing empty, the same
 * substitutions and plural forms as English, and the store listing within the stores' limits.
 */
import { describe, expect, it } from 'vitest';
import { SHIPPED_LANGUAGES, messagesOf } from './setup/i18n';

/** Chrome's manifest limits: a name of 75 characters, a description of 132. */
const LIMITS: Record<string, number> = { extName: 75, extDescription: 132 };

const substitutionsIn = (message: string): string[] => [...new Set(message.match(/\$[1-9]|\{\w+\}/g) ?? [])].sort();
const formsOf = (message: string): number => message.split(' | ').length;

describe('locales', () => {
  it('ships English, French, German and Spanish', () => {
    expect(SHIPPED_LANGUAGES).toEqual(['de', 'en', 'es', 'fr']);
  });

  it('names its own language, for Intl', () => {
    for (const language of SHIPPED_LANGUAGES) expect(messagesOf(language).locale?.message).toBe(language);
  });

  it('has the same keys in every language', () => {
    const englishKeys = Object.keys(messagesOf('en')).sort();
    expect(englishKeys).toEqual(expect.arrayContaining(['actionTitle', 'commandToggleReader', 'extDescription', 'extName']));
    for (const language of SHIPPED_LANGUAGES) expect(Object.keys(messagesOf(language)).sort(), language).toEqual(englishKeys);
  });

  it('has no empty message, and the same substitutions and plural forms as English', () => {
    const english = messagesOf('en');
    for (const language of SHIPPED_LANGUAGES) {
      for (const [key, { message }] of Object.entries(messagesOf(language))) {
        const where = `${language}.${key}`;
        expect(message.trim().length, where).toBeGreaterThan(0);
        expect(substitutionsIn(message), where).toEqual(substitutionsIn(english[key]!.message));
        expect(formsOf(message), where).toBe(formsOf(english[key]!.message));
      }
    }
  });

  it('keeps the store listing within the stores’ limits', () => {
    for (const language of SHIPPED_LANGUAGES) {
      for (const [key, limit] of Object.entries(LIMITS)) expect([...messagesOf(language)[key]!.message].length, `${language}.${key}`).toBeLessThanOrEqual(limit);
    }
  });
});
