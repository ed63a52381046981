import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Readability } from '@mozilla/readability';
import { parsePage } from '../cli/dom';
import { extractArticle } from '../utils/extract';
import type { Article } from '../utils/extract/types';
import { blockText } from '../utils/extract/text';

export const FIXTURES_DIR = path.resolve(__dirname, 'fixtures');
export const SHARED_DIR = path.resolve(__dirname, '../../shared');

export function readFixture(name: string): string {
  return readFileSync(path.join(FIXTURES_DIR, name), 'utf8');
}

/** The fixture's URL is in a `<link rel=canonical>` or a leading `<!-- url: ... -->` comment. */
export function fixtureUrl(html: string): string | null {
  return html.match(/<!--\s*url:\s*(\S+)\s*-->/)?.[1] ?? html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? null;
}

export function extractFixture(name: string): Article | null {
  const html = readFixture(name);
  const url = fixtureUrl(html);
  return extractArticle(parsePage(html, url), { url });
}

export function extractHtml(html: string, url: string | null = 'https://news.example/2025/story'): Article | null {
  return extractArticle(parsePage(html, url), { url });
}

/** A `<body>` holding `html`, in its own inert document, for testing one rule. */
export function bodyOf(html: string, url = 'https://news.example/2025/story'): HTMLElement {
  return parsePage(`<!DOCTYPE html><html><head><title>t</title></head><body>${html}</body></html>`, url).body;
}

/** What Readability alone keeps of a page, as block text: what our pipeline is compared with. */
export function readabilityText(html: string, url: string | null): string | null {
  const parsed = new Readability<Element>(parsePage(html, url), { serializer: (el) => el as Element }).parse();
  return parsed?.content ? blockText(parsed.content) : null;
}
