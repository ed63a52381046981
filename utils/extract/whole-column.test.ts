import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { columnCoverage, heldShare, holdsMostOf, joinInPageOrder, keptPartOfColumn, takeMarkedColumn } from './whole-column';
import { blockText, comparableText } from './text';
import { parsePage } from '../../cli/dom';

const para = (topic: string): string => `The ${topic} section explains in plain words what changed this month, why it matters to the teams that use the tool every day, and what they should do about it now.`;
const COLUMN = { paragraphs: ['parser', 'cache', 'lockfile', 'registry', 'release', 'mirror'].map(para), marked: true };

describe('whole-column', () => {
  it('counts the marked column words Readability kept, paragraph by paragraph, whatever the spacing and case', () => {
    const content = bodyOf(`<div><p>${para('parser').toUpperCase()}</p><p>${para('cache')}</p></div>`);
    expect(columnCoverage(content, COLUMN)).toEqual({ words: 6 * 31, kept: 2 * 31 });
  });

  it('reads the column whole only when Readability kept under half of its prose (two of six paragraphs, not three) and 100 words or more are missing', () => {
    const two = bodyOf(`<p>${para('parser')}</p><p>${para('cache')}</p>`);
    const three = bodyOf(`<p>${para('parser')}</p><p>${para('cache')}</p><p>${para('lockfile')}</p>`);
    expect(keptPartOfColumn(two, COLUMN)).toBe(true);
    expect(keptPartOfColumn(three, COLUMN)).toBe(false);
    // A column the page does not mark is never taken on trust; a few missing words are no missing article.
    expect(keptPartOfColumn(two, { ...COLUMN, marked: false })).toBe(false);
    expect(keptPartOfColumn(bodyOf(''), { paragraphs: [para('parser'), para('cache')], marked: true })).toBe(false);
  });

  it('takes the marked column out of its page without the page furniture inside it', () => {
    const page = parsePage(`<body><nav>Home</nav><main><article><h1>Report</h1><p>${para('parser')}</p>
      <aside>Subscribe now</aside><form><button>Vote</button></form><p>${para('cache')}</p><footer>Share this</footer></article></main></body>`);
    const column = takeMarkedColumn(page)!;
    expect(column.tagName).toBe('ARTICLE');
    expect(column.parentNode).toBeNull();
    expect(Array.from(column.children).map((el) => el.tagName)).toEqual(['H1', 'P', 'P']);
  });

  it('takes the column only when it holds what Readability kept: a recipe\'s introduction in another article element is not lost', () => {
    const kept = bodyOf(`<div><p>${para('parser')}</p><p>Prep 10 mins</p></div>`);
    expect(holdsMostOf(bodyOf(`<article><p>${para('parser')}</p><p>${para('cache')}</p></article>`), kept)).toBe(true);
    expect(holdsMostOf(bodyOf(`<article><p>${para('cache')}</p><p>${para('lockfile')}</p></article>`), kept)).toBe(false);
  });

  it('reads Readability\'s pick and a column it is no part of side by side, in the page\'s order', () => {
    const intro = bodyOf(`<div><p>${para('parser')}</p></div>`).firstElementChild!;
    const steps = bodyOf(`<article><p>${para('cache')}</p><p>${para('lockfile')}</p></article>`).firstElementChild!;
    expect(heldShare(steps, intro)).toBe(0);
    const pageText = comparableText([para('parser'), para('cache'), para('lockfile')].join('\n'));
    expect(blockText(joinInPageOrder(steps.cloneNode(true) as Element, intro.cloneNode(true) as Element, pageText)).split('\n').map((line) => line.split(' ')[1])).toEqual(['parser', 'cache', 'lockfile']);
    expect(blockText(joinInPageOrder(intro, steps, pageText)).split('\n').map((line) => line.split(' ')[1])).toEqual(['parser', 'cache', 'lockfile']);
  });
});
