import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeBreadcrumbs } from './remove-breadcrumbs';
import { testContext } from './test-context';

describe('removeBreadcrumbs', () => {
  it.each([
    ['<div><a href="/">Home</a><a href="/news">Latest News</a>Actress stuns in new photos</div>', 'HomeLatest NewsActress stuns in new photos'],
    ['<nav><a href="/">Accueil</a> › <a href="/societe">Société</a></nav>', 'Accueil › Société'],
    ['<ol><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ol>', 'Startseite\nPolitik'],
  ])('removes %s', (html, text) => {
    const body = bodyOf(`${html}<p>Story text.</p>`);
    expect(removeBreadcrumbs.removeFrom(body, testContext)).toEqual([{ rule: 'breadcrumb', text }]);
    expect(blockText(body)).toBe('Story text.');
  });
  it('keeps a sentence that links home first', () => {
    const body = bodyOf('<p>Back <a href="/">home</a>, the <a href="/team">team</a> celebrated late into the night.</p><p>We went <a href="/">Home</a> early.</p>');
    expect(removeBreadcrumbs.removeFrom(body, testContext)).toEqual([]);
  });
});
