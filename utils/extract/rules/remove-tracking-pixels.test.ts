import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { removeTrackingPixels } from './remove-tracking-pixels';
import { testContext } from './test-context';

/** What is left of the pictures, links and media after the rule: tag and address, in order. */
function left(body: HTMLElement): string[] {
  return Array.from(body.querySelectorAll('img, picture, source, a, link, track, video')).map((el) =>
    [el.tagName.toLowerCase(), el.getAttribute('src') ?? el.getAttribute('srcset') ?? el.getAttribute('href') ?? '', el.hasAttribute('ping') ? 'ping' : ''].filter(Boolean).join(' '),
  );
}

describe('removeTrackingPixels', () => {
  it('removes 1×1, 2×2 and hidden images, naming each address, and keeps the article’s pictures', () => {
    const body = bodyOf(`
      <p>The ferries will run all night from June.</p>
      <figure><img src="https://cdn.news.example/m/ferry-1200.jpg" width="1200" height="675" alt="A night ferry"></figure>
      <img src="https://stats.outlet-metrics.example/p.gif?uid=reader-123" width="1" height="1" alt="">
      <img src="//ads.example/pixel-1x1.gif" style="width:2px;height:2px">
      <img src="https://counter.example/c.png" hidden>
      <img src="https://counter.example/d.png" style="display:none">
      <img src="https://cdn.news.example/m/icon.svg" width="24" height="24" alt="Audio">`);
    expect(removeTrackingPixels.removeFrom(body, testContext)).toEqual([
      { rule: 'tracking-pixel', text: 'https://stats.outlet-metrics.example/p.gif?uid=reader-123' },
      { rule: 'tracking-pixel', text: 'https://ads.example/pixel-1x1.gif' },
      { rule: 'tracking-pixel', text: 'https://counter.example/c.png' },
      { rule: 'tracking-pixel', text: 'https://counter.example/d.png' },
    ]);
    expect(left(body)).toEqual(['img https://cdn.news.example/m/ferry-1200.jpg', 'img https://cdn.news.example/m/icon.svg']);
  });

  it('removes a picture whose address names its viewer or campaign on a host the article’s pictures do not use', () => {
    const body = bodyOf(`
      <img src="https://cdn.news.example/m/quay.jpg?w=800&amp;q=80" alt="The quay">
      <img src="https://img.mailer.example/open.png?subscriber_id=88&amp;utm_campaign=june" alt="">
      <img src="https://cdn.news.example/m/map.png?utm_source=rss" alt="Route map">
      <img src="https://news.example/graphics/timetable.png?cid=5" alt="Timetable">`);
    expect(removeTrackingPixels.removeFrom(body, testContext)).toEqual([
      { rule: 'tracking-pixel', text: 'https://img.mailer.example/open.png?subscriber_id=88&utm_campaign=june' },
    ]);
    expect(left(body)).toEqual([
      'img https://cdn.news.example/m/quay.jpg?w=800&q=80',
      'img https://cdn.news.example/m/map.png?utm_source=rss',
      'img https://news.example/graphics/timetable.png?cid=5',
    ]);
  });

  it('removes images on a tracker’s host and the <picture> around one, keeping lazy pictures whatever their stand-in’s size', () => {
    const body = bodyOf(`
      <picture><source srcset="https://pixel.wp.example/g.gif?v=1"><img src="https://pixel.wp.example/g.gif"></picture>
      <img src="https://news.example/blank.gif" width="1" height="1" data-src="https://cdn.news.example/m/harbour.jpg" alt="The harbour">`);
    expect(removeTrackingPixels.removeFrom(body, testContext)).toEqual([{ rule: 'tracking-pixel', text: 'https://pixel.wp.example/g.gif' }]);
    expect(left(body)).toEqual(['img https://news.example/blank.gif']);
  });

  it('drops ping from links, prefetch and preconnect hints, and text tracks from other hosts', () => {
    const body = bodyOf(`
      <p><a href="https://harbour.example/timetable" ping="https://beacon.news.example/click?id=9">the timetable</a></p>
      <link rel="preconnect" href="https://fonts.example"><link rel="dns-prefetch" href="//cdn.ads.example"><link rel="stylesheet" href="/site.css">
      <video src="https://video.news.example/ferry.mp4">
        <track kind="captions" src="https://video.news.example/ferry.vtt">
        <track kind="metadata" src="https://telemetry.example/t.vtt?session=1">
        <track kind="subtitles" src="/subs/ferry-fr.vtt">
      </video>`);
    expect(removeTrackingPixels.removeFrom(body, testContext)).toEqual([
      { rule: 'tracking-pixel', text: 'https://beacon.news.example/click?id=9' },
      { rule: 'tracking-pixel', text: 'https://fonts.example/' },
      { rule: 'tracking-pixel', text: 'https://cdn.ads.example/' },
      { rule: 'tracking-pixel', text: 'https://telemetry.example/t.vtt?session=1' },
    ]);
    expect(left(body)).toEqual([
      'a https://harbour.example/timetable',
      'link /site.css',
      'video https://video.news.example/ferry.mp4',
      'track https://video.news.example/ferry.vtt',
      'track /subs/ferry-fr.vtt',
    ]);
  });
});
