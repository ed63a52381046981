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
