// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { SummarizerApi } from '../utils/summarizer';
import { AiKeyPoints } from './AiKeyPoints';
import { AiKeyPointsSetting } from './AiKeyPointsSetting';

function stubApi(availability: string): SummarizerApi {
  return {
    availability: vi.fn(async () => availability),
    create: vi.fn(async () => ({ summarize: async () => '* The ferry sails again after two years.\n* Fares stay at two pounds for residents.' })),
  };
}

/** Lets effects run and the stub's promises resolve: 20 short timer turns, since five zero-delay turns were not enough in a full run. */
const settle = () => act(async () => {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
});

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

describe('AI key points', () => {
  it('with the model ready: a labelled section listing the points', async () => {
    render(<AiKeyPoints text="The ferry sails again." lang="en" api={stubApi('available')} />, root);
    await settle();
    expect(root.querySelector('h2')?.textContent).toBe('AI key points');
    expect(root.querySelector('.ai-note')?.textContent).toContain('on this device');
    expect([...root.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['The ferry sails again after two years.', 'Fares stay at two pounds for residents.']);
  });

  it('with the model still to download: a button, since the browser wants a click; then the points', async () => {
    const api = stubApi('downloadable');
    render(<AiKeyPoints text="The ferry sails again." lang="en" api={api} />, root);
    await settle();
    expect(api.create).not.toHaveBeenCalled();
    const button = root.querySelector('button')!;
    expect(button.textContent).toBe('Download the on-device model and show key points');
    await act(async () => button.click());
    await settle();
    expect(root.querySelectorAll('li')).toHaveLength(2);
  });

  it('without the API: says so, and never calls anything', async () => {
    render(<AiKeyPoints text="x" lang="en" api={null} />, root);
    await settle();
    expect(root.querySelector('.ai-status')?.textContent).toBe('This browser has no on-device summarizer for this article’s language.');
  });

  it('the setting: off by default shows what the browser offers; unavailable, it cannot be turned on', async () => {
    const changes: boolean[] = [];
    render(<AiKeyPointsSetting on={false} onChange={(on) => changes.push(on)} api={null} />, root);
    await settle();
    const box = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(box.checked).toBe(false);
    expect(box.disabled).toBe(true);
    expect(root.querySelector('.hint')?.textContent).toContain('Not available in this browser: it needs Chrome 138 or later');

    render(<AiKeyPointsSetting on={false} onChange={(on) => changes.push(on)} api={stubApi('available')} />, root);
    await settle();
    const enabled = root.querySelector<HTMLInputElement>('input[type=checkbox]')!;
    expect(enabled.disabled).toBe(false);
    await act(async () => enabled.click());
    expect(changes).toEqual([true]);
  });
});
