/**
 * The store listing and browser UI strings (manifest name, description, toolbar title, shortcut description) in
 * every language the extension ships: the same keys everywhere, nothing empty, within the stores' limits.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES_DIR = path.resolve(import.meta.dirname, '../public/_locales');
const SHIPPED = ['de', 'en', 'es', 'fr'];
/** Chrome's manifest limits: a name of 75 characters, a description of 132. */
const LIMITS: Record<string, number> = { extName: 75, extDescription: 132 };

const messagesOf = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(path.join(LOCALES_DIR, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('_locales', () => {
  it('ships English, French, German and Spanish', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(SHIPPED);
  });

  it('has the same keys in every language, none empty, within the limits', () => {
    const englishKeys = Object.keys(messagesOf('en')).sort();
    expect(englishKeys).toEqual(['actionTitle', 'commandToggleReader', 'extDescription', 'extName']);
    for (const locale of SHIPPED) {
      const messages = messagesOf(locale);
      expect(Object.keys(messages).sort(), locale).toEqual(englishKeys);
      for (const [key, { message }] of Object.entries(messages)) {
        expect(message.trim().length, `${locale}.${key}`).toBeGreaterThan(0);
        expect([...message].length, `${locale}.${key}`).toBeLessThanOrEqual(LIMITS[key] ?? 200);
      }
    }
  });
});
