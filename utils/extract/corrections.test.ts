import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyOf, extractHtml, fixtureUrl } from '../../tests/helpers';
import { parsePage } from '../../cli/dom';
import { takeCorrectionNotes } from './corrections';
import { readModifiedTime } from './modified-time';
import type { JsonObject } from './json-ld';
import { readMetaValues } from './metadata';

const ROOT = path.resolve(__dirname, '../..');

describe('correction notes', () => {
  it.each([
    ['<p><strong>Correction:</strong> An earlier version misstated the mayor’s age.</p>', 'correction', 'An earlier version misstated the mayor’s age.'],
    ['<p><em>Update (June 8): The ministry has since confirmed the figures.</em></p>', 'update', 'The ministry has since confirmed the figures.'],
    ['<p>Clarification: The survey covered only households with children.</p>', 'clarification', 'The survey covered only households with children.'],
    ["<p>Editor's note: This article is part of a series on water shortages.</p>", 'editors-note', 'This article is part of a series on water shortages.'],
    ['<p>Rectificatif : une version précédente de cet article indiquait une mauvaise date.</p>', 'correction', 'une version précédente de cet article indiquait une mauvaise date.'],
    ['<p>Mise à jour : le préfet a levé l’arrêté dimanche soir.</p>', 'update', 'le préfet a levé l’arrêté dimanche soir.'],
    ['<p>Note de la rédaction : cet entretien a été relu par l’intéressé.</p>', 'editors-note', 'cet entretien a été relu par l’intéressé.'],
    ['<p><b>Korrektur:</b> In einer früheren Version stand ein falscher Name.</p>', 'correction', 'In einer früheren Version stand ein falscher Name.'],
    ['<p>Anmerkung der Redaktion: Der Artikel wurde um eine Stellungnahme ergänzt.</p>', 'editors-note', 'Der Artikel wurde um eine Stellungnahme ergänzt.'],
    ['<p>Corrección: una versión anterior de esta noticia atribuía la cita al alcalde.</p>', 'correction', 'una versión anterior de esta noticia atribuía la cita al alcalde.'],
    ['<p>Aclaración: el estudio no incluye a los menores de edad.</p>', 'clarification', 'el estudio no incluye a los menores de edad.'],
    ['<p>This story has been updated with comment from the police.</p>', 'update', 'This story has been updated with comment from the police.'],
    ["<p><strong>Updated:</strong> June 8, 2025 — This story has been updated with the council's vote.</p>", 'update', "June 8, 2025 — This story has been updated with the council's vote."],
    ['<p>Aktualisierung: 8. Juni 2025 – Dieser Artikel wurde um die Stellungnahme der Stadt ergänzt.</p>', 'update', '8. Juni 2025 – Dieser Artikel wurde um die Stellungnahme der Stadt ergänzt.'],
    ['<p>Actualización: 8 de junio de 2025. Esta noticia ha sido actualizada con la votación del pleno.</p>', 'update', '8 de junio de 2025. Esta noticia ha sido actualizada con la votación del pleno.'],
  ])('%s', (html, kind, text) => {
    const body = bodyOf(`<p>The article's first paragraph stays where it is.</p>${html}`);
    expect(takeCorrectionNotes(body)).toEqual([{ kind, text }]);
    // Moved: the body keeps only the article's own paragraph.
    expect(body.textContent).toBe("The article's first paragraph stays where it is.");
  });

  it.each([
    '<p>Updated</p>',
    '<p>Correction officers went on strike on Monday across the state prisons.</p>',
    '<p>Update: see below.</p>',
    '<p>Updated: June 7, 2025 at 10:32 a.m.</p>',
  ])('not a note: %s', (html) => {
    expect(takeCorrectionNotes(bodyOf(html))).toEqual([]);
  });

  it.each([
    '<p><strong>Updated:</strong> June 7, 2025 — The council approved the new tram line on Tuesday night after a six-hour debate, ending two years of argument over its route through the old town. Construction starts in the spring.</p>',
    '<p>Updated: 10/31/2024 The moving process in the city can be an adventure, sometimes welcome and often hard, and choosing the right movers matters for your peace of mind.</p>',
    '<p>Mise à jour : 7 juin 2025 – Le conseil municipal a approuvé mardi soir la nouvelle ligne de tramway, après six heures de débat sur son tracé dans la vieille ville.</p>',
  ])('an intro that opens with its date stays in the body: %s', (html) => {
    const body = bodyOf(`${html}<p>The line opens in 2028.</p>`);
    expect(takeCorrectionNotes(body)).toEqual([]);
    expect(body.querySelectorAll('p')).toHaveLength(2);
  });

  it('a live blog keeps its "Update:" entries in the body, and still moves its correction', () => {
    const entries = [1, 2, 3, 4].map((n) => `<p>Update: rescuers have reached the village number ${n} this morning.</p>`).join('');
    const body = bodyOf(`${entries}<p>Correction: the earlier death toll of twelve was wrong.</p>`);
    expect(takeCorrectionNotes(body)).toEqual([{ kind: 'correction', text: 'the earlier death toll of twelve was wrong.' }]);
    expect(body.querySelectorAll('p')).toHaveLength(4);
  });
});

describe('modified time', () => {
  it('reads JSON-LD dateModified, then meta, then a <time> after "Updated"', () => {
    const page = (head: string, body = '') => parsePage(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`, null);
    const jsonLd = [{ '@type': 'NewsArticle', dateModified: '2025-06-08T10:00:00+02:00' }];
    const modifiedTime = (doc: Document, jsonLd: JsonObject[]) => readModifiedTime(doc, { jsonLd, metaValues: readMetaValues(doc) });
    expect(modifiedTime(page(''), jsonLd)).toBe('2025-06-08T08:00:00.000Z');
    expect(modifiedTime(page('<meta property="article:modified_time" content="2025-06-08T11:00:00Z">'), [])).toBe('2025-06-08T11:00:00.000Z');
    const times = '<p>Published <time datetime="2025-06-07T09:30:00Z">June 7</time> · Aktualisiert am <time datetime="2025-06-09T07:00:00Z">9. Juni</time></p>';
    expect(modifiedTime(page('', times), [])).toBe('2025-06-09T07:00:00.000Z');
    expect(modifiedTime(page('', '<p>Published <time datetime="2025-06-07T09:30:00Z">June 7</time></p>'), [])).toBeNull();
  });
});

describe('a corrected article', () => {
  it('keeps its correction and last change as fields, shown once', () => {
    const html = readFileSync(path.join(ROOT, 'e2e/fixtures/trust-corrected-v2.html'), 'utf8');
    const article = extractHtml(html, fixtureUrl(html))!;
    expect(article.modifiedTime).toBe('2025-04-03T14:20:00.000Z');
    expect(article.corrections).toEqual([{ kind: 'correction', text: 'An earlier version of this article gave the cost of the project as 240 million euros. It is 210 million euros.' }]);
    expect(article.textContent).not.toContain('Correction');
    expect(article.sources).toEqual([{ id: 'attribution-reuters', title: 'Reuters', url: null, citedBy: 1, kind: 'attribution' }]);
  });
});
