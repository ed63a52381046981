import { formatNumber, t, uiLanguage } from '../../utils/i18n';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Dec 6, 2026", "6 déc. 2026": in the language of the interface's messages; '' when the stored time cannot be read. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const language = uiLanguage();
  let format = dayFormats.get(language);
  if (!format) dayFormats.set(language, (format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' })));
  return format.format(date);
}

/** "Show 40 more (112 left)", under a list shown a page at a time. */
export const showMoreLabel = (more: number, left: number): string => t('library.showMore', left, [formatNumber(more), formatNumber(left)]);
