import { t, uiLanguage } from '../utils/i18n';
import { articleDirection, type TextDirection } from '../utils/text-direction';

const primary = (tag: string): string => tag.toLowerCase().split(/[-_]/)[0] ?? '';

/**
 * Which way the interface reads. The browser's `@@bidi_dir` is its own language's direction: right when the
 * messages are in that language, but a Hebrew or Arabic browser gets our English messages, which read left
 * to right; then the messages' language decides.
 */
function interfaceDirection(language: string): TextDirection {
  if (primary(t('@@ui_locale')) === primary(language)) return t('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
  return articleDirection({ lang: language, textContent: '' });
}

/**
 * Marks a page with the language its interface is in and that language's direction, so screen readers
 * pronounce it right and hyphenation and quotes follow it. An article in another language carries its own
 * `lang` and `dir` on its element.
 */
export function applyInterfaceLanguage(doc: Document): void {
  const language = uiLanguage();
  doc.documentElement.lang = language;
  doc.documentElement.dir = interfaceDirection(language);
}
