import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { removeRecapParagraphs, restatementOf } from './remove-recap-paragraphs';
import { testContext } from './test-context';

const cite = (id: string) => `<sup><a href="#source-${id}" data-source-id="${id}">[${id}]</a></sup>`;
const BODY = [
  `<p>The city council approved the new tram line on Tuesday after a debate that lasted late into the night, with nine votes in favour and four against the plan ${cite('1')}.</p>`,
  `<p>The line will connect the central station with the university campus and the hospital, and construction is expected to begin next spring if the funding holds ${cite('2')}.</p>`,
  `<p>Opponents argued that the budget had doubled since the project was first proposed and called for an independent review before any contract is signed ${cite('1')}.</p>`,
  `<p>Supporters said the tram would cut traffic in the centre, reduce pollution near schools and give students a faster route to the campus every morning ${cite('2')}.</p>`,
].join('');
const RECAP = 'Overall, the council approved the tram line, which will connect the station with the campus and the hospital, despite opponents who argued the budget had doubled, while supporters said it would cut traffic and pollution.';

describe('removeRecapParagraphs', () => {
  it('removes an unsourced closing paragraph that restates a sourced article', () => {
    const body = bodyOf(`<div>${BODY}<p>${RECAP}</p></div>`);
    expect(removeRecapParagraphs.removeFrom(body, testContext)).toEqual([{ rule: 'recap-paragraph', text: RECAP }]);
  });
  it('keeps a closing paragraph that brings something new', () => {
    const ending = 'A second vote on the bus network is scheduled for March, when the mayor will also present a plan for cycling lanes along the river and new parking rules.';
    const body = bodyOf(`<div>${BODY}<p>${ending}</p></div>`);
    expect(removeRecapParagraphs.removeFrom(body, testContext)).toEqual([]);
  });
  it('keeps a restating paragraph in an article without sources, even one that repeats it nearly word for word', () => {
    const unsourced = BODY.replace(/<sup>.*?<\/sup>/g, '');
    expect(removeRecapParagraphs.removeFrom(bodyOf(`<div>${unsourced}<p>${RECAP}</p></div>`), testContext)).toEqual([]);
    const echo = 'The city council approved the new tram line on Tuesday after a debate that lasted late into the night. The line will connect the central station with the university campus and the hospital.';
    expect(removeRecapParagraphs.removeFrom(bodyOf(`<div>${unsourced}<p>${echo}</p></div>`), testContext)).toEqual([]);
  });
  it('keeps an uncited conclusion of an article that cites only now and then', () => {
    const sparse = BODY.replace(/<sup>.*?<\/sup>/g, '').replace('plan .</p>', `plan ${cite('1')}.</p>`);
    expect(removeRecapParagraphs.removeFrom(bodyOf(`<div>${sparse}<p>${RECAP}</p></div>`), testContext)).toEqual([]);
  });
  it('measures restatement over content words and their pairs', () => {
    expect(restatementOf('tram line approved', 'the tram line was approved')).toEqual({ words: 1, pairs: 1 });
    expect(restatementOf('tram line approved', 'the tram line then got approved')).toEqual({ words: 1, pairs: 0.5 });
    expect(restatementOf('bus fares', 'tram line')).toEqual({ words: 0, pairs: 0 });
  });
});
