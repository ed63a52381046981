import { describe, expect, it } from 'vitest';
import { fetchableAddresses, MAX_ARTICLE_BYTES, MAX_PICTURES, MAX_SIDE, PICTURE_TIMEOUT_MS, pictureTypeOf, resizedTypeFor, resizeTarget } from './limits';

describe('the limits', () => {
  it('are 20 pictures, 10 MB, 2,000 px and 15 s a picture', () => {
    expect([MAX_PICTURES, MAX_ARTICLE_BYTES, MAX_SIDE, PICTURE_TIMEOUT_MS]).toEqual([20, 10_485_760, 2000, 15_000]);
  });
});

describe('pictureTypeOf', () => {
  it.each([
    ['image/jpeg', 'image/jpeg'],
    ['IMAGE/JPEG; charset=binary', 'image/jpeg'],
    ['image/jpg', 'image/jpeg'],
    ['image/pjpeg', 'image/jpeg'],
    ['image/png', 'image/png'],
    ['image/gif', 'image/gif'],
    ['image/webp', 'image/webp'],
    ['image/avif', 'image/avif'],
  ])('keeps %s as %s', (header, type) => expect(pictureTypeOf(header)).toBe(type));

  it.each([['image/svg+xml'], ['text/html'], ['application/octet-stream'], ['image/x-icon'], [''], [null]])('refuses %s', (header) => {
    expect(pictureTypeOf(header)).toBeNull();
  });
});

describe('resizeTarget', () => {
  it.each([
    [2000, 1500, null],
    [1999, 2000, null],
    [400, 300, null],
    [2400, 1200, { width: 2000, height: 1000 }],
    [1200, 2400, { width: 1000, height: 2000 }],
    [4032, 3024, { width: 2000, height: 1500 }],
    [3001, 2001, { width: 2000, height: 1334 }],
    [10000, 3, { width: 2000, height: 1 }],
  ])('%i × %i → %j', (width, height, target) => expect(resizeTarget(width, height)).toEqual(target));
});

describe('resizedTypeFor', () => {
  it('keeps JPEG, PNG and WebP; writes WebP for what canvases cannot encode', () => {
    expect(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'].map(resizedTypeFor)).toEqual(['image/jpeg', 'image/png', 'image/webp', 'image/webp', 'image/webp']);
  });
});

describe('fetchableAddresses', () => {
  it('keeps http and https addresses once each, in order', () => {
    expect(
      fetchableAddresses([
        'https://news.example/a.jpg',
        'data:image/png;base64,AAAA',
        'http://cdn.example/b.png',
        'https://news.example/a.jpg',
        'blob:https://news.example/x',
        '/relative.jpg',
        'ftp://old.example/c.gif',
        '',
      ]),
    ).toEqual(['https://news.example/a.jpg', 'http://cdn.example/b.png']);
  });
});
