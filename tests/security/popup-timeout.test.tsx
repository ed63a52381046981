// @vitest-environment jsdom
/** The popup shows the 5 s timeout as a titled message with "Try again", never an endless skeleton. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, it, vi } from 'vitest';
import { TAB_MESSAGES } from '../../utils/tab-extraction';
import type { TabExtraction } from '../../utils/tab-article';

// WXT's extension-API shim cannot load in jsdom; the popup needs only these calls here.
vi.mock('wxt/browser', () => ({ browser: { tabs: { query: async () => [] } } }));
vi.mock('../../utils/settings', () => ({ loadSettings: () => new Promise(() => undefined) }));

it('shows the timeout message with a retry button', async () => {
  const { App } = await import('../../entrypoints/popup/App');
  const root = document.createElement('div');
  document.body.append(root);
  const timedOut: TabExtraction = { ok: false, problem: 'timeout', message: TAB_MESSAGES.timeout };
  await act(async () => {
    render(<App tabId={4} first={Promise.resolve(timedOut)} />, root);
  });
  // The effect that shows the result runs after the first render; let its promise chain settle.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(document.body.dataset.state).toBe('problem');
  expect(root.querySelector('h1')?.textContent).toBe('Taking too long');
  expect(root.querySelector('.problem-message')?.textContent).toBe(TAB_MESSAGES.timeout);
  expect([...root.querySelectorAll('button')].map((b) => b.textContent?.trim())).toContain('Try again');
  render(null, root);
});
