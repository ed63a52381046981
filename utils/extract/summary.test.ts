import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractHtml, SHARED_DIR } from '../../tests/helpers';
import { summarize } from './summary';

const ENGLISH = [
  'Port automation will cut 1,200 dock jobs by 2030, study finds',
  'Automated cranes and driverless carriers could remove about 1,200 of the 3,400 dock jobs at the harbour by 2030, a study by the regional employment institute found [1].',
  'The institute modelled three scenarios for the two container terminals of the harbour.',
  'Enduring Change: Crane operators are the most exposed to automation.',
  'Crane operators and lashers are the most exposed dock jobs, while harbour pilots and engineers are the least exposed, the study says [2][3].',
  'Is this the end of the docks?',
  'The union wants a retraining fund for dock workers paid for by the terminal operators.',
].join('\n');

const FRENCH = [
  'Les trams de nuit arrivent à Lyon dès septembre',
  'À partir du 6 septembre, les lignes T1 et T2 du tramway lyonnais circuleront toute la nuit le vendredi et le samedi. Un tram passera toutes les vingt minutes.',
  'La métropole estime le coût de l\'essai de nuit du tramway à deux millions d\'euros par an.',
  'Les syndicats de conducteurs demandent des renforts pour le service de nuit du tramway.',
].join('\n');

/** A lead whose own paragraph goes on about the vote, and a turn two paragraphs down that the body then follows. */
const BRIDGE = [
  'The county council approved on Tuesday a new road bridge over the river Wye at Ross, ending a ten-year debate about lorries in the town centre. Councillors voted 31 to 12 for the bridge after a four-hour debate in which the council leader called it the most important decision for the town in a generation.',
  "The bridge will cost 48 million pounds, most of it from the government's levelling-up fund, and take three years to build.",
  'But the Environment Agency has objected to the plans, warning that the piers of the bridge would raise the flood risk for homes downstream.',
  'The Environment Agency can ask the government to call in the decision, which would delay the work by at least a year.',
  'Residents downstream said the flood risk had been ignored. "We were flooded in 2020 and nobody came," said one of them.',
].join('\n');

const FREE_TRANSPORT = [
  "La métropole de Lyon a voté jeudi la gratuité des transports en commun pour les moins de 18 ans à partir de septembre. Après un long débat, le conseil métropolitain a adopté la mesure par 98 voix contre 52, le président de la métropole parlant d'un choix historique pour les familles.",
  "La mesure concerne environ 200 000 jeunes et coûtera 30 millions d'euros par an.",
  "Mais l'opposition conteste le financement, car la hausse des tarifs pour les autres usagers paiera une partie de la gratuité des jeunes.",
  "Les associations d'usagers dénoncent elles aussi la hausse des tarifs, qui atteindra dix pour cent pour l'abonnement mensuel.",
  'Le syndicat des transports promet de nouveaux bus sur les lignes les plus chargées.',
].join('\n');

const SPEED_LIMIT = [
  'Ab März gilt in der Freiburger Innenstadt auf allen Straßen Tempo 30, hat der Gemeinderat am Dienstag mit knapper Mehrheit beschlossen. Nach einer langen Debatte stimmten 24 Stadträte für Tempo 30 in der Innenstadt und 22 dagegen, der Oberbürgermeister sprach von einem wichtigen Schritt für die Stadt.',
  'Die Stadt erhofft sich weniger Lärm und weniger Unfälle.',
  'Doch das Regierungspräsidium hat Bedenken angemeldet, denn auf Bundesstraßen darf eine Stadt Tempo 30 nur vor Schulen oder an Unfallschwerpunkten anordnen.',
  'Das Regierungspräsidium will den Beschluss nun prüfen und könnte ihn für die drei Bundesstraßen in der Innenstadt aufheben.',
  'Der Handelsverband begrüßte den Beschluss, die Taxifahrer kritisierten ihn als Symbolpolitik.',
].join('\n');

describe('summarize', () => {
  it('picks central lead sentences in article order, without the headline, markers, labels or questions', () => {
    const summary = summarize(ENGLISH, { headline: 'Port automation will cut 1,200 dock jobs by 2030, study finds', lang: 'en' });
    expect(summary).toBe(
      'Automated cranes and driverless carriers could remove about 1,200 of the 3,400 dock jobs at the harbour by 2030, a study by the regional employment institute found. ' +
        'Crane operators and lashers are the most exposed dock jobs, while harbour pilots and engineers are the least exposed, the study says.',
    );
  });

  it('splits French sentences within a block and skips the headline line', () => {
    const summary = summarize(FRENCH, { headline: 'Les trams de nuit arrivent à Lyon dès septembre', lang: 'fr' });
    expect(summary).toBe(
      'À partir du 6 septembre, les lignes T1 et T2 du tramway lyonnais circuleront toute la nuit le vendredi et le samedi. ' +
        "La métropole estime le coût de l'essai de nuit du tramway à deux millions d'euros par an. " +
        'Les syndicats de conducteurs demandent des renforts pour le service de nuit du tramway.',
    );
  });

  it('tells the lead and then the turn, not the rest of the lead paragraph', () => {
    expect(summarize(BRIDGE, { headline: 'Council approves a new bridge over the Wye', lang: 'en' })).toBe(
      'The county council approved on Tuesday a new road bridge over the river Wye at Ross, ending a ten-year debate about lorries in the town centre. ' +
        'But the Environment Agency has objected to the plans, warning that the piers of the bridge would raise the flood risk for homes downstream.',
    );
  });

  it('tells the turn in French and German too', () => {
    expect(summarize(FREE_TRANSPORT, { headline: 'Lyon rend les transports gratuits pour les jeunes', lang: 'fr' })).toBe(
      'La métropole de Lyon a voté jeudi la gratuité des transports en commun pour les moins de 18 ans à partir de septembre. ' +
        "Mais l'opposition conteste le financement, car la hausse des tarifs pour les autres usagers paiera une partie de la gratuité des jeunes.",
    );
    expect(summarize(SPEED_LIMIT, { headline: 'Freiburg führt Tempo 30 in der Innenstadt ein', lang: 'de' })).toBe(
      'Ab März gilt in der Freiburger Innenstadt auf allen Straßen Tempo 30, hat der Gemeinderat am Dienstag mit knapper Mehrheit beschlossen. ' +
        'Doch das Regierungspräsidium hat Bedenken angemeldet, denn auf Bundesstraßen darf eine Stadt Tempo 30 nur vor Schulen oder an Unfallschwerpunkten anordnen. ' +
        'Der Handelsverband begrüßte den Beschluss, die Taxifahrer kritisierten ihn als Symbolpolitik.',
    );
  });

  it('on the reference page, tells that the Russian presence goes on through the Africa Corps', () => {
    const html = readFileSync(path.join(SHARED_DIR, 'fixtures/seed-news-page.html'), 'utf8');
    expect(extractHtml(html, 'https://meridian-post.example/world/africa/wagner-mercenaries-seek-exit-mali')?.summary).toBe(
      'In a surprising turn of events, the notorious Russian mercenary group, Wagner, has announced its departure from Mali, claiming mission accomplished after the capture of key cities under the control of the legitimate government. ' +
        'Speculations suggest that most Russian personnel previously affiliated with Wagner will be reassigned to The Africa Corps, ensuring a persistent presence in the northern regional capitals and the capital city, Bamako.',
    );
  });

  it('is empty for a text without sentences enough', () => {
    expect(summarize('Short line.\nAnother one', { headline: '', lang: 'en' })).toBe('');
  });

  it('is deterministic and within 15 to 90 words', () => {
    const a = summarize(ENGLISH, { headline: '', lang: null });
    expect(summarize(ENGLISH, { headline: '', lang: null })).toBe(a);
    const words = a.split(/\s+/).length;
    expect(words).toBeGreaterThanOrEqual(15);
    expect(words).toBeLessThanOrEqual(90);
  });
});
