// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeLibrary } from './db';
import { addHighlight } from './highlights';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { highlightOf } from './sample-highlights';
import { exportHighlightsJsonLd, highlightsToWebAnnotations } from './web-annotations';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(closeLibrary);

const UUID = '3f2b8c1e-5d4a-4b6e-9f1a-2c3d4e5f6a7b';
// Two astral characters (four UTF-16 units) before the quote, one inside it.
const BODY = 'Port 🚢 news 🌊: the ferry 🚢 vote moves to June.';
const start = BODY.indexOf('the ferry');
const exact = 'the ferry 🚢 vote';

describe('highlightsToWebAnnotations', () => {
  it('writes an AnnotationCollection: note, tags and colour as bodies, quote and code-point position as selectors', () => {
    const noted = highlightOf(UUID.toUpperCase(), 'a', start, { exact, note: 'Check <b>this</b>.', tags: ['ferry', 'to-cite'], color: 'green', updatedAt: '2026-02-02T00:00:00.000Z' });
    const plain = highlightOf('h2', 'a', 0, { exact: 'Port' });
    const collection = highlightsToWebAnnotations(
      [
        { highlight: noted, canonicalUrl: 'https://example.com/port', headline: 'Port news', bodyText: BODY },
        { highlight: plain, canonicalUrl: 'https://example.com/port', headline: 'Port news' },
      ],
      '2026-03-01T00:00:00.000Z',
    );
    expect(collection).toEqual({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      label: 'Clearpress highlights',
      total: 2,
      first: {
        type: 'AnnotationPage',
        startIndex: 0,
        items: [
          {
            id: `urn:uuid:${UUID}`,
            type: 'Annotation',
            motivation: 'commenting',
            created: '2026-02-01T10:00:00.000Z',
            modified: '2026-02-02T00:00:00.000Z',
            generated: '2026-03-01T00:00:00.000Z',
            body: [
              { type: 'TextualBody', value: 'Check <b>this</b>.', format: 'text/plain', purpose: 'commenting' },
              { type: 'TextualBody', value: 'ferry', purpose: 'tagging' },
              { type: 'TextualBody', value: 'to-cite', purpose: 'tagging' },
              { type: 'TextualBody', value: 'colour:green', purpose: 'tagging' },
            ],
            target: {
              source: 'https://example.com/port',
              selector: [
                { type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' },
                { type: 'TextPositionSelector', start: 15, end: 31 },
              ],
            },
          },
          {
            id: 'urn:clearpress:highlight:h2',
            type: 'Annotation',
            motivation: 'highlighting',
            created: '2026-02-01T10:00:00.000Z',
            modified: '2026-02-01T10:00:00.000Z',
            generated: '2026-03-01T00:00:00.000Z',
            body: [{ type: 'TextualBody', value: 'colour:yellow', purpose: 'tagging' }],
            // No body text given: no position, rather than one counted in the wrong units.
            target: { source: 'https://example.com/port', selector: [{ type: 'TextQuoteSelector', exact: 'Port', prefix: 'before ', suffix: ' after' }] },
          },
        ],
      },
    });
    // What the offsets count: code points before the quote and in it, where UTF-16 counts 17 and 17.
    expect([start, exact.length, [...BODY.slice(0, start)].length, [...exact].length]).toEqual([17, 17, 15, 16]);
  });

  it('leaves the position out when the body text no longer holds the quote there', () => {
    const moved = highlightOf('h', 'a', 3, { exact });
    const [item] = highlightsToWebAnnotations([{ highlight: moved, canonicalUrl: 'https://example.com/port', headline: 'Port news', bodyText: BODY }], '2026-03-01T00:00:00.000Z').first.items;
    expect(item?.target.selector.map((selector) => selector.type)).toEqual(['TextQuoteSelector']);
  });
});

describe('exportHighlightsJsonLd', () => {
  it('reads every highlight, oldest first, with its article’s address and body text, as a JSON-LD file', async () => {
    const article = { ...sampleArticle(1, { words: 40 }), contentHtml: '<p>Port 🚢 news 🌊: <em>the ferry</em> 🚢 vote moves to June.</p>' };
    const saved = await saveArticle(article);
    if (!saved.ok) throw new Error(saved.message);
    await addHighlight(highlightOf('late', saved.record.id, start, { exact, createdAt: '2026-02-05T00:00:00.000Z' }));
    await addHighlight(highlightOf('early', saved.record.id, 0, { exact: 'Port', createdAt: '2026-02-01T00:00:00.000Z' }));
    const blob = await exportHighlightsJsonLd({ now: new Date('2026-03-01T00:00:00.000Z') });
    expect(blob.type).toBe('application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"');
    const file = JSON.parse(await blob.text());
    expect([file.total, file.first.items.map((item: { id: string }) => item.id)]).toEqual([2, ['urn:clearpress:highlight:early', 'urn:clearpress:highlight:late']]);
    expect(file.first.items.map((item: { target: unknown }) => item.target)).toEqual([
      { source: saved.record.canonicalUrl, selector: [{ type: 'TextQuoteSelector', exact: 'Port', prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start: 0, end: 4 }] },
      { source: saved.record.canonicalUrl, selector: [{ type: 'TextQuoteSelector', exact, prefix: 'before ', suffix: ' after' }, { type: 'TextPositionSelector', start: 15, end: 31 }] },
    ]);
  });
});
