/** "3 articles", "1 highlight": a count with its noun, plural from 2 (or 0) on. */
export const plural = (n: number, word: string, words = `${word}s`): string => `${n} ${n === 1 ? word : words}`;

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "Dec 6, 2026" in the browser's language; '' when the stored time cannot be read. */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : dayFormat.format(date);
}
