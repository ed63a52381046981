// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleBody } from './ArticleBody';
import { storedPictureUrls } from './stored-pictures';

describe('stored pictures in the saved copy', () => {
  beforeEach(() => document.body.replaceChildren());

  it('maps each stored address to one object URL', () => {
    const pictures = [
      { url: 'https://news.example/a.jpg', blob: new Blob(['a']) },
      { url: 'https://cdn.example/b.png', blob: new Blob(['b']) },
      { url: 'https://news.example/a.jpg', blob: new Blob(['again']) },
    ];
    let n = 0;
    expect([...storedPictureUrls(pictures, () => `blob:ext/${++n}`)]).toEqual([
      ['https://news.example/a.jpg', 'blob:ext/1'],
      ['https://cdn.example/b.png', 'blob:ext/2'],
    ]);
  });

  it('ArticleBody shows the stored copies in place of the addresses', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const stored = new Map([['https://news.example/a.jpg', 'blob:ext/1']]);
    render(<ArticleBody html={'<p>Text</p><figure><img src="https://news.example/a.jpg" alt="A"></figure>'} pictures={{ remote: false, stored }} />, root);
    expect([...root.querySelectorAll('img')].map((img) => img.getAttribute('src'))).toEqual(['blob:ext/1']);
  });
});
