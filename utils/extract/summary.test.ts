import { describe, expect, it } from 'vitest';
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
        'Un tram passera toutes les vingt minutes. ' +
        "La métropole estime le coût de l'essai de nuit du tramway à deux millions d'euros par an.",
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
