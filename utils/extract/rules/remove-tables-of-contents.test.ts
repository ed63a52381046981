import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeTablesOfContents } from './remove-tables-of-contents';
import { testContext } from './test-context';

const sections = `<h2 id="why">Why earn a certificate online?</h2><p>Certificates take months, not years, and cost far less than a degree.</p>
  <h2 id="top">1. Southern Lakes University</h2><p>Four undergraduate and nineteen graduate certificates, all online.</p>
  <h2 id="faq">Frequently asked questions</h2><p>Most programs accept students every term.</p>`;

describe('removeTablesOfContents', () => {
  it('removes a titled list of links to the article\'s own headings, with its title', () => {
    const body = bodyOf(`<p>Online certificates are a quick way to learn a trade.</p>
      <div class="toc"><p class="toc-title">Table of Contents</p><ul><li><a href="#why">Why Earn a Certificate Online?</a></li>
      <li><a href="#top">1. Southern Lakes University</a><ul><li><a href="#faq">FAQ and frequently asked questions</a></li></ul></li></ul></div>${sections}`);
    expect(removeTablesOfContents.removeFrom(body, testContext)).toEqual([
      { rule: 'table-of-contents', text: 'Table of Contents\nWhy Earn a Certificate Online?\n1. Southern Lakes University\nFAQ and frequently asked questions' },
    ]);
    expect(blockText(body).split('\n')[1]).toBe('Why earn a certificate online?');
  });

  it('takes links written as the page address with a fragment, and a "Jump to:" line before the list', () => {
    const context = { ...testContext, url: 'https://guides.example/certificates/' };
    const body = bodyOf(`<p>Jump to:</p><ol><li><a href="https://guides.example/certificates/#why">Why earn a certificate online</a></li>
      <li><a href="https://guides.example/certificates/#top">Southern Lakes University</a></li><li><a href="https://guides.example/certificates/#faq">Frequently asked questions</a></li></ol>${sections}`);
    expect(removeTablesOfContents.removeFrom(body, context).map((r) => r.text)).toEqual(['Jump to:\nWhy earn a certificate online\nSouthern Lakes University\nFrequently asked questions']);
  });

  it('keeps notes with back-links, in-page links that name no heading, links to other pages, and a list with no title or after a sentence', () => {
    const body = bodyOf(`<ol><li>The survey of 2,000 students, spring term. <a href="#m1">↩</a></li><li>Figures from the state registry, which lists every school. <a href="#m2">↩</a></li><li>Interview with the dean. <a href="#m3">↩</a></li></ol>
      <ul><li><a href="#a">A</a></li><li><a href="#b">B</a></li><li><a href="#c">C</a></li></ul>
      <p>Contents</p><ul><li><a href="/why">Why earn a certificate online?</a></li><li><a href="/top">1. Southern Lakes University</a></li><li><a href="/faq">Frequently asked questions</a></li></ul>
      <p>Great! Let's do this:</p><ul><li><a href="#why">Why earn a certificate online?</a></li><li><a href="#top">1. Southern Lakes University</a></li><li><a href="#faq">Frequently asked questions</a></li></ul>
      <p>Plain text between the lists.</p><ul><li><a href="#why">Why earn a certificate online?</a></li><li><a href="#top">1. Southern Lakes University</a></li><li><a href="#faq">Frequently asked questions</a></li></ul>${sections}`);
    expect(removeTablesOfContents.removeFrom(body, testContext)).toEqual([]);
  });
});
