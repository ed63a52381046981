import { describe, expect, it } from 'vitest';
import { vocabularyOf } from './summary-vocabulary';

describe('vocabularyOf', () => {
  it('weighs the capitalised words inside sentences as names, not those opening one or after a quote or a colon', () => {
    const { story } = vocabularyOf([
      'Reporters saw Mayor Okafor and Jones.',
      'Then mayor okafor left.  \t Jones stayed: Smith waved; Brown laughed!',
      'Later smith and brown said "Reporters wrote" \t « Stayed » then!',
    ]);
    // Each word of the story is said twice: log(3), times the name weight for a name.
    expect([...story].map(([word, weight]) => [word, weight > Math.log(3) + 1e-9]).sort()).toEqual([
      ['brown', false],
      ['jones', true],
      ['mayor', true],
      ['okafor', true],
      ['reporters', false],
      ['smith', false],
      ['stayed', false],
    ]);
  });
});
