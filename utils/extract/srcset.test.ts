import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { joinSrcset, parseSrcset } from './srcset';
import { makeLinksAbsolute } from './links';

describe('srcset', () => {
  it.each([
    ['a.jpg 1x, b.jpg 2x', [{ address: 'a.jpg', descriptor: '1x' }, { address: 'b.jpg', descriptor: '2x' }]],
    // An image CDN's crop parameters hold commas; the address is still one run of non-spaces.
    ['/p.jpg?resize=80,80&q=65 80w,/p.jpg?resize=865,452 865w', [{ address: '/p.jpg?resize=80,80&q=65', descriptor: '80w' }, { address: '/p.jpg?resize=865,452', descriptor: '865w' }]],
    ['data:image/png;base64,AAAA 1x, ok.png 2x', [{ address: 'data:image/png;base64,AAAA', descriptor: '1x' }, { address: 'ok.png', descriptor: '2x' }]],
    ['one.jpg,two.jpg', [{ address: 'one.jpg,two.jpg', descriptor: '' }]],
    ['one.jpg, two.jpg', [{ address: 'one.jpg', descriptor: '' }, { address: 'two.jpg', descriptor: '' }]],
    // Commas after an address end it, however many.
    ['a.jpg,,, b.jpg 2x', [{ address: 'a.jpg', descriptor: '' }, { address: 'b.jpg', descriptor: '2x' }]],
    ['a.jpg,,', [{ address: 'a.jpg', descriptor: '' }]],
    [',,, ,', []],
    ['', []],
  ])('%s', (value, candidates) => {
    expect(parseSrcset(value)).toEqual(candidates);
  });

  it('is written back with one space before each descriptor', () => {
    expect(joinSrcset(parseSrcset(' a.jpg   800w ,\n b.jpg'))).toBe('a.jpg 800w, b.jpg');
  });

  it('makes each address absolute without cutting one at its commas', () => {
    const body = bodyOf('<img src="/p.jpg" srcset="/p.jpg?resize=80,80&amp;q=65 80w,/p.jpg?resize=865,452 865w">');
    makeLinksAbsolute(body, 'https://news.example/2025/story');
    expect(body.querySelector('img')?.getAttribute('srcset')).toBe('https://news.example/p.jpg?resize=80,80&q=65 80w, https://news.example/p.jpg?resize=865,452 865w');
  });
});
