// @vitest-environment node
/**
 * The two stages run in two places: the page stage in the page (its result crosses executeScript as a
 * structured clone), the finish stage in an extension page with a DOM of its own. Run that way, they must give
 * exactly the article the CLI gives by running both in one document.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { FIXTURES_DIR, SHARED_DIR, fixtureUrl } from '../../tests/helpers';
import { readFileSync } from 'node:fs';
import { extractArticle } from '.';
import { extractFromPage } from './page-stage';
import { finishArticle } from './finish';
import { blockFingerprint } from './fingerprint';

const pages: [string, string][] = [
  ['seed-news-page.html', readFileSync(path.join(SHARED_DIR, 'fixtures/seed-news-page.html'), 'utf8')],
  ...readdirSync(path.join(FIXTURES_DIR, 'pages'))
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name, readFileSync(path.join(FIXTURES_DIR, 'pages', name), 'utf8')] as [string, string]),
];

describe('page stage, then finish stage elsewhere', () => {
  // The extension page's window: another document than the page's.
  const extensionPage = new JSDOM('<!doctype html><title>popup</title>', { url: 'chrome-extension://abcdef/popup.html' }).window as unknown as Window & typeof globalThis;

  it.each(pages)('%s', (_name, html) => {
    const url = fixtureUrl(html) ?? 'https://news.example/2025/06/07/story';
    const inOneDocument = extractArticle(parsePage(html, url), { url });
    const read = extractFromPage(parsePage(html, url), { url });
    const finished = read && finishArticle(structuredClone(read), extensionPage);
    expect(finished).toEqual(inOneDocument);
  });

  it('the page stage hands over the page HTML unsanitized, and only the finish stage sanitizes it', () => {
    const html = readFileSync(path.join(FIXTURES_DIR, 'pages/hostile.html'), 'utf8');
    const url = fixtureUrl(html);
    const read = extractFromPage(parsePage(html, url), { url })!;
    const finished = finishArticle(structuredClone(read), extensionPage)!;
    expect(read.contentHtml).toMatch(/onerror|onclick|javascript:/i);
    expect(finished.contentHtml).not.toMatch(/onerror|onclick|javascript:/i);
  });
});

describe('the post-clean runs in the finish stage', () => {
  const extensionPage = new JSDOM('<!doctype html><title>popup</title>', { url: 'chrome-extension://abcdef/popup.html' }).window as unknown as Window & typeof globalThis;
  const html = readFileSync(path.join(SHARED_DIR, 'fixtures/seed-news-page.html'), 'utf8');
  const url = 'https://meridian-post.example/2025/06/07/story';

  it('the page stage leaves what Readability kept; the finish stage removes it after the page stage removals, each with its place and HTML', () => {
    const read = extractFromPage(parsePage(html, url), { url })!;
    expect(read.removed.map((r) => r.rule)).not.toContain('recap-paragraph');
    expect(read.contentHtml).toContain('Russian politics and general news continue');
    const finished = finishArticle(structuredClone(read), extensionPage)!;
    expect(finished.removed.slice(0, read.removed.length).map((r) => r.rule)).toEqual(read.removed.map((r) => r.rule));
    const recap = finished.removed.find((r) => r.rule === 'recap-paragraph')!;
    expect(finished.removed.indexOf(recap)).toBeGreaterThanOrEqual(read.removed.length);
    expect(recap.html).toMatch(/^<p>Russian politics and general news continue/);
    expect(recap.place?.after).toMatch(/\S/);
    expect(finished.textContent).not.toContain('Russian politics and general news continue');
  });

  it("the reader's keep rules reach the finish stage's rules", () => {
    const read = extractFromPage(parsePage(html, url), { url })!;
    const recap = finishArticle(structuredClone(read), extensionPage)!.removed.find((r) => r.rule === 'recap-paragraph')!;
    const keep = [{ site: 'meridian-post.example', rule: 'recap-paragraph', fingerprint: blockFingerprint(recap.text) }];
    const kept = extractFromPage(parsePage(html, url), { url, keep })!;
    expect(kept.keptBlocks).toEqual([`recap-paragraph\n${blockFingerprint(recap.text)}`]);
    const finished = finishArticle(structuredClone(kept), extensionPage)!;
    expect(finished.removed.map((r) => r.rule)).not.toContain('recap-paragraph');
    expect(finished.textContent).toContain('Russian politics and general news continue');
  });
});
