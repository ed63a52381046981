// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Removal } from '../utils/extract/types';
import { RemovedList, type RemovalActions } from './RemovedList';

const removed: Removal[] = [
  { rule: 'share-bar', text: 'Share on Facebook' },
  { rule: 'promo-line', text: 'Sign up for The Harbour Bulletin', restored: true },
];

/** Lets the keep promise resolve and its state update render. */
const settle = () => act(async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
});

let root: HTMLElement;
beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

function actions(keepOk: boolean, log: string[]): RemovalActions {
  return {
    site: 'coastal-herald.example',
    restore: (i) => log.push(`restore ${i}`),
    keep: async (i) => {
      log.push(`keep ${i}`);
      return keepOk;
    },
  };
}

describe('RemovedList with Restore', () => {
  it('Restore on removed blocks; a restored one offers "Always keep this on <site>", then says it is kept', async () => {
    const log: string[] = [];
    render(<RemovedList removed={removed} actions={actions(true, log)} />, root);
    expect(root.querySelector('summary')?.textContent).toBe('Removed from this page (1)');
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Restore', 'Always keep this on coastal-herald.example']);
    root.querySelector<HTMLButtonElement>('button.restore')!.click();
    expect(log).toEqual(['restore 0']);
    root.querySelector<HTMLButtonElement>('button.keep')!.click();
    await settle();
    expect(log).toEqual(['restore 0', 'keep 1']);
    expect(root.querySelector('li[data-rule="promo-line"] .restored-actions')?.textContent).toBe(' Restored. Kept on coastal-herald.example: it stays in place next time.');
  });

  it('says so when the rule could not be stored, and offers nothing to keep without a site', async () => {
    render(<RemovedList removed={removed} actions={actions(false, [])} />, root);
    root.querySelector<HTMLButtonElement>('button.keep')!.click();
    await settle();
    expect(root.querySelector('li[data-rule="promo-line"]')?.textContent).toContain('This could not be saved.');
    render(<RemovedList removed={removed} actions={{ ...actions(true, []), site: null }} />, root);
    expect(root.querySelector('button.keep')).toBeNull();
  });

  it('offers no Restore for a tracking picture: its entry is an address, nothing of the article', () => {
    render(<RemovedList removed={[{ rule: 'tracking-pixel', text: 'https://stats.example/p.gif?uid=1' }, ...removed]} actions={actions(true, [])} />, root);
    expect([...root.querySelectorAll('li')].map((li) => [li.dataset.rule, li.querySelectorAll('button.restore').length])).toEqual([
      ['tracking-pixel', 0],
      ['share-bar', 1],
      ['promo-line', 0],
    ]);
  });

  it('without actions the list is only shown', () => {
    render(<RemovedList removed={removed} />, root);
    expect(root.querySelectorAll('button')).toHaveLength(0);
  });
});
