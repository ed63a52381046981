/**
 * The browser's i18n for unit tests: WXT's fake browser has none. Messages come from `locales/<language>.yml`
 * as the build turns them into `_locales` (same plural joining, same `$1` substitutions), English unless a test
 * picks another language with `useTestLanguage`. The language `pseudo` is English with every message in ⟪ ⟫,
 * so a test can tell text that came from the messages from text that was written into a component.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// WXT's own setup stubs these too, but may run after this file: @wxt-dev/i18n reads the global once, on import.
vi.stubGlobal('chrome', fakeBrowser);
vi.stubGlobal('browser', fakeBrowser);
const { resetUiLanguage } = await import('../../utils/i18n');

const LOCALES_DIR = path.resolve(import.meta.dirname, '../../locales');

/** The languages the extension ships, from the files in locales/. */
export const SHIPPED_LANGUAGES = readdirSync(LOCALES_DIR).filter((name) => name.endsWith('.yml')).map((name) => name.replace(/\.yml$/, '')).sort();

export type Messages = Record<string, { message: string }>;

const tables = new Map<string, Messages>();
for (const language of SHIPPED_LANGUAGES) tables.set(language, generateChromeMessages(await parseMessagesFile(path.join(LOCALES_DIR, `${language}.yml`))));

/** The messages of one shipped language, as the build writes them to `_locales/<language>/messages.json`. */
export const messagesOf = (language: string): Messages => tables.get(language) ?? {};

const PSEUDO = 'pseudo';
let current = 'en';

function rawMessage(key: string): string {
  if (current !== PSEUDO) return tables.get(current)?.[key]?.message ?? tables.get('en')?.[key]?.message ?? '';
  const english = tables.get('en')?.[key]?.message ?? '';
  // The language tag stays a tag (Intl reads it); each plural form is marked on its own.
  return key === 'locale' || !english ? english : english.split(' | ').map((form) => `⟪${form}⟫`).join(' | ');
}

/** Chrome's getMessage: the message in the current language, else English, else ''; `$1`…`$9` substituted. */
export function testMessage(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return rawMessage(key).replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (subs[Number(which) - 1] ?? '')));
}

/** `en`, `fr`, `de`, `es`, or `pseudo`; tests that change it set it back to `en` after themselves. */
export function useTestLanguage(language: string): void {
  current = language;
  resetUiLanguage();
}

fakeBrowser.i18n.getMessage = testMessage as typeof fakeBrowser.i18n.getMessage;
fakeBrowser.i18n.getUILanguage = () => (current === PSEUDO ? 'en' : current);
