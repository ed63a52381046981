import { describe, expect, it } from 'vitest';
import { WHITESPACE, withoutEdges, withoutFinalMark, withoutLeading, withoutTrailing } from './trim';

describe('trims written as loops', () => {
  it('WHITESPACE is exactly what \\s matches', () => {
    const matched: string[] = [];
    for (let code = 0; code <= 0xffff; code++) if (/\s/.test(String.fromCharCode(code))) matched.push(String.fromCharCode(code));
    expect(matched.join('')).toBe(WHITESPACE);
  });

  // The outputs are those of the patterns each helper replaces (named in its doc comment).
  it.each([
    ['https://example.com/a).', '.,;:)]', 'https://example.com/a'],
    ['https://example.com/a(b)', '.,;:)]', 'https://example.com/a(b'],
    ['https://example.com/', '.,;:)]', 'https://example.com/'],
    ['img.jpg,,', ',', 'img.jpg'],
    ['/path/', '/', '/path'],
    ['///', '/', ''],
    ["Trump's.", ".'’-", "Trump's"],
    ['', ',', ''],
  ])('withoutTrailing(%j, %j) is %j', (text, chars, expected) => {
    expect(withoutTrailing(text, chars)).toBe(expected);
  });

  it.each([
    ['--council-approves--', '-', 'council-approves--', 'council-approves'],
    [' · Jane Doe, ', `${WHITESPACE},;:·|•–—-`, 'Jane Doe, ', 'Jane Doe'],
    ['—', `${WHITESPACE},;:·|•–—-`, '', ''],
    ['plain', '-', 'plain', 'plain'],
  ])('withoutLeading and withoutEdges of %j', (text, chars, leading, edges) => {
    expect(withoutLeading(text, chars)).toBe(leading);
    expect(withoutEdges(text, chars)).toBe(edges);
  });

  it.each([
    ['Why it matters:', ':', 'Why it matters'],
    ['Why it matters \t :', ':', 'Why it matters'],
    ['Why it matters', ':', 'Why it matters'],
    ['1.', ']).:', '1'],
    ['[2 ]', ']).:', '[2'],
    ['3))', ']).:', '3)'],
    [' :', ':', ''],
  ])('withoutFinalMark(%j, %j) is %j', (text, marks, expected) => {
    expect(withoutFinalMark(text, marks)).toBe(expected);
  });
});
