import { describe, expect, it } from 'vitest';
import { summaryRepeatsOpening } from './summary-repeats-opening';

const LEAD = 'The county council approved on Tuesday a new road bridge over the river Wye at Ross, ending a ten-year debate about lorries in the town centre.';
const VOTE = 'Councillors voted 31 to 12 for the bridge after a four-hour debate in which the council leader called it the most important decision for the town in a generation.';
const COST = "The bridge will cost 48 million pounds, most of it from the government's levelling-up fund, and take three years to build.";
const TURN = 'But the Environment Agency has objected to the plans, warning that the piers of the bridge would raise the flood risk for homes downstream.';
const LATER = [
  'The Environment Agency can ask the government to call in the decision, which would delay the work by at least a year.',
  'Residents downstream said the flood risk had been ignored. "We were flooded in 2020 and nobody came," said one of them.',
  'The council said it would answer the objection before the end of the month, and that it still expected the work to start in spring.',
];
const ARTICLE = ['Ross gets its bridge', `${LEAD} ${VOTE} [1]`, COST, TURN, ...LATER].join('\n');

describe('summaryRepeatsOpening', () => {
  it.each([
    ['the whole first paragraph, past a heading and a citation marker', `${LEAD} ${VOTE}`, true],
    ['the lead and a turn from further down', `${LEAD} ${TURN}`, false],
    ['one sentence of a first paragraph twice as long', LEAD, false],
    ['no summary', '', false],
  ])('%s', (_, summary, repeats) => {
    expect(summaryRepeatsOpening(summary, ARTICLE)).toBe(repeats);
  });

  it('repeats the opening told in paragraphs of one sentence each', () => {
    expect(summaryRepeatsOpening(`${LEAD} ${TURN}`, [LEAD, TURN, COST, ...LATER].join('\n'))).toBe(true);
  });

  it('repeats an article hardly longer than its summary', () => {
    expect(summaryRepeatsOpening(`${LEAD} ${TURN}`, [LEAD, COST, TURN].join('\n'))).toBe(true);
  });
});
