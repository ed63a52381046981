/**
 * How the browser tests tell English on a translated page (e2e/interface-text.ts, e2e/source-strings.ts): which
 * messages and literals they look for, and where a match counts.
 */
import { describe, expect, it } from 'vitest';
import { englishForms, findEnglish, messageCandidates, sourceCandidates, translationsOf, type InterfaceTextItem } from '../e2e/interface-text';
import { proseLiteralsIn } from '../e2e/source-strings';

const en = {
  locale: 'en',
  save: 'Save',
  backToPage: 'Back to page',
  brand: 'Clearpress Markdown',
  citedTimes: 'cited $1 times | cited once | cited $1 times',
  keepOn: 'Always keep this on {site}',
  showKeyPoints: 'Show AI key points',
  keyPoints: 'AI key points',
};
const de = {
  locale: 'de',
  save: 'Speichern',
  backToPage: 'Zurück zur Seite',
  brand: 'Clearpress Markdown',
  citedTimes: '$1-mal zitiert | einmal zitiert | $1-mal zitiert',
  keepOn: 'Auf {site} immer behalten',
  showKeyPoints: 'KI-Kernpunkte zeigen',
  keyPoints: 'KI-Kernpunkte',
};

const item = (text: string, scope: InterfaceTextItem['scope'] = 'interface', where = 'p'): InterfaceTextItem => ({ where, text, scope });
const seen = (items: InterfaceTextItem[], messages: Record<string, string> = de) =>
  findEnglish('popup', items, englishForms(messageCandidates(en, messages))).map((hit) => [hit.key, hit.english, hit.morePlaces]);

describe('English messages on a translated page', () => {
  it('looks for messages of two words or more whose translation differs, each plural form, placeholders as wildcards', () => {
    expect(messageCandidates(en, de).map((c) => `${c.key}: ${c.english}`)).toEqual([
      'locale: en',
      'save: Save',
      'backToPage: Back to page',
      'citedTimes: cited $1 times',
      'citedTimes: cited once',
      'keepOn: Always keep this on {site}',
      'showKeyPoints: Show AI key points',
      'keyPoints: AI key points',
    ]);
    expect(seen([item('Save'), item('Clearpress Markdown'), item('Speichern'), item('← Back to page'), item('Always keep this on example.com')])).toEqual([
      ['backToPage', 'Back to page', 0],
      ['keepOn', 'Always keep this on {site}', 0],
    ]);
  });

  it('counts a message missing from the translation, since the browser then shows the English', () => {
    const { backToPage: _, ...withoutBack } = de;
    expect(seen([item('Back to page')], withoutBack)).toEqual([['backToPage', 'Back to page', 0]]);
  });

  it('matches whole words only, and reports a form once with the number of other places', () => {
    expect(seen([item('Back to pages'), item('cited 3 times'), item('cited 12 times'), item('cited once')])).toEqual([
      ['citedTimes', 'cited $1 times', 1],
      ['citedTimes', 'cited once', 0],
    ]);
  });

  it('needs a word boundary only where a form starts or ends with a letter or digit', () => {
    const forms = englishForms([{ key: 'source a.tsx:1', english: 'Removed from this page (' }]);
    expect(findEnglish('popup', [item('Removed from this page (3)')], forms).map((hit) => hit.english)).toEqual(['Removed from this page (']);
  });

  it('inside the article’s own parts, counts only a text that is a whole message', () => {
    expect(seen([item('He said he would go back to page one.', 'article'), item('cited once', 'article')])).toEqual([['citedTimes', 'cited once', 0]]);
  });

  it('leaves a message seen only within a longer one to the longer one', () => {
    expect(seen([item('Show AI key points in the reader view'), item('AI key points')])).toEqual([
      ['showKeyPoints', 'Show AI key points', 0],
      ['keyPoints', 'AI key points', 0],
    ]);
  });

  it('finds the translations of an English message, by plural form', () => {
    expect(translationsOf('Back to page', { en, ui: de })).toEqual(['Zurück zur Seite']);
    expect(translationsOf('cited once', { en, ui: de })).toEqual(['einmal zitiert']);
    expect(translationsOf('Print', { en, ui: de })).toEqual([]);
  });
});

describe('English still written into the code', () => {
  const sample = [
    `const LABELS = { save: 'Save', update: 'Update saved copy' };`,
    `const A = ({ n }) => <p class="popup problem" title="Open the library" rel="noopener noreferrer">Nothing saved yet. {n > 1 ? \`\${n} articles saved\` : 'One article'}</p>;`,
    `const B = () => <Highlighted text={title || 'Untitled article'} />;`,
    `document.querySelector('main > .article-text, input, select');`,
    `const words = 'Lesen Sie auch';`,
    `const ready = 'The on-device model is ready.', classes = 'skip-link visually-hidden';`,
  ].join('\n');

  it('takes prose from strings, templates and JSX text and labels, not classes, attributes or selectors', () => {
    expect(proseLiteralsIn('sample.tsx', sample)).toEqual([
      { where: 'sample.tsx:1', text: 'Update saved copy' },
      { where: 'sample.tsx:2', text: 'Open the library' },
      { where: 'sample.tsx:2', text: 'Nothing saved yet.' },
      { where: 'sample.tsx:2', text: '{…} articles saved' },
      { where: 'sample.tsx:2', text: 'One article' },
      { where: 'sample.tsx:3', text: 'Untitled article' },
      { where: 'sample.tsx:5', text: 'Lesen Sie auch' },
      { where: 'sample.tsx:6', text: 'The on-device model is ready.' },
    ]);
  });

  it('joins the places of one text, and skips texts already looked for as messages or that are a translation', () => {
    const strings = [
      { where: 'a.tsx:1', text: 'Back to page' },
      { where: 'a.tsx:2', text: 'Untitled article' },
      { where: 'b.tsx:9', text: 'Untitled article' },
      { where: 'c.ts:3', text: 'Zurück zur Seite' },
    ];
    expect(sourceCandidates(strings, messageCandidates(en, de), de)).toEqual([{ key: 'source a.tsx:2, b.tsx:9', english: 'Untitled article' }]);
  });
});
