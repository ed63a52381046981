import { describe, expect, it } from 'vitest';
import { replacePictureAddresses, srcsetAddresses } from './picture-addresses';

const kept = new Map([
  ['https://cdn.news.example/m/cranes.jpg?w=800&q=80', 'FILE-1'],
  ['https://cdn.news.example/m/quay@2x.webp', 'FILE-2'],
  ['https://cdn.news.example/m/poster.jpg', 'FILE-3'],
]);
const replace = (html: string) => replacePictureAddresses(html, (url) => kept.get(url));

describe('pointing pictures at their kept copies', () => {
  it('replaces an img src given with its ampersands escaped, and leaves other pictures alone', () => {
    expect(replace('<p><img alt="Cranes" src="https://cdn.news.example/m/cranes.jpg?w=800&amp;q=80" width="800"><img src="https://elsewhere.example/x.png" alt="x"></p>')).toBe(
      '<p><img src="FILE-1" alt="Cranes" width="800"><img src="https://elsewhere.example/x.png" alt="x"></p>',
    );
  });

  it('gives an img the first kept candidate of its srcset as its src, dropping the srcset', () => {
    expect(replace('<img src="https://cdn.news.example/m/quay.jpg" srcset="https://cdn.news.example/m/quay.webp 1x, https://cdn.news.example/m/quay@2x.webp 2x" alt="Quay">')).toBe(
      '<img src="FILE-2" alt="Quay">',
    );
    expect(replace('<img srcset="https://cdn.news.example/m/quay@2x.webp 2x" alt="Quay">')).toBe('<img src="FILE-2" alt="Quay">');
  });

  it('turns a picture element naming a kept picture into its img alone, showing that picture', () => {
    expect(replace('<picture><source srcset="https://cdn.news.example/m/quay.webp 1x, https://cdn.news.example/m/quay@2x.webp 2x" type="image/webp"><img src="https://cdn.news.example/m/quay.jpg" alt="Quay"></picture>')).toBe(
      '<picture><img src="FILE-2" alt="Quay"></picture>',
    );
    const unknown = '<picture><source srcset="https://elsewhere.example/a.webp"><img src="https://elsewhere.example/a.jpg" alt="A"></picture>';
    expect(replace(unknown)).toBe(unknown);
  });

  it('replaces a video’s poster and a lone source’s srcset', () => {
    expect(replace('<video poster="https://cdn.news.example/m/poster.jpg" controls=""></video>')).toBe('<video poster="FILE-3" controls=""></video>');
    expect(replace('<source srcset="https://elsewhere.example/a.webp 1x, https://cdn.news.example/m/quay@2x.webp 2x">')).toBe('<source srcset="FILE-2">');
  });

  it('never touches text that only looks like an attribute, or a link to a kept picture', () => {
    const html = '<p>src="https://cdn.news.example/m/poster.jpg" &lt;img src="https://cdn.news.example/m/poster.jpg"&gt;</p><a href="https://cdn.news.example/m/poster.jpg">poster</a>';
    expect(replace(html)).toBe(html);
  });

  it('escapes a replacement for its attribute', () => {
    expect(replacePictureAddresses('<img src="https://a.example/x.jpg">', () => 'a "b" & c')).toBe('<img src="a &quot;b&quot; &amp; c">');
  });

  it('reads a srcset’s addresses without their descriptors', () => {
    expect(srcsetAddresses(' https://a.example/1.jpg 480w,  https://a.example/2.jpg 960w,https://a.example/3.jpg')).toEqual(['https://a.example/1.jpg', 'https://a.example/2.jpg', 'https://a.example/3.jpg']);
    expect(srcsetAddresses('https://cdn.example/w_400,h_300/a.jpg 1x,https://cdn.example/b.jpg, https://cdn.example/c.jpg 2x')).toEqual([
      'https://cdn.example/w_400,h_300/a.jpg',
      'https://cdn.example/b.jpg',
      'https://cdn.example/c.jpg',
    ]);
  });
});
