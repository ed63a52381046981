/**
 * The reader's per-site keep rules ("Always keep this on <site>"), stored on this device only with
 * @wxt-dev/storage. A rule is the site, the cleanup rule's name and a fingerprint of the block's text, plus a
 * short text preview so the options page can say what it keeps; never the page's HTML.
 */
import { storage } from 'wxt/utils/storage';
import { blockFingerprint, siteOf } from './extract/fingerprint';
import type { KeepRule, Removal } from './extract/types';
import { isKeepRule } from './extract-request';

export interface SiteRule extends KeepRule {
  /** The first words of the kept block, for the options page. */
  preview: string;
  /** ISO 8601. */
  createdAt: string;
}

const PREVIEW_CHARS = 80;

export const siteRulesItem = storage.defineItem<SiteRule[]>('local:site-rules', { fallback: [], version: 1 });

/** Any stored value → the valid rules in it (hand-edited or damaged entries are dropped). */
export function normalizeSiteRules(value: unknown): SiteRule[] {
  if (!Array.isArray(value)) return [];
  return value.filter((rule): rule is SiteRule => isKeepRule(rule) && typeof (rule as SiteRule).preview === 'string' && typeof (rule as SiteRule).createdAt === 'string');
}

export const sameRule = (a: KeepRule, b: KeepRule): boolean => a.site === b.site && a.rule === b.rule && a.fingerprint === b.fingerprint;

/** The rule that keeps `removal` on the site of `pageUrl`, or null for a page without a web address. */
export function siteRuleFor(pageUrl: string | null, removal: Removal, now = new Date()): SiteRule | null {
  const site = siteOf(pageUrl);
  if (!site) return null;
  const text = removal.text.replace(/\s+/g, ' ').trim();
  return {
    site,
    rule: removal.rule,
    fingerprint: blockFingerprint(removal.text),
    preview: text.length > PREVIEW_CHARS ? `${text.slice(0, PREVIEW_CHARS - 1)}…` : text,
    createdAt: now.toISOString(),
  };
}

export async function listSiteRules(): Promise<SiteRule[]> {
  return normalizeSiteRules(await siteRulesItem.getValue());
}

/** The keep rules the pipeline needs for one page: site, rule and fingerprint only. `rules`: a read started earlier. */
export async function keepRulesFor(pageUrl: string | null | undefined, rules: Promise<SiteRule[]> = listSiteRules()): Promise<KeepRule[]> {
  const site = siteOf(pageUrl);
  if (!site) return [];
  return (await rules).filter((rule) => rule.site === site).map(({ site: s, rule, fingerprint }) => ({ site: s, rule, fingerprint }));
}

/** Stores a rule unless the same one is there already; returns the stored list. */
export async function addSiteRule(rule: SiteRule): Promise<SiteRule[]> {
  const rules = await listSiteRules();
  if (rules.some((existing) => sameRule(existing, rule))) return rules;
  const next = [...rules, rule];
  await siteRulesItem.setValue(next);
  return next;
}

export async function deleteSiteRule(rule: KeepRule): Promise<SiteRule[]> {
  const next = (await listSiteRules()).filter((existing) => !sameRule(existing, rule));
  await siteRulesItem.setValue(next);
  return next;
}

export function watchSiteRules(listener: (rules: SiteRule[]) => void): () => void {
  return siteRulesItem.watch((value) => listener(normalizeSiteRules(value)));
}
