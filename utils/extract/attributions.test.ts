import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { findAttributions, registrableDomain, type AttributionPage } from './attributions';

const PAGE: AttributionPage = { url: 'https://harbour-times.example/2025/story', siteName: 'Harbour Times', citedUrls: [] };
const credits = (html: string, page = PAGE) => findAttributions(bodyOf(html), page).map((s) => [s.title, s.citedBy]);

describe('attribution phrases', () => {
  it.each([
    ['The ministry confirmed the figures, according to Reuters.', 'Reuters'],
    ['According to the Associated Press, the talks failed.', 'The Associated Press'],
    ['The Associated Press reported on Monday that the talks failed.', 'The Associated Press'],
    ['A spokesman said in a statement to the BBC that no decision had been taken.', 'BBC'],
    ['The minister told The New York Times she would resign.', 'The New York Times'],
    ['Officials told Reuters Monday that the plant would close.', 'Reuters'],
    ['On Tuesday Bloomberg reported that the deal was off.', 'Bloomberg'],
    ['The figures were first reported by the Kyiv Independent.', 'Kyiv Independent'],
    ['The news agency Interfax said the flights were cancelled.', 'Interfax'],
    ["Le bilan s'élève à douze morts, selon l'AFP.", 'AFP'],
    ["Le ministre a déclaré à l'Agence France-Presse qu'il ne démissionnerait pas.", 'AFP'],
    ['Le projet sera abandonné, rapporte Le Monde.', 'Le Monde'],
    ['Laut dpa wurden drei Menschen verletzt.', 'dpa'],
    ['Wie der Spiegel berichtete, ist der Vertrag gekündigt.', 'Der Spiegel'],
    ['Das sagte er der Deutschen Presse-Agentur in Berlin.', 'dpa'],
    ['Die Zahl sei gestiegen, berichtete die Süddeutsche Zeitung.', 'Süddeutsche Zeitung'],
    ['Según EFE, el incendio está controlado.', 'EFE'],
    ['El Gobierno aprobará la ley, informó El País.', 'El País'],
    ['La portavoz dijo a la agencia Europa Press que no habrá cambios.', 'Europa Press'],
    ['El alcalde lo confirmó en declaraciones a Heraldo de Aragón.', 'Heraldo de Aragón'],
    ['The talks failed, ReutersAP-style reporting aside, Reuters said.', 'Reuters'],
    ['Les chiffres, que l’AFP a révélé, sont en hausse.', 'AFP'],
    ['The plant will close, "Reuters", wrote on Monday.', 'Reuters'],
    ['Officials spoke to the BBC-Reuters pool; according to Reuters’ count, nine died.', 'Reuters'],
  ])('%s → %s', (sentence, outlet) => {
    expect(credits(`<p>${sentence}</p>`)).toEqual([[outlet, 1]]);
  });

  it.each([
    'According to the study, sea levels rose by four millimetres.',
    'According to John Smith, the bridge will reopen in May.',
    'According to NATO, the exercise is routine.',
    'Smith reported the fault to the council in March.',
    'The mayor told reporters she would not resign.',
    'Selon le ministère, la route rouvrira lundi.',
    'Laut Polizei wurde niemand verletzt.',
    'Según el Ministerio de Sanidad, los casos bajan.',
    'The ferry will sail at dawn, according to the timetable.',
  ])('not an outlet: %s', (sentence) => {
    expect(credits(`<p>${sentence}</p>`)).toEqual([]);
  });
});

describe('one note per outlet', () => {
  it('merges spellings and domains, counts the blocks that credit it, keeps the first link', () => {
    const html = `
      <p>The port will close, according to the AP.</p>
      <p>The Associated Press reported that unions were not consulted, as <a href="https://apnews.com/article/port-closure-123">its report</a> shows.</p>
      <p>A second report by <a href="https://www.reuters.com/world/port-456">Reuters</a> said the same. According to Reuters, talks resume Friday.</p>
      <p>Unions told Associated Press they would strike.</p>`;
    const sources = findAttributions(bodyOf(html), PAGE);
    expect(sources).toEqual([
      { id: 'attribution-the-associated-press', title: 'The Associated Press', url: 'https://apnews.com/article/port-closure-123', citedBy: 3, kind: 'attribution' },
      { id: 'attribution-reuters', title: 'Reuters', url: 'https://www.reuters.com/world/port-456', citedBy: 1, kind: 'attribution' },
    ]);
  });

  it('never credits the page own site, by domain or name, nor a link already shown as a cited source', () => {
    const html = `
      <p>As the Harbour Times reported last year, the dock is unsafe (<a href="https://harbour-times.example/2024/dock">our report</a>).</p>
      <p>The study (<a href="https://journal-of-ports.example/paper">link</a>) found cracks; <a href="https://www.gov.example/ports">the ministry</a> agreed.</p>
      <p>Details in <a href="https://dailyherald.example/ports/1">the Daily Herald</a>.</p>`;
    const page = { ...PAGE, citedUrls: ['https://journal-of-ports.example/paper'] };
    expect(credits(html, page)).toEqual([['dailyherald.example', 1]]);
    // On reuters.com, "told Reuters" is the page's own reporting.
    expect(credits('<p>The minister told Reuters she would resign.</p>', { url: 'https://www.reuters.com/world/x', siteName: null, citedUrls: [] })).toEqual([]);
  });

  it('reads registrable domains', () => {
    expect(['news.bbc.co.uk', 'www.apnews.com', 'edition.cnn.com', 'example.com.au'].map(registrableDomain)).toEqual(['bbc.co.uk', 'apnews.com', 'cnn.com', 'example.com.au']);
  });
});
