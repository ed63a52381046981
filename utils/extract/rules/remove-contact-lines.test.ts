import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { removeContactLines } from './remove-contact-lines';
import { testContext } from './test-context';

describe('removeContactLines', () => {
  it.each([['paul.doe@chron.example'], ['twitter.com/pauldoe'], ['@pauldoe'], ['Email: jane@paper.example'], ['https://www.instagram.com/janedoe'], ['Email : jane@paper.example'], ['Twitter:@janedoe'], ['x.com/janedoe.'], ['Contact: jane@paper.example']])('removes "%s"', (line) => {
    const body = bodyOf(`<p>Story.</p><p>${line}</p>`);
    expect(removeContactLines.removeFrom(body, testContext)).toEqual([{ rule: 'contact-line', text: line }]);
  });
  it('keeps sentences that contain an address', () => {
    const body = bodyOf('<p>Readers can write to letters@paper.example with their views.</p><p>@ 5pm the polls close.</p><p>Follow her on Bluesky @jane.doe</p>');
    expect(removeContactLines.removeFrom(body, testContext)).toEqual([]);
  });
});
