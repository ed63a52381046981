import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeHidden } from './remove-hidden';
import { testContext } from './test-context';

describe('removeHidden', () => {
  it('removes hidden, aria-hidden and display:none blocks and records their text', () => {
    const body = bodyOf(`<p>Visible text.</p><div hidden>Hidden promo</div><p aria-hidden="true">Screen noise</p>
      <div style="color:red; display: none !important">Collapsed menu</div><p style="visibility:hidden">Ghost</p>`);
    expect(removeHidden.removeFrom(body, testContext)).toEqual([
      { rule: 'hidden', text: 'Hidden promo' },
      { rule: 'hidden', text: 'Screen noise' },
      { rule: 'hidden', text: 'Collapsed menu' },
      { rule: 'hidden', text: 'Ghost' },
    ]);
    expect(blockText(body)).toBe('Visible text.');
  });
  it.each([
    ['display:none', true],
    ['color: red;display : none', true],
    ['DISPLAY:NONE !important;', true],
    ['visibility:hidden  !important  ; color:red', true],
    ['display: none\t!important', true],
    ['display: none-ish', false],
    ['x-display: none', false],
    ['display: nonexistent; color: red', false],
    ['visibility: hidden !importantly', false],
  ])('style %j hides: %s', (style, hidden) => {
    const body = bodyOf(`<p>Visible.</p><p style="${style}">Maybe.</p>`);
    expect(removeHidden.removeFrom(body, testContext).length).toBe(hidden ? 1 : 0);
  });

  it('keeps math and images in hidden wrappers, and styles that only mention "none"', () => {
    const body = bodyOf(`<span style="display:none"><math><mi>x</mi></math></span><div hidden><img src="a.jpg" alt="Chart"></div>
      <p style="text-decoration: none">Plain link style.</p><p style="border: none; overflow:hidden">Boxed.</p>`);
    expect(removeHidden.removeFrom(body, testContext)).toEqual([]);
    expect(blockText(body)).toBe('x\nPlain link style.\nBoxed.');
  });
});
