import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { MAX_CHARACTER_RUN, squeezeCharacterRuns, squeezeCharacterRunsIn } from './character-runs';
import { workingCopyOf } from './large-page';

describe('squeezeCharacterRuns', () => {
  it('cuts each run of one character longer than the limit to the limit, and keeps what is around it', () => {
    expect(squeezeCharacterRuns('ab....cd,,,,,,e', 3)).toBe('ab...cd,,,e');
    expect(squeezeCharacterRuns(`By Ana ${'.'.repeat(100_000)} ${','.repeat(100_000)} end`)).toBe(`By Ana ${'.'.repeat(MAX_CHARACTER_RUN)} ${','.repeat(MAX_CHARACTER_RUN)} end`);
  });

  it('returns the same string when no run is over the limit, up to a run of exactly the limit', () => {
    const text = `Contents ${'.'.repeat(MAX_CHARACTER_RUN)} 12 ${'—'.repeat(40)}`;
    expect(squeezeCharacterRuns(text)).toBe(text);
    expect(squeezeCharacterRuns('aaa', 3)).toBe('aaa');
  });

  it('counts characters outside the Basic Multilingual Plane whole, never splitting a surrogate pair', () => {
    expect(squeezeCharacterRuns('x😀😀😀😀y', 2)).toBe('x😀😀y');
    // Two alternating emoji are no run of one character.
    expect(squeezeCharacterRuns('😀😁😀😁😀😁', 2)).toBe('😀😁😀😁😀😁');
  });

  it('takes one pass on runs just under the limit, where a backtracking pattern would retry at every character', () => {
    const text = `${'.'.repeat(MAX_CHARACTER_RUN)},`.repeat(1000);
    const start = performance.now();
    expect(squeezeCharacterRuns(text)).toBe(text);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('squeezeCharacterRunsIn', () => {
  it('cuts the runs in every text node of a tree, and leaves short nodes alone', () => {
    const doc = parsePage(`<html><body><p>Rents could rise.</p><p>${'['.repeat(5000)}<b>${'-'.repeat(1200)}</b></p></body></html>`);
    const short = doc.querySelector('p')!.firstChild!;
    squeezeCharacterRunsIn(doc.body);
    expect(doc.querySelector('p')!.firstChild).toBe(short);
    expect(doc.body.innerHTML).toBe(`<p>Rents could rise.</p><p>${'['.repeat(MAX_CHARACTER_RUN)}<b>${'-'.repeat(MAX_CHARACTER_RUN)}</b></p>`);
  });

  it('runs on the working copy the page stage reads, never on the page itself', () => {
    const doc = parsePage(`<html><head><title>Council</title></head><body><article><p>Homes ${'.'.repeat(3000)}</p></article></body></html>`);
    const { working } = workingCopyOf(doc);
    expect(working.querySelector('p')!.textContent).toBe(`Homes ${'.'.repeat(MAX_CHARACTER_RUN)}`);
    expect(doc.querySelector('p')!.textContent).toBe(`Homes ${'.'.repeat(3000)}`);
  });
});
