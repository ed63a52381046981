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

  it('keeps a data table of linked names, a block that introduces its own list, and a list of bare addresses', () => {
    const body = bodyOf(`<table><thead><tr><th>Company</th><th>Revenue</th></tr></thead><tbody><tr><td><a href="/q">Quanta Services Inc.</a></td><td>$7.7B</td></tr>
      <tr><td><a href="/m">MYR Group Inc.</a></td><td>$2.5B</td></tr><tr><td><a href="/t">MasTec Inc.</a></td><td>$2.4B</td></tr></tbody></table>
      <div><h2>Compiler patches</h2><p>Many patches were sent for review:</p><ul><li><a href="https://lists.example/1">Support floating point types</a></li>
      <li><a href="https://lists.example/2">Allow casts between integers and pointers</a></li><li><a href="https://lists.example/3">Add the weak variable attribute</a></li></ul></div>
      <ul><li><a href="https://doi.example/10.1/a">https://doi.example/10.1/a</a></li><li><a href="https://journal.example/pmc/3662288">https://journal.example/pmc/3662288</a></li><li><a href="https://library.example/clc.22863">https://library.example/clc.22863</a></li></ul>`);
    expect(removeLinkLists.removeFrom(body, testContext)).toEqual([]);
  });

  it('keeps a list the article announces, and one inside running text', () => {
    const body = bodyOf(`<p>Google offers free courses on its own platform, each with a certificate. Here are some of them:</p>
      <ul><li><a href="https://learn.example/ads">Ads Certification</a></li><li><a href="https://learn.example/analytics">Analytics Certification</a></li><li><a href="https://learn.example/shopping">Shopping Certification</a></li></ul>
      <p>Each course takes a few hours and ends with an online test that you can retake the next day.</p>
      <ul><li><a href="https://git.example/1">Fix the parser</a></li><li><a href="https://git.example/2">Speed up the cache</a></li><li><a href="https://git.example/3">Name the failing line</a></li></ul>
      <p>All three patches were merged in the same week, which is a record for the project so far.</p>`);
    expect(removeLinkLists.removeFrom(body, testContext)).toEqual([]);
  });

  it('still removes a list under a related-stories label, and a rail after the last paragraph', () => {
    const body = bodyOf(`<p>Story text that runs for a while and then ends, as stories do, with a last sentence.</p>
      <p>Read also:</p><ul><li><a href="/a">Junta extends transition</a></li><li><a href="/b">Kremlin reshuffles posts</a></li><li><a href="/c">Miners face new rules</a></li></ul>
      <p>The story goes on for one more paragraph of ordinary reporting with no links in it at all.</p>
      <ul><li><a href="/d">Budget vote delayed</a></li><li><a href="/e">Monsoon floods coastal towns</a></li><li><a href="/f">Cup final preview</a></li></ul>`);
    expect(removeLinkLists.removeFrom(body, testContext).map((r) => r.text)).toEqual([
      'Junta extends transition\nKremlin reshuffles posts\nMiners face new rules',
      'Budget vote delayed\nMonsoon floods coastal towns\nCup final preview',
    ]);
  });

  it('removes headlines of the site\'s other stories slipped between two paragraphs', () => {
    const story = { ...testContext, url: 'https://news.example/science/2025/europa-water-vapour-confirmed' };
    const body = bodyOf(`<p>Scientists have confirmed water vapour above the surface of Europa, one of the moons of Jupiter.</p>
      <ul><li><a href="/science/2025/europa-mission-signs-of-life">Mission could spot signs of life</a></li><li><a href="/science/2024/icy-moon-photos">Photos of the icy moon</a></li><li><a href="/science/2025/twin-telescopes">Twin telescopes on the mountain</a></li></ul>
      <p>The finding strengthens the case for a lander, although no mission has been funded to build one yet.</p>`);
    expect(removeLinkLists.removeFrom(body, story).map((r) => r.text)).toEqual(['Mission could spot signs of life\nPhotos of the icy moon\nTwin telescopes on the mountain']);
  });

  it('keeps a list of picks on other sites, unless a related-stories label announces it', () => {
    const body = bodyOf(`<p>Every machine in this test came with a recipe book, but the best bread came from these.</p>
      <ul><li><a href="https://books.example/complete-bread-machine">The Complete Bread Machine Cookbook</a></li><li><a href="https://books.example/sourdough-at-home">Sourdough at Home</a></li><li><a href="https://shop.example/rye">Rye and Spelt Loaves</a></li></ul>
      <p>Read also:</p><ul><li><a href="https://partner.example/a">Ten gadgets for your kitchen</a></li><li><a href="https://partner.example/b">Why toast tastes better</a></li><li><a href="https://partner.example/c">A baker's week</a></li></ul>`);
    expect(removeLinkLists.removeFrom(body, testContext).map((r) => r.text)).toEqual(['Ten gadgets for your kitchen\nWhy toast tastes better\nA baker\'s week']);
    expect(blockText(body)).toContain('Sourdough at Home');
  });
});
