/**
 * What a section of the speed bench is given and gives back. bench/speed.ts runs the sections; each lives in
 * its own file and imports only this, so no section imports the runner.
 */
import type { CorpusPage } from './corpus';

export interface SpeedOptions {
  corpus: string;
  skipCli: boolean;
  skipBrowser: boolean;
  /** Only the first N corpus pages (quick checks); all by default. */
  limit: number;
}

/** One ratio with its target, for the summary at the end. */
export interface SpeedVerdict {
  label: string;
  ratio: number;
  target: number;
  /** `at least` for a speed-up that must reach its target; by default a ratio must stay at or under it. */
  bound?: 'at most' | 'at least';
}

export interface SpeedSection {
  name: string;
  run(pages: readonly CorpusPage[], options: SpeedOptions): Promise<SpeedVerdict[]> | SpeedVerdict[];
}
