import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removePageAddressLines } from './remove-page-address-lines';
import { testContext } from './test-context';

describe('removePageAddressLines', () => {
  it('removes the print header that spells out the page\'s own address, with or without www, slash or query', () => {
    const body = bodyOf(`<div class="print-header"><img src="/print-logo.png" alt="print header logo"> <span>https://www.news.example/2025/story/</span></div>
      <p>The council approved the new tram line on Tuesday night.</p><p>www.news.example/2025/story?ref=print</p>`);
    expect(removePageAddressLines.removeFrom(body, testContext).map((r) => r.text)).toEqual(['https://www.news.example/2025/story/', 'www.news.example/2025/story?ref=print']);
    expect(blockText(body)).toBe('The council approved the new tram line on Tuesday night.');
  });

  it('reads the page\'s address with any number of slashes after it', () => {
    const body = bodyOf(`<p>https://news.example/2025/story///</p><p>https://news.example/2025/story-two//</p><p>The council met.</p>`);
    expect(removePageAddressLines.removeFrom(body, testContext).map((r) => r.text)).toEqual(['https://news.example/2025/story///']);
  });

  it('keeps addresses of other pages and sentences around the page\'s own', () => {
    const body = bodyOf(`<p>https://www.news.example/2025/other-story</p><p>https://council.example/2025/story</p>
      <p>Read it at https://news.example/2025/story today, or at <a href="/2025/story">https://news.example/2025/story</a>.</p>`);
    expect(removePageAddressLines.removeFrom(body, testContext)).toEqual([]);
  });
});
