// @vitest-environment jsdom
import { render } from 'preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../utils/settings';
import { SettingsControls } from './SettingsControls';

let root: HTMLElement;
let changes: Partial<ReaderSettings>[];

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
  changes = [];
  render(<SettingsControls settings={{ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 22, lineHeight: 1.8 }} onChange={(c) => changes.push(c)} idPrefix="t" />, root);
});

/** The control a label names, found the way assistive technology does: through the label's `for`. */
const labelled = (text: string) => document.getElementById([...root.querySelectorAll('label[for]')].find((l) => l.textContent === text)!.getAttribute('for')!)!;

describe('SettingsControls', () => {
  it('shows each choice group as labelled radios with the current value checked', () => {
    const groups = [...root.querySelectorAll('fieldset')].map((set) => ({
      legend: set.querySelector('legend')!.textContent,
      options: [...set.querySelectorAll('label')].map((label) => [label.textContent, label.className, label.querySelector('input')!.checked, label.querySelector('input')!.name]),
    }));
    expect(groups).toEqual([
      {
        legend: 'Theme',
        options: [
          ['Light', '', false, 't-theme'],
          ['Sepia', '', false, 't-theme'],
          ['Dark', '', true, 't-theme'],
          ['Follow system', '', false, 't-theme'],
        ],
      },
      {
        legend: 'Font',
        options: [
          ['Serif', 'font-serif', true, 't-font'],
          ['Sans-serif', 'font-sans', false, 't-font'],
          ['Highly legible', 'font-legible', false, 't-font'],
        ],
      },
    ]);
  });

  it('shows each slider with its label, bounds and value, spoken where the unit matters', () => {
    const sliders = [...root.querySelectorAll('.range')].map((row) => {
      const input = row.querySelector('input')!;
      return [row.querySelector('label')!.textContent, input.min, input.max, input.step, input.value, input.getAttribute('aria-valuetext'), row.querySelector('output')!.textContent];
    });
    expect(sliders).toEqual([
      ['Font size', '14', '28', '1', '22', '22 pixels', '22px'],
      ['Line height', '1.2', '2.2', '0.1', '1.8', null, '1.8'],
    ]);
  });

  it('reports each change as the one setting it changes, typed', () => {
    root.querySelector<HTMLInputElement>('input[value="sepia"]')!.click();
    root.querySelector<HTMLInputElement>('input[value="legible"]')!.click();
    const size = labelled('Font size') as HTMLInputElement;
    size.value = '16';
    size.dispatchEvent(new Event('input', { bubbles: true }));
    const line = labelled('Line height') as HTMLInputElement;
    line.value = '1.4';
    line.dispatchEvent(new Event('input', { bubbles: true }));
    const width = labelled('Column width') as HTMLSelectElement;
    width.value = 'wide';
    width.dispatchEvent(new Event('change', { bubbles: true }));
    expect(changes).toEqual([{ theme: 'sepia' }, { font: 'legible' }, { fontSize: 16 }, { lineHeight: 1.4 }, { columnWidth: 'wide' }]);
  });
});
