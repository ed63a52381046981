/**
 * The interface's words: messages from `locales/<language>.yml`, read through the browser's i18n (so in the
 * browser's language, English where we have none), and numbers, dates and lists through `Intl` in the language
 * those messages are in, so an Italian browser gets English words with English dates, not a mix.
 *
 * Only the extension's pages and background use this; the extraction pipeline stays free of words to show, so
 * the Node CLI needs no browser.
 */
import { i18n, type GeneratedI18nStructure } from '#i18n';

export const t = i18n.t;

type Keys = GeneratedI18nStructure;
/** Messages with a plural form whose one substitution, `$1`, is the count. */
export type CountKey = { [K in keyof Keys]: Keys[K] extends { plural: true; substitutions: 1 } ? K : never }[keyof Keys];

let language: string | undefined;

/** The language the interface's messages are in (`en`, `fr`, `de`, `es`), the one `Intl` formats in. */
export function uiLanguage(): string {
  return (language ??= i18n.t('locale') || 'en');
}

/** Forgets the language read, for tests that switch it. */
export function resetUiLanguage(): void {
  language = undefined;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(value: number): string {
  const lang = uiLanguage();
  let format = numberFormats.get(lang);
  if (!format) numberFormats.set(lang, (format = new Intl.NumberFormat(lang)));
  return format.format(value);
}

/** "1 source", "3 sources", "1 234 sources": the plural form chosen by the count, the count in the language's digits. */
export function tCount(key: CountKey, count: number): string {
  return (i18n.t as (key: string, n: number, substitutions: string[]) => string)(key, count, [formatNumber(count)]);
}

/** "a, b and c" in the interface's language. */
export function formatList(items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  return new Intl.ListFormat(uiLanguage(), { style: 'long', type }).format(items);
}
