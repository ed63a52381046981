import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, comparableText, countWords, countWordTokens, endsWithWordCharacter, shingles, startsWithWordCharacter, tokenContainment, tokenSimilarity, wordTokens, readingMinutes, readingMinutesOf } from '../utils/extract/text';
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

describe('counting words', () => {
  // Letters, digits, marks, punctuation, spaces, emoji and astral letters, lone surrogates, scripts without spaces.
  const unit = fc.constantFrom('a', 'Z', '9', '_', 'é', 'ß', 'Ж', 'ع', '٣', '\u0301', ' ', '\n', '\u00a0', '-', '’', '“', '😀', '𝐀', '𝟘', '\ud800', '\udc00', '漢', 'ภ', '・');
  const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(''));

  it('countWordTokens counts exactly the tokens wordTokens makes', () => {
    fc.assert(fc.property(text, (t) => countWordTokens(t) === wordTokens(t).length), { numRuns: 2000, seed: 3 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (t) => countWordTokens(t) === wordTokens(t).length), { numRuns: 2000, seed: 4 });
  });

  it('a word split across two texts is found at their edges', () => {
    // Parsed pages hold no lone surrogates (the parser makes them U+FFFD), so a pair is never split across texts.
    const whole = text.map((t) => t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'));
    fc.assert(
      fc.property(whole, whole, (a, b) => {
        const merged = a.length > 0 && b.length > 0 && endsWithWordCharacter(a) && startsWithWordCharacter(b);
        return countWordTokens(a + b) === countWordTokens(a) + countWordTokens(b) - (merged ? 1 : 0);
      }),
      { numRuns: 2000, seed: 5 },
    );
  });

  it('counts words a reader reads, in every script', () => {
    expect(countWords('The council, in 2025, approved it.')).toBe(6);
    expect(countWords('L’Élysée a dit 𝐀𝐁 ok')).toBe(6);
    expect(countWords('東京都は新しい計画を発表した')).toBe(14);
    expect(countWords('ภาษาไทยง่าย and more')).toBe(5);
    expect(countWords('')).toBe(0);
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
  it('reads Chinese at 255 characters a minute and Japanese at 357, spaced words in them at 230', () => {
    const han = '市政府星期二宣布渡轮将从六月起通宵运营'; // 19 characters
    expect(readingMinutesOf(han.repeat(80))).toBe(6); // 1,520 characters / 255
    expect(readingMinutesOf('市は火曜日、六月から渡し船を終夜運航すると発表した。'.repeat(60))).toBe(4); // 1,440 / 357
    expect(readingMinutesOf(`${han.repeat(40)} ${'word '.repeat(460)}`)).toBe(5); // 760 / 255 + 460 / 230
    expect([readingMinutesOf(''), readingMinutesOf('word '.repeat(460)), readingMinutesOf('短')]).toEqual([0, 2, 1]);
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
