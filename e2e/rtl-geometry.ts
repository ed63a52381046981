/**
 * Right to left, measured: where an Arabic article's first characters, the reader's Back button and the popup's
 * list numbers actually are on screen, not only which `dir` the elements carry. Expressions, so they run the same
 * over Playwright, CDP and Puppeteer.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The Arabic fixture with a list of labelled points added to its body, which the extraction takes for the
 * article's implications: the popup shows them as a numbered list.
 */
export function arabicPageWithImplications(): string {
  const page = readFileSync(path.resolve('tests/fixtures/pages/arabic-article.html'), 'utf8');
  const points = `<ol>
      <li><strong>العاملون ليلًا:</strong> سيتمكن الممرضون وعمال الميناء من العودة إلى بيوتهم بعد منتصف الليل دون انتظار الصباح.</li>
      <li><strong>السفن السياحية:</strong> ستدفع رسمًا جديدًا يغطي كلفة التجربة في سنتها الأولى بحسب خطة الهيئة.</li>
      <li><strong>سكان الحي القديم:</strong> يخشون ضجيج المحركات في ساعات الفجر رغم وعود الهيئة بهياكل أكثر هدوءًا.</li>
    </ol>
    `;
  const at = page.indexOf('<div class="ad">');
  assert.ok(at > 0, 'the Arabic fixture still has its ad slot to insert the list before');
  return page.slice(0, at) + points + page.slice(at);
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ReaderGeometry {
  bodyDir: string;
  articleDir: string | null;
  /** The article's column (the `<article>` element's content box). */
  column: Box;
  /** The first three characters of the first paragraph. */
  firstCharacters: Box;
  paragraph: Box;
  /** The toolbar's content box (inside its padding). */
  toolbar: Box;
  back: Box;
  /** How far the page scrolls sideways: an element pushed off to the left scrolls into view in a right-to-left page. */
  sidewaysScroll: number;
}

export const READ_READER_GEOMETRY = `(() => {
  const box = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  const contentBox = (el) => {
    const r = el.getBoundingClientRect(), s = getComputedStyle(el);
    return { left: r.left + parseFloat(s.paddingLeft) + parseFloat(s.borderLeftWidth), right: r.right - parseFloat(s.paddingRight) - parseFloat(s.borderRightWidth), top: r.top, bottom: r.bottom };
  };
  const paragraph = document.querySelector('.article-body p');
  const text = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, { acceptNode: (n) => /\\S/.test(n.data) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP }).nextNode();
  const start = text.data.search(/\\S/);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + 3);
  return {
    bodyDir: getComputedStyle(document.body).direction,
    articleDir: document.querySelector('main.reader article')?.getAttribute('dir') ?? null,
    column: contentBox(document.querySelector('main.reader article')),
    firstCharacters: box(range.getClientRects()[0]),
    paragraph: contentBox(paragraph),
    toolbar: contentBox(document.querySelector('.toolbar')),
    back: box(document.querySelector('.toolbar .back').getBoundingClientRect()),
    sidewaysScroll: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  };
})()`;

export interface ImplicationGeometry {
  direction: string;
  item: Box;
  label: Box;
  text: Box;
  /** What is hit a few pixels outside the item's start and end edges, on its first line: its number is hit as the item. */
  rightOfItem: string;
  leftOfItem: string;
}

export const READ_IMPLICATIONS_GEOMETRY = `(() => {
  const box = (r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  const hit = (x, y, li) => { const el = document.elementFromPoint(x, y); return el === li || li.contains(el) ? 'item' : el ? el.tagName.toLowerCase() : 'nothing'; };
  return [...document.querySelectorAll('.implications li')].map((li) => {
    // Hit-testing sees only the viewport: a popup taller than its window keeps later items below it.
    li.scrollIntoView({ block: 'center' });
    const item = li.getBoundingClientRect();
    const label = li.querySelector('.label').getClientRects()[0];
    const text = li.querySelector('.label + span').getClientRects()[0];
    const y = (label.top + label.bottom) / 2;
    return { direction: getComputedStyle(li).direction, item: box(item), label: box(label), text: box(text), rightOfItem: hit(item.right + 6, y, li), leftOfItem: hit(item.left - 6, y, li) };
  });
})()`;

/** Within a pixel and a half: rounding of sub-pixel layout. */
const near = (a: number, b: number) => Math.abs(a - b) <= 1.5;

export function assertReadsRightToLeft(g: ReaderGeometry): void {
  assert.equal(g.articleDir, 'rtl');
  const middle = (g.column.left + g.column.right) / 2;
  assert.ok(near(g.firstCharacters.right, g.column.right) && g.firstCharacters.left > middle, `the first line starts at the column's right edge: ${JSON.stringify({ first: g.firstCharacters, column: g.column })}`);
  assert.ok(near(g.paragraph.right, g.column.right), `the paragraph fills the column: ${JSON.stringify({ paragraph: g.paragraph, column: g.column })}`);
  assert.equal(g.bodyDir, 'rtl', 'the page mirrors for a right-to-left article');
  assert.ok(near(g.back.right, g.toolbar.right), `Back is the toolbar's rightmost control: ${JSON.stringify({ back: g.back, toolbar: g.toolbar })}`);
  assert.equal(g.sidewaysScroll, 0, 'the page does not scroll sideways');
}

export function assertReadsLeftToRight(g: ReaderGeometry): void {
  assert.equal(g.bodyDir, 'ltr');
  assert.ok(near(g.firstCharacters.left, g.column.left), `the first line starts at the column's left edge: ${JSON.stringify({ first: g.firstCharacters, column: g.column })}`);
  assert.ok(near(g.back.left, g.toolbar.left), `Back is the toolbar's leftmost control: ${JSON.stringify({ back: g.back, toolbar: g.toolbar })}`);
  assert.equal(g.sidewaysScroll, 0, 'the page does not scroll sideways');
}

export function assertImplicationsRightToLeft(items: readonly ImplicationGeometry[]): void {
  assert.equal(items.length, 3, 'the popup lists the three implications');
  for (const [i, g] of items.entries()) {
    const where = `implication ${i + 1}: ${JSON.stringify(g)}`;
    assert.equal(g.direction, 'rtl', where);
    // The label opens the item at its right edge; the text follows to its left.
    assert.ok(near(g.label.right, g.item.right), `the label starts at the item's right edge, ${where}`);
    assert.ok(g.text.right <= g.label.left + 1.5, `the text follows the label leftwards, ${where}`);
    // The number sits outside the item, on its right; nothing of the item on its left.
    assert.equal(g.rightOfItem, 'item', `the number is right of the text, ${where}`);
    assert.notEqual(g.leftOfItem, 'item', `no number left of the text, ${where}`);
  }
}
