import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { imageAddresses, imageFileName, imageFileNames, largestSrcsetWidth, loadLazyImage } from './image-address';

const BASE = 'https://news.example/2025/story';
const imgOf = (html: string): Element => bodyOf(html).firstElementChild!;

describe('image addresses', () => {
  it.each([
    ['<img src="/media/bridge.jpg">', ['https://news.example/media/bridge.jpg']],
    ['<img src="a.jpg" srcset="/m/a-400.jpg 400w, /m/a-800.jpg 800w">', ['https://news.example/2025/a.jpg', 'https://news.example/m/a-400.jpg', 'https://news.example/m/a-800.jpg']],
    // A lazy-loading page: the address waits in a data attribute, src holds a placeholder.
    ['<img src="data:image/gif;base64,R0lGOD" data-src="/media/bridge.jpg">', ['https://news.example/media/bridge.jpg']],
    ['<img src="/static/blank.gif" data-lazy-srcset="/m/a-400.jpg 400w, /m/a-800.jpg 800w">', ['https://news.example/m/a-400.jpg', 'https://news.example/m/a-800.jpg']],
    // Which data attributes hold an address, which a srcset, and which neither.
    ['<img data-src=" /m/a.JPEG?w=800#top " data-full="/m/b.png" data-set="/m/c.webp?x=1 2x,/m/d.avif 1.5x" data-caption="a.jpg and b.jpg" data-x="a.gif#"> ', ['https://news.example/m/a.JPEG?w=800#top', 'https://news.example/m/b.png', 'https://news.example/2025/a.gif#', 'https://news.example/m/c.webp?x=1', 'https://news.example/m/d.avif']],
    ['<img data-a=".jpg" data-b="x.jpgs" data-c="https://x.example/p.jpg/ 800w" data-d="photo.png.gif?" data-e="/m/e.gif 400">', ['https://news.example/2025/photo.png.gif?', 'https://x.example/p.jpg/']],
    ['<img src="/assets/ajax-loader.gif">', []],
    ['<img src="https://stats.example/collect/p.gif">', []],
    ['<img src="https://news.example/t/pixel.gif">', []],
    // A subject's name is not a placeholder's nor a tracker's.
    ['<img src="/m/grey-whale.jpg" srcset="/m/google-pixel-4.jpg 800w">', ['https://news.example/m/grey-whale.jpg', 'https://news.example/m/google-pixel-4.jpg']],
    ['<img src="https://ad.doubleclick.net/ddm/activity/x.gif">', []],
    ['<img src="javascript:alert(1)">', []],
    ['<img data-caption="A photo.jpg of the bridge">', []],
  ])('%s', (html, addresses) => {
    expect(imageAddresses(imgOf(html), BASE)).toEqual(addresses);
  });

  it.each([
    ['https://cdn.example/w_800/Bridge-Dawn-1024x576.jpg?itok=x', 'bridge-dawn.jpg'],
    ['https://cdn.example/photos/bridge%20dawn.JPG', 'bridge dawn.jpg'],
    ['https://cdn.example/photos/', null],
  ])('the file of %s is %s', (address, name) => {
    expect(imageFileName(address)).toBe(name);
  });

  it('the file of a relative address, against a base', () => {
    expect(imageFileName('/m/Bridge-800x450.jpg', BASE)).toBe('bridge.jpg');
    expect(imageFileName('/m/bridge.jpg')).toBeNull();
  });

  it('the file names of a picture, its sources and fallback together', () => {
    const picture = imgOf('<picture><source srcset="/m/bridge.webp 1200w"><img src="/m/bridge-600x400.jpg"></picture>');
    expect(imageFileNames(picture, BASE)).toEqual(new Set(['bridge.webp', 'bridge.jpg']));
  });

  it('the largest width a srcset offers', () => {
    expect(largestSrcsetWidth('/a.jpg 80w, /b.jpg 160w')).toBe(160);
    expect(largestSrcsetWidth('/a.jpg 1x, /b.jpg 2x')).toBeNull();
  });

  it('a lazy copy gets the addresses its script would give it; a placeholder goes', () => {
    const picture = imgOf('<picture><source data-srcset="/m/b.webp 800w"><img src="/static/placeholder.png" data-src="/m/b.jpg"></picture>');
    loadLazyImage(picture, BASE);
    expect(picture.outerHTML).toBe('<picture><source data-srcset="/m/b.webp 800w" srcset="/m/b.webp 800w"><img src="https://news.example/m/b.jpg" data-src="/m/b.jpg"></picture>');
    const srcsetOnly = imgOf('<img src="/static/blank.gif" data-srcset="/m/c-300.jpg 300w, /m/c-1170.jpg 1170w, /m/c-720.jpg 720w">');
    loadLazyImage(srcsetOnly, BASE);
    expect(srcsetOnly.outerHTML).toBe('<img data-srcset="/m/c-300.jpg 300w, /m/c-1170.jpg 1170w, /m/c-720.jpg 720w" srcset="/m/c-300.jpg 300w, /m/c-1170.jpg 1170w, /m/c-720.jpg 720w" src="https://news.example/m/c-1170.jpg">');
    const none = imgOf('<img src="/static/placeholder.png">');
    loadLazyImage(none, BASE);
    expect(none.outerHTML).toBe('<img>');
  });
});
