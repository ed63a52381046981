// @vitest-environment jsdom
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../utils/settings';
import { useTestLanguage } from '../tests/setup/i18n';
import { untranslatedText } from '../tests/untranslated';
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

describe('SettingsControls in the interface’s language', () => {
  afterEach(() => useTestLanguage('en'));
  const renderIn = (language: string, settings: Partial<ReaderSettings> = {}) => {
    useTestLanguage(language);
    render(<SettingsControls settings={{ ...DEFAULT_SETTINGS, ...settings }} onChange={() => undefined} idPrefix="t" />, root);
  };

  it('has no interface word outside the messages', () => {
    renderIn('pseudo');
    expect(untranslatedText(root)).toEqual([]);
  });

  it('names the choices in French and writes the values the French way, stored values unchanged', () => {
    renderIn('fr', { fontSize: 22, lineHeight: 1.8, columnWidth: 'narrow' });
    expect([...root.querySelectorAll('legend, label')].map((el) => el.textContent)).toEqual([
      'Thème', 'Clair', 'Sépia', 'Sombre', 'Comme le système', 'Police', 'Avec empattements', 'Sans empattements', 'Très lisible', 'Taille du texte', 'Interligne', 'Largeur de colonne',
    ]);
    expect([...root.querySelectorAll('output')].map((output) => output.textContent)).toEqual(['22\u00a0px', '1,8']);
    expect(root.querySelector('#t-size')?.getAttribute('aria-valuetext')).toBe('22 pixels');
    expect([...root.querySelectorAll('option')].map((option) => [option.value, option.textContent])).toEqual([['narrow', 'Étroite'], ['medium', 'Moyenne'], ['wide', 'Large']]);
  });

  it('says the font size in German', () => {
    renderIn('de', { fontSize: 14 });
    expect(root.querySelector('#t-size')?.getAttribute('aria-valuetext')).toBe('14 Pixel');
    expect(root.querySelector('output')?.textContent).toBe('14\u00a0px');
  });
});
