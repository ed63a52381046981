/** axe-core in a page, injected through the debugger (extension pages' CSP blocks script tags). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Anything that evaluates an expression in a page: a Playwright page, the CDP-driven popup, a Puppeteer page. */
export interface EvaluatesExpressions {
  evaluate<T>(expression: string): Promise<T>;
}

const RUN_AXE = `axe.run(document, { resultTypes: ['violations'] }).then((result) => result.violations.map((v) => ({
  id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')),
})))`;

/** Serious and critical violations only (WCAG 2.1 A/AA rules plus best practices). */
export async function seriousViolations(page: Page | EvaluatesExpressions): Promise<AxeViolation[]> {
  const target = page as EvaluatesExpressions;
  await target.evaluate(axeSource);
  const violations = await target.evaluate<AxeViolation[]>(RUN_AXE);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
