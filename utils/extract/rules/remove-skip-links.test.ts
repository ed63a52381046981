import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeSkipLinks } from './remove-skip-links';
import { testContext } from './test-context';

describe('removeSkipLinks', () => {
  it.each([
    ['Skip to content'], ['Skip to main content'], ['Aller au contenu'], ['Zum Inhalt springen'], ['Saltar al contenido'],
  ])('removes "%s"', (label) => {
    const body = bodyOf(`<a href="#main">${label}</a><p>Story.</p>`);
    expect(removeSkipLinks.removeFrom(body, testContext)).toEqual([{ rule: 'skip-link', text: label }]);
    expect(blockText(body)).toBe('Story.');
  });
  it('keeps in-article links and links that leave the page', () => {
    const body = bodyOf('<p>See <a href="#section-2">the second part</a>.</p><a href="/content">Skip to content</a>');
    expect(removeSkipLinks.removeFrom(body, testContext)).toEqual([]);
  });
});
