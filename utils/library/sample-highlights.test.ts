import { describe, expect, it } from 'vitest';
import { sampleBodyText } from './sample-highlights';

describe('sampleBodyText', () => {
  it('joins the text nodes of a sample body', () => {
    expect(sampleBodyText('<p>The council <em>delayed</em> the vote.</p><h2>Next</h2><p>A <a href="https://x.example/v">plan</a> follows.</p>')).toBe('The council delayed the vote.NextA plan follows.');
  });
});
