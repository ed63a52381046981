/**
 * What the library benches share to drive the library page in headless Chromium: scripts run in the page, a
 * poll the page's CSP allows, and how a figure is printed (median and p95 of its runs, against its target).
 */
export type Page = import('playwright-core').Page;

export const quantile = (values: number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};
export const ms = (value: number) => `${value.toFixed(1)} ms`;
export const verdict = (value: number, target: number) => (value <= target ? 'ok' : 'OVER TARGET');

// Page scripts as source text: tsx would wrap functions handed to page.evaluate in a helper the page lacks.
export const FIRST_ROW_TIME = `new Promise((resolve) => {
  const check = () => (document.querySelector('.row') ? resolve(performance.now()) : requestAnimationFrame(check));
  check();
})`;
// The keystroke is answered when the results have been painted: the frame after the input event, then its task.
export const TYPE_AND_PAINT = `(char) => new Promise((resolve) => {
  const field = document.querySelector('input[type=search]');
  const start = performance.now();
  field.value += char;
  field.dispatchEvent(new Event('input', { bubbles: true }));
  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0));
})`;

export function stat(label: string, wall: number[], cpu: number[] | null, target?: number): void {
  const cpuText = cpu ? `  cpu median ${ms(quantile(cpu, 0.5))}` : '';
  console.log(`${label.padEnd(52)} median ${ms(quantile(wall, 0.5)).padStart(10)}  p95 ${ms(quantile(wall, 0.95)).padStart(10)}  (n=${wall.length})${cpuText}${target === undefined ? '' : `  target ${target} ms: ${verdict(quantile(wall, 0.5), target)}`}`);
}

/**
 * Polls `expression` until it is true. Not `page.waitForFunction`: given a string it builds a function with
 * `new Function`, which the extension page's CSP (no 'unsafe-eval') refuses.
 */
export async function waitInPage(page: Page, expression: string, timeoutMs = 600_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
