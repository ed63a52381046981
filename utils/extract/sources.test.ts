import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../tests/helpers';
import { blockText } from './text';
import { countCitations, labelOf, takeSourcesFromClone } from './sources';

function take(html: string, url?: string) {
  const body = bodyOf(html, url);
  const sources = takeSourcesFromClone(body);
  const markers = Array.from(body.querySelectorAll('[data-source-id]')).map((a) => a.parentElement?.outerHTML);
  return { sources, markers, text: blockText(body) };
}

describe('labelOf', () => {
  it.each([
    ['[1]', '1'],
    ['(2)', '2'],
    ['3.', '3'],
    [' 4 : ', '4'],
    ['[ 5 ]', '5'],
    ['007', '7'],
    ['a)', 'a'],
    ['*', '*'],
    ['†.', '†'],
    ['1))', null],
    ['12a', null],
    ['1234', null],
    ['', null],
  ])('%j is %j', (text, label) => expect(labelOf(text)).toBe(label));
});

describe('takeSourcesFromClone', () => {
  it('resolves bracketed sup links to a "Sources" list and removes the list with its heading', () => {
    const { sources, markers, text } = take(`
      <p>Wagner is leaving Mali <sup><a href="#ref-1">[1]</a></sup><sup><a href="#ref-2">[2]</a></sup>.</p>
      <section><h4>Sources</h4><ol>
        <li id="ref-1"><a href="/wire/exit">Sahel Wire: Wagner announces exit</a></li>
        <li id="ref-2"><a href="https://monitor.example/a">Monitor: “mission accomplished”</a></li>
      </ol></section>`);
    expect(sources).toEqual([
      { id: '1', title: 'Sahel Wire: Wagner announces exit', url: 'https://news.example/wire/exit', citedBy: 0 },
      { id: '2', title: 'Monitor: “mission accomplished”', url: 'https://monitor.example/a', citedBy: 0 },
    ]);
    expect(markers).toEqual([
      '<sup><a href="#source-1" data-source-id="1">[1]</a></sup>',
      '<sup><a href="#source-2" data-source-id="2">[2]</a></sup>',
    ]);
    expect(text).toBe('Wagner is leaving Mali [1][2].');
  });

  it('takes #fn footnotes without their ↩ back-references', () => {
    const { sources, text } = take(`
      <p>The study found a rise.<sup id="fnref-1"><a href="#fn-1">1</a></sup></p>
      <section class="footnotes" role="doc-endnotes"><hr><ol>
        <li id="fn-1"><p>Institute, <a href="https://rei.example/report">Annual report</a>. <a href="#fnref-1" class="footnote-backref">↩</a></p></li>
      </ol></section>`);
    expect(sources).toEqual([{ id: '1', title: 'Institute, Annual report.', url: 'https://rei.example/report', citedBy: 0 }]);
    expect(text).toBe('The study found a rise.[1]');
  });

  it('resolves bare [n] markers in text to a "References" list of plain lines', () => {
    const { sources, text } = take(`
      <div>The springs ran dry, the office said [1]. Rain was scarce [2].</div>
      <div><b>References</b><br>
        [1] District office, press release. https://valley.example/press<br>
        [2] Weather service, July bulletin.
      </div>`);
    expect(sources).toEqual([
      { id: '1', title: 'District office, press release. https://valley.example/press', url: 'https://valley.example/press', citedBy: 0 },
      { id: '2', title: 'Weather service, July bulletin.', url: null, citedBy: 0 },
    ]);
    expect(text).toBe('The springs ran dry, the office said [1]. Rain was scarce [2].');
  });

  it('keeps a marker with no listed source as a source without title or link', () => {
    const { sources, markers } = take(`
      <p>First claim <sup><a href="#ref-1">[1]</a></sup>, second claim <sup><a href="#ref-2">[2]</a></sup>.</p>
      <h3>Sources</h3><ol><li id="ref-1">Ministry statement, 3 May.</li></ol>`);
    expect(sources).toEqual([
      { id: '1', title: 'Ministry statement, 3 May.', url: null, citedBy: 0 },
      { id: '2', title: null, url: null, citedBy: 0, missing: true },
    ]);
    expect(markers).toHaveLength(2);
  });

  it('reads a French "Sources" heading over unlinked superscripts', () => {
    const { sources, text } = take(`
      <p>Le service de nuit coûtera 2 millions d'euros<sup>1</sup>.</p>
      <p>L'essai durera un an.</p>
      <h3>Références</h3>
      <p><sup>1</sup> Délibération du conseil, <a href="https://lyon.example/deliberation">séance du 12 mai</a>.</p>`);
    expect(sources).toEqual([{ id: '1', title: 'Délibération du conseil, séance du 12 mai.', url: 'https://lyon.example/deliberation', citedBy: 0 }]);
    expect(text).toBe("Le service de nuit coûtera 2 millions d'euros[1].\nL'essai durera un an.");
  });

  it('does not take equation cross-references, powers, years or code for citations', () => {
    const html = `
      <p>By the residue theorem (see <a href="#thm-residue">1</a>), the area is 10<sup>3</sup> m<sup>2</sup>.</p>
      <p>The law was passed [2019] and <code>a[1] = b[2]</code> holds.</p>
      <h3><a name="thm-residue"></a>Theorem 1 (Residue Theorem)</h3>
      <ol><li>Exercise 1. Use the triangle inequality.</li></ol>`;
    const { sources, markers, text } = take(html);
    expect(sources).toEqual([]);
    expect(markers).toEqual([]);
    expect(text).toContain('Exercise 1. Use the triangle inequality.');
  });

  it('numbers "*" markers by order and reads hidden definitions', () => {
    const { sources } = take(`
      <p>One thread.<span class="fna-ref" data-definition="fna0"><a href="#">*</a></span> Two threads.<span class="fna-ref" data-definition="fna1"><a href="#">*</a></span></p>
      <aside style="display:none" id="fna0">Alice and Bob.</aside><aside style="display:none" id="fna1">Carol.</aside>`);
    expect(sources.map((s) => [s.id, s.title])).toEqual([['1', 'Alice and Bob.'], ['2', 'Carol.']]);
  });
});

describe('markers without a note, and story rails', () => {
  const missing = (id: string) => ({ id, title: null, url: null, citedBy: 0, missing: true });

  it('does not take a "Most read" rail for notes: bare [1][2][3] with no notes list are sources not found on this page', () => {
    const { sources, markers, text } = take(`
      <article>
        <p>The port will close two of its four terminals by 2027, the authority said on Tuesday [1].</p>
        <p>Dock workers' unions called the plan "a betrayal" and promised a strike before the summer [2][3].</p>
      </article>
      <aside class="sidebar">
        <h2>Most read</h2>
        <ol>
          <li><a href="/2025/03/ferry-fares-rise">Ferry fares rise for the third time this year</a></li>
          <li><a href="/2025/03/harbour-bridge-repairs">Harbour bridge repairs to start in May</a></li>
        </ol>
      </aside>`);
    expect(sources).toEqual([missing('1'), missing('2'), missing('3')]);
    expect(markers).toEqual([
      '<sup><a href="#source-1" data-source-id="1">[1]</a></sup>',
      '<sup><a href="#source-2" data-source-id="2">[2]</a></sup>',
      '<sup><a href="#source-3" data-source-id="3">[3]</a></sup>',
    ]);
    expect(text).toBe([
      'The port will close two of its four terminals by 2027, the authority said on Tuesday [1].',
      "Dock workers' unions called the plan \"a betrayal\" and promised a strike before the summer [2][3].",
      'Most read',
      'Ferry fares rise for the third time this year',
      'Harbour bridge repairs to start in May',
    ].join('\n'));
  });

  it('does not take an unlabelled sidebar list of the site\'s own stories, nor numbered "Latest" teasers, for notes', () => {
    const { sources } = take(`
      <main>
        <article><p>Ridership fell by a fifth after the fare rise, the operator's own figures show [1].</p></article>
        <aside><ol>
          <li><a href="https://news.example/2025/04/tram-line-opens">Tram line opens a year late</a></li>
          <li><a href="https://www.news.example/2025/04/night-buses">Night buses return on weekends</a></li>
        </ol></aside>
      </main>
      <div class="rail">
        <h3>Latest</h3>
        <ul>
          <li><span class="rank">1</span> <a href="/2025/04/cycle-lanes">Council approves new cycle lanes</a></li>
          <li><span class="rank">2</span> <a href="/2025/04/parking">Parking fees to double downtown</a></li>
        </ul>
      </div>`);
    expect(sources).toEqual([missing('1')]);
  });

  it('does not take numbered teaser blocks under "Most read" for notes on a page without lists', () => {
    const { sources, text } = take(`
      <div class="x"><div>The springs at Oberried have failed for the first time since 1952, the district office said [1].</div>
      <div>Rainfall in the upper valley has been 60 percent below average since March [2].</div></div>
      <div class="z">
        <div class="zt">Most read</div>
        <div><b>1</b> <a href="/index.php?story=4466">Festival cancelled after storm damage</a></div>
        <div><b>2</b> <a href="/index.php?story=4460">New bus timetable from September</a></div>
      </div>`, 'https://valley-courier.example/index.php?story=4471');
    expect(sources).toEqual([missing('1'), missing('2')]);
    expect(text).toContain('1 Festival cancelled after storm damage\n2 New bus timetable from September');
  });

  it('resolves the markers a "Sources" list defines and keeps the one it does not as not found', () => {
    const { sources, markers } = take(`
      <p>Bird numbers on the estuary halved in ten years [1]. Most of the loss is among waders [2], and the
      reserve's wardens blame the new marina [3].</p>
      <h3>Sources</h3>
      <ol>
        <li><a href="https://birds.example/estuary-count-2024">Estuary bird count 2024</a></li>
        <li>Wader survey, county wildlife trust, 2023.</li>
      </ol>`);
    expect(sources).toEqual([
      { id: '1', title: 'Estuary bird count 2024', url: 'https://birds.example/estuary-count-2024', citedBy: 0 },
      { id: '2', title: 'Wader survey, county wildlife trust, 2023.', url: null, citedBy: 0 },
      missing('3'),
    ]);
    expect(markers).toHaveLength(3);
  });

  it('gives a marker cited twice without a note one source, counted twice; an uncited one is dropped', () => {
    const body = bodyOf(`
      <p>The mill closed in March, the union says [4], after two years of losses [4].</p>
      <aside><p>Editor's pick: the mill's history, in pictures [7].</p></aside>`);
    const sources = takeSourcesFromClone(body);
    expect(sources).toEqual([missing('4'), missing('7')]);
    body.querySelector('aside')?.remove();
    expect(countCitations(body, sources)).toEqual([{ id: '4', title: null, url: null, citedBy: 2, missing: true }]);
  });

  it('does not take brackets in code, numbered steps, pagination or indices for markers', () => {
    const { sources, markers, text } = take(`
      <p>To read the first item, write <code>items[1]</code> in the console.</p>
      <p>Follow the steps below:<br>[1] Unplug the router.<br>[2] Wait thirty seconds before you plug it back in.</p>
      <ol><li>[1] Remove the cover.</li><li>[2] Replace the filter.</li></ol>
      <p>In the matrix above, entry a[2] is zero and entry b[3] is one.</p>
      <div class="pages">Pages: <a href="/p/1">[1]</a> [2] <a href="/p/3">[3]</a></div>`);
    expect(sources).toEqual([]);
    expect(markers).toEqual([]);
    expect(text).toContain('[1] Unplug the router.');
  });
});

