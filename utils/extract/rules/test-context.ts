import type { RuleContext } from '../types';

/** A neutral context for rule tests that do not depend on the headline or byline. */
export const testContext: RuleContext = {
  url: 'https://news.example/2025/story',
  headline: { headline: 'Council approves the new tram line', subtitle: null, alternateHeadlines: [] },
  byline: null,
  publishedTime: null,
};
