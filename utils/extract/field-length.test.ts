import { describe, expect, it } from 'vitest';
import { parsePage } from '../../cli/dom';
import { capField, capTitleOf, MAX_FIELD_LENGTH } from './field-length';

describe('capField', () => {
  it('keeps a field up to the limit as it is', () => {
    const text = 'word '.repeat(MAX_FIELD_LENGTH / 5 - 1) + 'last';
    expect(text.length).toBe(MAX_FIELD_LENGTH - 1);
    expect(capField(text)).toBe(text);
    expect(capField(null)).toBeNull();
  });

  it('cuts a longer one at the last white space within the limit', () => {
    const capped = capField('Council approves the plan '.repeat(40));
    expect(capped.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect(capped).toBe('Council approves the plan '.repeat(40).slice(0, MAX_FIELD_LENGTH).replace(/ \S*$/, ''));
    expect(capped.endsWith('plan Council')).toBe(true);
  });

  it('cuts mid-word when the last white space would drop more than half, never inside a surrogate pair', () => {
    expect(capField('a'.repeat(1000))).toBe('a'.repeat(MAX_FIELD_LENGTH));
    expect(capField(`short ${'b'.repeat(1000)}`)).toBe(`short ${'b'.repeat(MAX_FIELD_LENGTH - 6)}`);
    expect(capField(`${'c'.repeat(MAX_FIELD_LENGTH - 1)}😀😀`)).toBe('c'.repeat(MAX_FIELD_LENGTH - 1));
    expect(capField(' '.repeat(1_000_000))).toBe('');
  });

  it('caps the title of a working copy, not an SVG title before it', () => {
    const long = `Council approves the plan ${'and more '.repeat(100)}`;
    const doc = parsePage(`<html><head></head><body><svg><title>${'Chart '.repeat(100)}</title></svg><title>${long}</title><p>x</p></body></html>`);
    expect(doc.title).toBe(long.trim());
    capTitleOf(doc);
    expect(doc.title.length).toBeLessThanOrEqual(MAX_FIELD_LENGTH);
    expect(doc.title.startsWith('Council approves the plan and more')).toBe(true);
    expect(doc.querySelector('svg title')?.textContent).toBe('Chart '.repeat(100));
  });
});
