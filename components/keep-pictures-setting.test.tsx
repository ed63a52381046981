// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFakePermissions, type FakePermissions } from '../tests/fake-permissions';
import { useTestLanguage } from '../tests/setup/i18n';
import { untranslatedText } from '../tests/untranslated';
import { KeepPicturesSetting } from './KeepPicturesSetting';

// WXT's mock of wxt/browser loads wxt/testing, whose esbuild cannot load in jsdom: the same fake browser, directly.
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

const WIDE = ['http://*/*', 'https://*/*'];
let root: HTMLElement;
let permissions: FakePermissions;
let calls: string[];
let changes: boolean[];

const settle = () =>
  act(async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  });

async function show(on: boolean) {
  render(<KeepPicturesSetting on={on} onChange={(next) => changes.push(next)} />, root);
  await settle();
}

const box = (name: string) => root.querySelector<HTMLInputElement>(`input.${name}`)!;
const notice = () => root.querySelector('.pictures-setting-notice')?.textContent;

beforeEach(() => {
  fakeBrowser.reset();
  calls = [];
  changes = [];
  permissions = installFakePermissions(calls);
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(() => {
  render(null, root);
  useTestLanguage('en');
});

describe('Keep pictures with saved articles', () => {
  it('is on by default with no access to other sites; ticking “other sites” asks for it within the click', async () => {
    await show(true);
    expect([box('keep-pictures').checked, box('other-sites-pictures').checked, box('other-sites-pictures').disabled]).toEqual([true, false, false]);
    box('other-sites-pictures').click();
    await settle();
    expect(calls).toEqual([`permissions.request ${WIDE.join(' ')}`]);
    expect([box('other-sites-pictures').checked, [...permissions.granted]]).toEqual([true, WIDE]);
  });

  it('says so when the reader refuses, and stays off', async () => {
    permissions.answer = 'refuse';
    await show(true);
    box('other-sites-pictures').click();
    await settle();
    expect([box('other-sites-pictures').checked, notice()]).toEqual([false, 'Not turned on: your browser did not give Clearpress access to other sites.']);
  });

  it('gives the access back when either box is unticked', async () => {
    WIDE.forEach((origin) => permissions.granted.add(origin));
    await show(true);
    expect(box('other-sites-pictures').checked).toBe(true);
    box('keep-pictures').click();
    await settle();
    expect([changes, calls, [...permissions.granted], notice()]).toEqual([[false], [`permissions.remove ${WIDE.join(' ')}`], [], 'Clearpress gave back its access to other sites.']);
  });

  it('follows access taken back in the browser’s own settings', async () => {
    WIDE.forEach((origin) => permissions.granted.add(origin));
    await show(true);
    permissions.revokeInBrowser(WIDE);
    await settle();
    expect(box('other-sites-pictures').checked).toBe(false);
  });

  it('has no interface word outside the messages', async () => {
    useTestLanguage('pseudo');
    permissions.answer = 'refuse';
    await show(true);
    box('other-sites-pictures').click();
    await settle();
    expect(untranslatedText(root)).toEqual([]);
  });
});
