/**
 * One toolbar click, from the click to the article shown in the popup, split by the popup's own performance marks
 * (`clearpress:main`, `extract-start`, `extract-end`, `finished`) and `document.body.dataset.shownAt`, which the
 * popup writes after the article rendered, on the same wall clock as the click. The popup benches share it.
 */
import type { TargetSession } from '../e2e/chromium';

export interface PopupPhases {
  total: number;
  browserOpens: number;
  codeStarts: number;
  injectionStarts: number;
  extraction: number;
  finishing: number;
  render: number;
  headline: string;
}

export async function readPopupPhases(popup: TargetSession, clickedAt: number): Promise<PopupPhases> {
  const t = await popup.evaluate<{ origin: number; shownAt: number; headline: string; marks: Record<string, number> }>(
    `({ origin: performance.timeOrigin, shownAt: Number(document.body.dataset.shownAt), headline: document.querySelector('h1.headline')?.textContent ?? '',
        marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])) })`,
  );
  const main = t.marks['clearpress:main'] ?? 0;
  const start = t.marks['clearpress:extract-start'] ?? main;
  const end = t.marks['clearpress:extract-end'] ?? start;
  const finished = t.marks['clearpress:finished'] ?? end;
  return {
    total: t.shownAt - clickedAt,
    browserOpens: t.origin - clickedAt,
    codeStarts: main,
    injectionStarts: start - main,
    extraction: end - start,
    finishing: finished - end,
    render: t.shownAt - t.origin - finished,
    headline: t.headline,
  };
}
