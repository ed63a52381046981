/**
 * Golden tests: every fixture page in tests/fixtures/pages has its whole expected Article in
 * tests/expected/<name>.json. Regenerate with `npm run fixtures:update` and review the diff in the commit.
 * The facts a reader cares about are also asserted by hand below, so a regeneration cannot bless a regression.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFixture, extractHtml, FIXTURES_DIR, readabilityText } from './helpers';

const PAGES_DIR = path.join(FIXTURES_DIR, 'pages');
const EXPECTED_DIR = path.resolve(__dirname, 'expected');
const UPDATE = process.env.UPDATE_EXPECTED === '1';
const pages = readdirSync(PAGES_DIR).filter((name) => name.endsWith('.html')).sort();

describe('golden pages', () => {
  it.each(pages)('%s matches its expected article', (name) => {
    const article = extractFixture(`pages/${name}`);
    const expectedFile = path.join(EXPECTED_DIR, name.replace(/\.html$/, '.json'));
    const actual = JSON.parse(JSON.stringify(article));
    if (UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, `${JSON.stringify(actual, null, 2)}\n`);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });
});

function extract(name: string) {
  const article = extractFixture(`pages/${name}`);
  if (!article) throw new Error(`${name}: no article`);
  return article;
}

describe('the reference page', () => {
  it('reads as the product promises', () => {
    const html = readFileSync(path.resolve(__dirname, '../../shared/fixtures/seed-news-page.html'), 'utf8');
    const article = extractHtml(html, 'https://meridian-post.example/world/africa/wagner-mercenaries-seek-exit-mali');
    if (!article) throw new Error('seed page: no article');
    expect(article.headline).toBe('Mercenaries affiliated with the Russian Wagner Group seek to terminate their operations in Mali.');
    expect(article.textContent.split('Mercenaries affiliated with the Russian Wagner Group')).toHaveLength(1);
    expect(article.textContent.split("Bidin' Adieu to Bamako")).toHaveLength(2);
    expect(article.subtitle).toBe('Completed the mission or accomplished the objective?');
    expect([article.byline, article.siteName, article.publishedTime, article.lang]).toEqual(['Staff Writer', 'Meridian Post', '2025-06-07T09:30:00.000Z', 'en']);
    expect(article.implications.map((item) => [item.label, item.sourceIds])).toEqual([
      ['Enduring Russian Influence', ['3']],
      ['Ongoing Security Challenges', ['3']],
      ['Human Rights Woes', ['1', '3']],
      ['Diplomatic Tensions', ['1']],
      ['Regional Instability', ['3']],
    ]);
    expect(article.sources.map((source) => [source.id, source.url, source.citedBy])).toEqual([
      ['1', 'https://sahel-wire.example/2025/06/06/wagner-announces-mali-exit', 5],
      ['2', 'https://eurasia-monitor.example/news/wagner-telegram-mission-accomplished', 3],
      ['3', 'https://defence-review.example/analysis/africa-corps-takes-over', 7],
    ]);
    expect(article.removed.map((r) => r.rule)).toEqual([
      'skip-link', 'consent-banner', 'newsletter-box', 'share-bar', 'share-bar', 'ad-slot', 'related-links', 'related-links', 'tag-list', 'headline-repeat', 'recap-paragraph',
    ]);
    expect(article.removed.at(-1)?.text).toMatch(/^Russian politics and general news continue/);
    for (const junk of ['Skip to content', 'cookies', 'Sign up', 'Share', 'Advertisement', 'Read also', 'Latest', 'Most read', 'Tags:', 'Sources', '© 2025']) {
      expect(article.textContent).not.toContain(junk);
    }
    expect(article.textContent).toContain('All in all, while Wagner checks out of Mali');
    // The lead picture stands between the header and the body container Readability keeps: it leads the body, with its caption.
    expect(article.contentHtml).toMatch(/^<figure>\s*<img src="https:\/\/meridian-post\.example\/media\/wagner-mali\.jpg" alt="Wagner Mercenaries Seek Exit from Military Engagements in Mali" width="1200" height="675">\s*<figcaption>Wagner Mercenaries Seek Exit from Military Engagements in Mali<\/figcaption>\s*<\/figure><div>/);
    expect(article.contentHtml.split('wagner-mali.jpg')).toHaveLength(2);
    expect(article.textContent).not.toContain('Wagner Mercenaries Seek Exit from Military Engagements in Mali');
    expect(article.summary.split(/\s+/).length).toBeGreaterThanOrEqual(15);
    expect(article.summary.split(/\s+/).length).toBeLessThanOrEqual(90);
    expect(article.summary).not.toMatch(/\[\d+\]/);
  });
});

describe('what a reader sees', () => {
  it('a clean page loses nothing', () => {
    const article = extract('clean-page.html');
    expect(article.removed).toEqual([]);
    expect(article.headline).toBe('Central library reopens after two-year renovation');
    expect(article.textContent.split('\n')).toEqual([
      expect.stringMatching(/^The central library reopened on Monday/),
      expect.stringMatching(/^The renovation cost 18 million pounds/),
      'More seats, longer hours',
      expect.stringMatching(/^The building now has 640 seats/),
      'Monday to Friday: 8am to 10pm',
      'Saturday: 9am to 6pm',
      'Sunday: 11am to 5pm',
      expect.stringMatching(/^About 3,000 people visited/),
      'Visitors per year',
      'Year', 'Visitors', '2019', '412,000', '2022', '365,000',
      expect.stringMatching(/^The library expects to welcome half a million visitors/),
    ]);
    expect(article.contentHtml).toContain('<table>');
    expect(article.byline).toBe('Ruth Okafor');
    expect(article.lang).toBe('en');
  });

  it('a section front is not an article', () => {
    expect(extractFixture('pages/section-front.html')).toBeNull();
  });

  it('a short note that cites its sources is read as one; the same text without them is not', () => {
    const html = readFileSync(path.join(PAGES_DIR, 'short-cited-note.html'), 'utf8');
    const note = extract('short-cited-note.html');
    expect(note.sources.map((s) => [s.id, s.url, s.citedBy])).toEqual([
      ['1', 'https://port.example/gauge/hourly', 1],
      ['2', 'https://survey.example/sea-level/monthly', 1],
    ]);
    const uncited = html.replace(/<a href="#n\d"><sup>\d<\/sup><\/a>/g, '').replace(/<h2>Notes<\/h2>[\s\S]*?<\/ol>/, '');
    expect(uncited).not.toContain('<sup>');
    expect(extractHtml(uncited, 'https://harbour-ledger.example/notes/tide-gauge-figures')).toBeNull();
  });

  it('a hostile page keeps its text and loses every way to run code', () => {
    const article = extract('hostile.html');
    for (const needle of ['onerror', 'onload', 'onmouseover', 'javascript:', 'vbscript:', 'data:text', '<script', '<iframe', '<form', '<object', '<style', '<svg', '<math', 'srcdoc', 'formaction', 'evil.example', '__pwned']) {
      expect(article.contentHtml.toLowerCase()).not.toContain(needle);
    }
    expect(article.textContent).toContain('A fire in the basement archive of city hall destroyed building permits');
    expect(article.textContent).toContain('The council will meet in an emergency session on Tuesday');
    expect(article.contentHtml).toContain('href="https://tabloid-daily.example/news/2025/archives" target="_blank" rel="noopener noreferrer"');
  });

  it('a French page loses its consent banner, share bar, ad, teaser and newsletter', () => {
    const article = extract('french-article.html');
    expect(article.lang).toBe('fr');
    expect(article.subtitle).toBe('La métropole teste un service toute la nuit le week-end sur deux lignes.');
    // The standfirst is shown once, as the subtitle; its copy in the body is recorded as a headline repeat.
    expect(article.removed.map((r) => r.rule).sort()).toEqual(['ad-slot', 'consent-banner', 'headline-repeat', 'newsletter-box', 'related-links', 'related-links', 'share-bar']);
    for (const junk of ['Lire aussi', 'Publicité', 'Partager', 'newsletter', 'Sur le même sujet', 'cookies']) expect(article.textContent).not.toContain(junk);
    expect(article.textContent).toContain('Si l\'essai est concluant, la métropole envisage');
  });

  it('a Spanish page loses its skip link, share bar, teasers and tags', () => {
    const article = extract('spanish-live-bar.html');
    expect(article.removed.map((r) => r.rule).sort()).toEqual(['related-links', 'related-links', 'share-bar', 'skip-link', 'tag-list']);
    for (const junk of ['Lee también', 'Etiquetas', 'Lo más leído', 'Compartir', 'Saltar']) expect(article.textContent).not.toContain(junk);
    expect(article.textContent).toContain('Las organizaciones agrarias advierten');
  });

  it('a very long article keeps every one of its sixty entries', () => {
    const article = extract('long-article.html');
    for (let entry = 1; entry <= 60; entry++) expect(article.textContent).toContain(`(entry ${entry}).`);
    expect(article.removed.map((r) => r.rule)).toEqual(['related-links']);
  });

  it('a WordPress post wrapped in customized built-ins (is="wp-post") keeps its whole text, and loses every is', () => {
    const article = extract('customized-builtin-wrapper.html');
    expect(article.headline).toBe('Island ferry keeps its evening crossing through the winter');
    expect(article.textContent.split('\n')).toEqual([
      expect.stringMatching(/^The ferry between the harbour and the island will keep its evening crossing this winter, .* from November to March\.$/),
      expect.stringMatching(/^The operator said on Monday that a grant .* returns from the island forty minutes later\.$/),
      expect.stringMatching(/^About two hundred people live on the island all year\. .* who use the late boat in the summer\.$/),
      'A grant for two winters',
      expect.stringMatching(/^The grant runs for two winters, .* against eighty on the morning commuter sailing\.$/),
      'We heard very clearly that the evening boat is what lets people hold a job in town and still get home to the island.',
      expect.stringMatching(/^The operator's manager said .* would stay on until the last boat is in\.$/),
      'Morning sailings: 7:00 and 8:30 from the harbour',
      'Afternoon sailings: 12:15 and 16:00 from the harbour',
      'Evening sailing: 19:15 from the harbour, 19:55 from the island',
      expect.stringMatching(/^Fares will not change this winter\. .* which the operator had also considered ending\.$/),
      "The new timetable will be published on the operator's website at the end of the month and posted at both slipways.",
      // The post navigation's screen-reader heading stays, as it does on the same page without is.
      'Post navigation',
    ]);
    expect(article.contentHtml).not.toMatch(/\sis=/);
    const html = readFileSync(path.join(PAGES_DIR, 'customized-builtin-wrapper.html'), 'utf8');
    const withoutIs = html.replace(/ is="[^"]*"/g, '');
    expect(withoutIs).not.toContain(' is=');
    expect(extractHtml(withoutIs, 'https://valley-courier.example/2025/10/14/ferry-timetable-winter')).toEqual(article);
  });

  it('a "Most read" rail is never a notes list: markers the page gives no note for are sources not found on it', () => {
    const article = extract('bare-markers-most-read.html');
    expect(article.sources).toEqual([
      { id: '1', title: null, url: null, citedBy: 3, missing: true },
      { id: '2', title: null, url: null, citedBy: 1, missing: true },
      { id: '3', title: null, url: null, citedBy: 2, missing: true },
    ]);
    expect(article.textContent).toContain('could bring back weekday boats if the number of passengers rose [1][3].');
    expect(article.removed.map((r) => r.rule)).toEqual(['related-links', 'tag-list']);
  });

  it('a "Sources" list resolves the notes it holds; a marker it lacks is not found on this page', () => {
    const article = extract('sources-list-missing-note.html');
    expect(article.sources).toEqual([
      { id: '1', title: 'Estuary winter bird count, 2024-25', url: 'https://birds.example/estuary-count-2024', citedBy: 1 },
      { id: '2', title: 'County wildlife trust, wader survey report, November 2024.', url: null, citedBy: 1 },
      { id: '3', title: null, url: null, citedBy: 2, missing: true },
    ]);
    expect(article.textContent).not.toContain('Sources');
  });

  it('a div-soup page without <p> is still an article', () => {
    const article = extract('div-soup-bare-markers.html');
    expect(article.textContent).toContain('Three villages in the upper valley have depended on water trucks');
    expect(article.textContent).toContain('The ban will be reviewed at the end of the month.');
    expect(article.textContent).not.toContain('Most read');
  });

  it('an article written as sections is read whole when Readability keeps one section, with the lists it announces', () => {
    const html = readFileSync(path.join(PAGES_DIR, 'sectioned-report.html'), 'utf8');
    const url = 'https://notes.example/lockstep-12';
    // Readability alone keeps the thanks and nothing else: the sections split its score.
    expect(readabilityText(html, url)?.split('\n')[0]).toMatch(/^Thanks, as ever/);
    const article = extract('sectioned-report.html');
    const lines = article.textContent.split('\n');
    for (const heading of ['What the tool does', 'Progress this month', 'What comes next', 'Thanks']) expect(lines).toContain(heading);
    expect(lines).toContain('Stop resolving optional dependencies twice');
    expect(lines.at(-1)).toMatch(/^And thanks, too, to Goran Petrovic/);
    expect(article.removed.map((r) => r.rule)).toEqual(['headline-repeat', 'byline-line']);
  });
});

