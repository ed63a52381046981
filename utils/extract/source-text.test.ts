import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { leadingLabel, noteLink, noteTitle } from './source-text';

const note = (html: string): Node[] => [bodyOf(`<ol><li>${html}</li></ol>`).querySelector('li')!];

describe('source-text', () => {
  it.each([
    ['See https://rei.example/report).', 'https://rei.example/report'],
    ['At https://rei.example/a_(b), p. 4;', 'https://rei.example/a_(b'],
    ['(https://rei.example/x?y=1]...)', 'https://rei.example/x?y=1'],
    ['No address here.', null],
  ])('noteLink of a note reading %j is %j', (text, url) => {
    expect(noteLink(note(text), 'https://news.example/story')).toBe(url);
  });

  it('noteTitle drops the links that only hold a label or a back-reference mark', () => {
    const nodes = note('<a href="#m1">[1]</a> <a href="#m2">2.</a> Institute, annual report. <a href="#b">(a)</a> <a href="#c">†</a> <a href="#d"> </a><a href="#e">see note 4</a> <a href="#f">iv)</a>');
    expect(noteTitle(nodes, null)).toBe('Institute, annual report. see note 4 iv)');
  });

  it.each([
    ['<sup>1</sup> Text', '1'],
    ['<sup>[2]</sup> Text', '2'],
    ['<b>3 :</b> Text', '3'],
    ['<a name="fn4">(4)</a> Text', '4'],
    ['<b>* </b> Text', '*'],
    ['[5] Text', '5'],
    ['<b>Note</b> Text', null],
  ])('leadingLabel of %j is %j', (html, label) => {
    expect(leadingLabel(note(html)[0]!)?.label ?? null).toBe(label);
  });
});
