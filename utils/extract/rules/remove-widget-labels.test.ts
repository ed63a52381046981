import { describe, expect, it } from 'vitest';
import { bodyOf } from '../../../tests/helpers';
import { blockText } from '../text';
import { removeWidgetLabels } from './remove-widget-labels';
import { testContext } from './test-context';

describe('removeWidgetLabels', () => {
  it('removes gallery leftovers in several languages', () => {
    const body = bodyOf('<p>Story.</p><div>Image</div><div>1</div><div>3 / 9</div><span><span>Caption</span></span><div>Close</div><div>Schließen</div><div>Image 2 of 12</div><div>Image <span>1</span> <span>of</span> <span>/</span> <span>5</span></div>');
    expect(removeWidgetLabels.removeFrom(body, testContext).map((r) => r.text)).toEqual(['Image', '1', '3 / 9', 'Caption', 'Close', 'Schließen', 'Image 2 of 12', 'Image 1 of / 5']);
    expect(blockText(body)).toBe('Story.');
  });
  it('removes account links, read-more buttons, player notices and comment headings left alone on a line', () => {
    const body = bodyOf('<header><div><span>Sign In</span></div></header><p>Story.</p><p>Media playback is unsupported on your device</p><div><a href="/full">Read More</a></div><h3>Comments</h3><p><a href="#c">Post Comment (+)</a></p><div>Weiterlesen</div>');
    expect(removeWidgetLabels.removeFrom(body, testContext).map((r) => r.text)).toEqual(['Sign In', 'Media playback is unsupported on your device', 'Read More', 'Comments', 'Post Comment (+)', 'Weiterlesen']);
    expect(blockText(body)).toBe('Story.');
  });
  it('keeps numbers in tables and lists and words inside sentences', () => {
    const body = bodyOf('<table><tr><td>1</td><td>Next</td></tr></table><ol><li>2</li></ol><p>Close to 40 people came.</p><p>2 of 5 / 9</p><p>Read more about the plan in the report of the council.</p>');
    expect(removeWidgetLabels.removeFrom(body, testContext)).toEqual([]);
  });
});
