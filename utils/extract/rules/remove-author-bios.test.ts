import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeAuthorBios } from './remove-author-bios';
import { testContext } from './test-context';

describe('removeAuthorBios', () => {
  it('removes an "About the Author" heading with the bio under it', () => {
    const body = bodyOf('<p>Story text.</p><h3>About the Author</h3><p>Trevor Doe</p><p>Trevor is the senior editor and has reviewed gadgets since 2014.</p>');
    expect(removeAuthorBios.removeFrom(body, testContext)).toEqual([
      { rule: 'author-bio', text: 'About the Author\nTrevor Doe\nTrevor is the senior editor and has reviewed gadgets since 2014.' },
    ]);
    expect(blockText(body)).toBe('Story text.');
  });
  it('removes a German bio box named so', () => {
    const body = bodyOf('<p>Bericht.</p><div class="author-box"><p>Anna Muster schreibt seit 2010 über Verkehr.</p></div>');
    expect(removeAuthorBios.removeFrom(body, testContext)).toEqual([{ rule: 'author-bio', text: 'Anna Muster schreibt seit 2010 über Verkehr.' }]);
  });
  it('keeps a long section that only starts with such a heading', () => {
    const long = '<p>' + 'The novelist grew up by the sea and wrote about it all her life. '.repeat(20) + '</p>';
    const body = bodyOf(`<h2>About the author</h2>${long}`);
    expect(removeAuthorBios.removeFrom(body, testContext)).toEqual([]);
  });
});
