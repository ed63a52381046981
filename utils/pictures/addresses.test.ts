// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { pictureAddressesOf } from './addresses';

describe('pictureAddressesOf', () => {
  it('gives each picture’s img src once, in reading order: the lead picture, figures and <picture> elements', () => {
    const html = `
      <figure><img src="https://news.example/lead.jpg" alt="Lead"></figure>
      <p>Text <img src="https://cdn.example/inline.png" srcset="https://cdn.example/inline-2x.png 2x" alt=""></p>
      <picture><source srcset="https://cdn.example/wide.webp" type="image/webp"><img src="https://cdn.example/wide.jpg" alt="Wide"></picture>
      <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="">
      <img alt="no address">
      <figure><img src="https://news.example/lead.jpg" alt="Lead again"></figure>
      <video poster="https://cdn.example/poster.jpg"></video>`;
    expect(pictureAddressesOf(html, window)).toEqual(['https://news.example/lead.jpg', 'https://cdn.example/inline.png', 'https://cdn.example/wide.jpg']);
  });

  it('gives nothing for an article without pictures', () => {
    expect(pictureAddressesOf('<p>Only words.</p>', window)).toEqual([]);
  });
});
