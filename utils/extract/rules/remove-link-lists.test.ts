import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeLinkLists } from './remove-link-lists';
import { testContext } from './test-context';

describe('removeLinkLists', () => {
  it('removes an unlabelled rail of story links', () => {
    const body = bodyOf(`<p>Story text that runs for a while.</p><div><p><b>TIME TRAVELLER</b> <a href="/a">Spotted in a 120-year-old picture</a></p>
      <p><b>EYE POPPING</b> <a href="/b">Strongman has tricep removed</a></p><p><a href="/c">Five things to watch in the cup final</a></p></div>`);
    expect(removeLinkLists.removeFrom(body, testContext)).toEqual([
      { rule: 'link-list', text: 'TIME TRAVELLER Spotted in a 120-year-old picture\nEYE POPPING Strongman has tricep removed\nFive things to watch in the cup final' },
    ]);
    expect(blockText(body)).toBe('Story text that runs for a while.');
  });
  it('keeps a table of contents, cited lists and prose with many links', () => {
    const body = bodyOf(`<ul><li><a href="#one">One</a></li><li><a href="#two">Two</a></li><li><a href="#three">Three</a></li></ul>
      <ul><li><a href="https://a.example">Report</a> <a href="#source-1" data-source-id="1">[1]</a></li><li><a href="https://b.example">Data</a></li><li><a href="https://c.example">Charts</a></li></ul>
      <p>The report by <a href="https://a.example">the institute</a> and <a href="https://b.example">the ministry</a> agreed with <a href="https://c.example">earlier work</a> on most points, though not on the cost of the scheme.</p>`);
    expect(removeLinkLists.removeFrom(body, testContext)).toEqual([]);
  });
});
