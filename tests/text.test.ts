import { describe, expect, it } from 'vitest';
import { blockText, comparableText, shingles, tokenContainment, tokenSimilarity, wordTokens, readingMinutes } from '../utils/extract/text';
import { bodyOf } from './helpers';

describe('blockText', () => {
  it('puts a line break between blocks and keeps inline text together', () => {
    const body = bodyOf('<h2>Title</h2><p>One <b>bold</b>  word.</p><ul><li>a</li><li>b<br>c</li></ul><div>x<span>y</span></div>');
    expect(blockText(body)).toBe('Title\nOne bold word.\na\nb\nc\nxy');
  });
  it('skips scripts and styles', () => {
    expect(blockText(bodyOf('<p>a<script>var x=1</script><style>p{}</style>b</p>'))).toBe('ab');
  });
});

describe('tokens and similarity', () => {
  it('tokenizes like the benchmark metric (Unicode letters, digits, underscore)', () => {
    expect(wordTokens("L'Élysée a dit: 42_x, ça va?")).toEqual(['L', 'Élysée', 'a', 'dit', '42_x', 'ça', 'va']);
  });
  it('compares wordings without case, accents or punctuation', () => {
    expect(comparableText('Élysée: Macron Speaks!')).toBe('elysee macron speaks');
    expect(tokenSimilarity('Wagner leaves Mali', 'wagner LEAVES mali.')).toBe(1);
    expect(tokenSimilarity('a b c d', 'a b x y')).toBe(0.5);
    expect(tokenContainment('a b', 'b c a')).toBe(1);
    expect(tokenContainment('a b c d', 'a')).toBe(0.25);
  });
  it('makes shingles, one for a short text', () => {
    expect(shingles(['a', 'b', 'c', 'd', 'e'], 4)).toEqual(['a b c d', 'b c d e']);
    expect(shingles(['a', 'b'], 4)).toEqual(['a b']);
    expect(shingles([], 4)).toEqual([]);
  });
  it('reads at 230 words a minute', () => {
    expect([readingMinutes(0), readingMinutes(10), readingMinutes(460), readingMinutes(1000)]).toEqual([0, 1, 2, 4]);
  });
});

describe('countWords', () => {
  it('counts words of scripts written without spaces', async () => {
    const { countWords } = await import('../utils/extract/text');
    expect(countWords('The quick brown fox.')).toBe(4);
    expect(countWords('我们今天去北京。')).toBe(7);
    expect(countWords('Apple 发布 iPhone')).toBe(4);
  });
});
