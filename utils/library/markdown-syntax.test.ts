import { describe, expect, it } from 'vitest';
import { protectedSpans } from './markdown-syntax';

/** The protected stretches themselves, easier to read than offsets. */
const spans = (block: string): string[] => protectedSpans(block).map(([start, end]) => block.slice(start, end));

describe('protectedSpans', () => {
  it.each([
    ['Plain text, no syntax.', []],
    ['See ![a ferry](https://x.example/f.jpg) and [the plan](https://x.example/p).', ['![a ferry](https://x.example/f.jpg)', '](https://x.example/p)']],
    ['Mail <jane@x.example> or visit <https://x.example>, not < this >.', ['<jane@x.example>', '<https://x.example>']],
    ['Run `npm test` then `npm run build`.', ['`npm test`', '`npm run build`']],
    ['A claim.[^1] Another.[^note-2]', ['[^1]', '[^note-2]']],
    ['An ![unclosed image and a [link](https://x.example).', ['![unclosed image and a [link](https://x.example)']],
    ['Nested ![outer [inner] more](u) text', ['](u)']],
    ['One ` backtick, and [^open note', []],
    ['![a](b)](c) ![](d)', ['![a](b)', '](c)', '![](d)']],
    ['<a<b> <c d>', ['<a<b>']],
  ])('%j', (block, expected) => expect(spans(block)).toEqual(expected));
});
