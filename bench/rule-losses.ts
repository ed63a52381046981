/** What each cleanup rule costs on a corpus: how often it fires, what it removes, and how much of that the truth holds. */
import type { PageQuality } from './page-quality';

/** A page "loses" to a rule when the rule took this many truth shingles from it. */
export const LOSING_PAGE_SHINGLES = 20;
/** A rule that loses truth text on more than this share of the pages where it fires is narrowed or goes. */
export const MAX_LOSING_SHARE = 0.01;

export interface RuleFigures {
  rule: string;
  removals: number;
  pages: number;
  words: number;
  lostTruth: number;
  losingPages: number;
  losingIds: string[];
}

export function ruleFigures(results: readonly PageQuality[]): RuleFigures[] {
  const byRule = new Map<string, RuleFigures>();
  for (const page of results) {
    const perPage = new Map<string, { removals: number; words: number; lost: number }>();
    for (const removal of page.removals) {
      const entry = perPage.get(removal.rule) ?? { removals: 0, words: 0, lost: 0 };
      entry.removals++;
      entry.words += removal.words;
      entry.lost += removal.lostTruth;
      perPage.set(removal.rule, entry);
    }
    for (const [rule, entry] of perPage) {
      const figures = byRule.get(rule) ?? { rule, removals: 0, pages: 0, words: 0, lostTruth: 0, losingPages: 0, losingIds: [] };
      figures.removals += entry.removals;
      figures.pages++;
      figures.words += entry.words;
      figures.lostTruth += entry.lost;
      if (entry.lost >= LOSING_PAGE_SHINGLES) {
        figures.losingPages++;
        figures.losingIds.push(page.id.slice(0, 12));
      }
      byRule.set(rule, figures);
    }
  }
  return [...byRule.values()].sort((a, b) => b.lostTruth - a.lostTruth || b.removals - a.removals);
}

export function printRuleTable(rules: readonly RuleFigures[]): void {
  console.log(`\nPer rule (lost = truth shingles the removal took that our text lacks; losing pages: ${LOSING_PAGE_SHINGLES} or more lost; ✗ = over ${(MAX_LOSING_SHARE * 100).toFixed(0)}% of its pages)\n`);
  console.log('| rule | removals | pages | words removed | truth shingles lost | pages losing | share | |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rules) {
    const share = r.pages === 0 ? 0 : r.losingPages / r.pages;
    console.log(`| ${r.rule} | ${r.removals} | ${r.pages} | ${r.words} | ${r.lostTruth} | ${r.losingPages} | ${(share * 100).toFixed(1)}% | ${share > MAX_LOSING_SHARE ? `✗ ${r.losingIds.slice(0, 6).join(' ')}` : ''} |`);
  }
}
