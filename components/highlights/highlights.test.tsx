// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type Highlight } from '../../utils/highlights/types';
import { HighlightBar } from './HighlightBar';
import { HighlightEditor } from './HighlightEditor';
import { HighlightNoticeBar } from './HighlightNoticeBar';
import { COLOR_NAMES, highlightLabel } from './labels';
import { OrphanedHighlights } from './OrphanedHighlights';
import { quoteWithLink } from './use-highlights';
import { VECTORS } from '../../e2e/fixtures/xss/vectors';
import { useTestLanguage } from '../../tests/setup/i18n';
import { marked, untranslatedText } from '../../tests/untranslated';

const highlight = (over: Partial<Highlight> = {}): Highlight => ({
  id: 'h1',
  articleId: 'a1',
  color: 'green',
  note: '',
  tags: [],
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'the piers of the bridge\nwould raise the flood risk', prefix: 'warning that ', suffix: ' for homes' },
    position: { type: 'TextPositionSelector', start: 120, end: 169 },
  },
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...over,
});

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => useTestLanguage('en'));

describe('quoteWithLink', () => {
  it('puts the quote, whitespace collapsed, in curly quotes over the headline and the address', () => {
    expect(quoteWithLink(' the piers of the bridge\n would raise ', { headline: 'Bridge approved', url: 'https://news.example/bridge' })).toBe(
      '“the piers of the bridge would raise”\n— Bridge approved\nhttps://news.example/bridge',
    );
    expect(quoteWithLink('a quote', { headline: 'From a file', url: null })).toBe('“a quote”\n— From a file');
  });
});

describe('highlightLabel', () => {
  it('names the colour and whether there is a note', () => {
    expect(highlightLabel({ color: 'pink', note: '' })).toBe('Highlight, pink');
    expect(highlightLabel({ color: 'yellow', note: 'check this' })).toBe('Highlight, yellow, with a note');
  });
});

describe('HighlightBar', () => {
  it('offers the last colour first, the three others, a note and a quote, under the selection', () => {
    const used: string[] = [];
    render(<HighlightBar selection={{ start: 1, end: 5, quote: 'text', index: { root, text: 'some text here', nodes: [], starts: [] }, top: 300, left: 40 }} color="blue" onHighlight={(c) => used.push(c)} onNote={() => used.push('note')} onCopy={() => used.push('copy')} />, root);
    const bar = root.querySelector<HTMLElement>('[role=toolbar]')!;
    expect(bar.getAttribute('aria-label')).toBe('Selected text');
    expect([bar.style.top, bar.style.left]).toEqual(['308px', '40px']);
    const buttons = [...bar.querySelectorAll('button')];
    expect(buttons.map((b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual(['Highlight', 'Yellow', 'Green', 'Pink', 'Add note', 'Copy quote']);
    expect(buttons[0]!.className).toBe('highlight-button swatch-blue');
    for (const button of buttons) button.click();
    expect(used).toEqual(['blue', 'yellow', 'green', 'pink', 'note', 'copy']);
  });

  it('shows nothing without a selection', () => {
    render(<HighlightBar selection={null} color="yellow" onHighlight={() => undefined} onNote={() => undefined} onCopy={() => undefined} />, root);
    expect(root.innerHTML).toBe('');
  });
});

describe('HighlightEditor', () => {
  it('shows the quote, the colours with the current one pressed, and the note; Escape keeps the note and closes', async () => {
    const changes: unknown[] = [];
    let closed = 0;
    await act(() => {
      render(<HighlightEditor highlight={highlight({ note: 'old note' })} anchor={null} onChange={(c) => changes.push(c)} onDelete={() => changes.push('delete')} onClose={() => closed++} />, root);
    });
    const editor = root.querySelector<HTMLElement>('[role=dialog]')!;
    expect(editor.querySelector('.editor-quote')!.textContent).toBe('“the piers of the bridge would raise the flood risk”');
    expect([...editor.querySelectorAll('.swatch')].map((b) => `${b.getAttribute('aria-label')}:${b.getAttribute('aria-pressed')}`)).toEqual(['Yellow:false', 'Green:true', 'Blue:false', 'Pink:false']);
    const note = editor.querySelector('textarea')!;
    expect([note.value, document.activeElement === note]).toEqual(['old note', true]);
    await act(() => {
      note.value = 'new note';
      note.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const tags = editor.querySelector<HTMLInputElement>('.editor-tags input')!;
    await act(() => {
      tags.value = 'to-cite,  budget , ';
      tags.dispatchEvent(new Event('input', { bubbles: true }));
    });
    editor.querySelectorAll<HTMLButtonElement>('.swatch')[3]!.click();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    note.dispatchEvent(escape);
    expect([escape.defaultPrevented, closed]).toEqual([true, 1]);
    expect(changes).toEqual([{ color: 'pink' }, { note: 'new note', tags: ['to-cite', 'budget'] }]);
  });
});

describe('OrphanedHighlights', () => {
  it('lists each orphan with its quote and note as text, never as HTML', () => {
    const deleted: string[] = [];
    render(<OrphanedHighlights orphans={[highlight({ note: '<img src=x onerror=alert(1)> see page 4' })]} onDelete={(id) => deleted.push(id)} />, root);
    expect(root.querySelector('h2')!.textContent).toBe('Highlights that no longer match the text (1)');
    expect(root.querySelector('blockquote')!.textContent).toBe('the piers of the bridge\nwould raise the flood risk');
    expect(root.querySelector('.orphan-note')!.textContent).toBe('<img src=x onerror=alert(1)> see page 4');
    expect(root.querySelector('img')).toBeNull();
    root.querySelector('button')!.click();
    expect(deleted).toEqual(['h1']);
  });

  it('keeps every vector of the XSS corpus inert as a note or a quote', () => {
    const vectors = VECTORS.filter((vector) => vector.html.trim() !== '');
    const orphans = vectors.map((vector, i) => highlight({ id: `h${i}`, note: vector.html, target: { ...highlight().target, quote: { ...highlight().target.quote, exact: vector.html } } }));
    render(<OrphanedHighlights orphans={orphans} onDelete={() => undefined} />, root);
    expect([...root.querySelectorAll('.orphan-note')].map((note) => note.textContent)).toEqual(vectors.map((vector) => vector.html));
    expect(root.querySelectorAll('section *:not(h2, ul, li, blockquote, p, button)')).toHaveLength(0);
  });

  it('renders nothing when every highlight is placed', () => {
    render(<OrphanedHighlights orphans={[]} onDelete={() => undefined} />, root);
    expect(root.innerHTML).toBe('');
  });
});

describe('in the interface language', () => {
  it('says every word of the bar, the editor, the orphans and the notices through the messages', async () => {
    useTestLanguage('pseudo');
    const marks = highlight({ note: marked('check the flood figures'), tags: [marked('to-cite')], target: { ...highlight().target, quote: { ...highlight().target.quote, exact: marked('the piers of the bridge') } } });
    await act(() => {
      render(
        <>
          <HighlightBar selection={{ start: 1, end: 5, quote: 'text', index: { root, text: 'some text here', nodes: [], starts: [] }, top: 300, left: 40 }} color="yellow" onHighlight={() => undefined} onNote={() => undefined} onCopy={() => undefined} />
          <HighlightEditor highlight={marks} anchor={null} onChange={() => undefined} onDelete={() => undefined} onClose={() => undefined} />
          <OrphanedHighlights orphans={[marks, { ...marks, id: 'h2' }]} onDelete={() => undefined} />
          <HighlightNoticeBar notice={{ message: marked('Highlight deleted.'), undo: () => undefined }} />
        </>,
        root,
      );
    });
    expect(root.querySelectorAll('button').length).toBeGreaterThan(8);
    expect(untranslatedText(root)).toEqual([]);
    expect(highlightLabel({ color: 'blue', note: 'x' })).toBe('⟪⟪Highlight, blue⟫, with a note⟫');
  });

  it('counts the orphans in French, singular for one', () => {
    useTestLanguage('fr');
    render(<OrphanedHighlights orphans={[highlight()]} onDelete={() => undefined} />, root);
    expect([root.querySelector('h2')!.textContent, root.querySelector('button')!.textContent]).toEqual(['Surlignage qui ne correspond plus au texte (1)', 'Supprimer']);
    render(<OrphanedHighlights orphans={[highlight(), highlight({ id: 'h2' })]} onDelete={() => undefined} />, root);
    expect(root.querySelector('h2')!.textContent).toBe('Surlignages qui ne correspondent plus au texte (2)');
  });

  it('names colours and labels marks in German, and quotes the French way in French', () => {
    useTestLanguage('de');
    expect(HIGHLIGHT_COLORS.map((color) => COLOR_NAMES[color])).toEqual(['Gelb', 'Grün', 'Blau', 'Rosa']);
    expect(highlightLabel({ color: 'green', note: 'prüfen' })).toBe('Markierung, grün, mit Notiz');
    useTestLanguage('fr');
    expect(quoteWithLink('les piles du pont', { headline: 'Pont approuvé', url: null })).toBe('«\u202fles piles du pont\u202f»\n— Pont approuvé');
  });
});
