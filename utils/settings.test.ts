import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS, loadSettings, normalizeSettings, settingsStyle, updateSettings } from './settings';

describe('normalizeSettings', () => {
  it('gives the defaults for nothing stored or garbage', () => {
    expect(normalizeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(normalizeSettings('dark')).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields, defaults the invalid ones, drops unknown ones', () => {
    expect(normalizeSettings({ theme: 'dark', font: 'comic', fontSize: 99, lineHeight: 1.23, columnWidth: 'wide', speechRate: 3, highlightColor: 'purple', extra: true })).toEqual({
      theme: 'dark',
      font: 'serif',
      fontSize: 28,
      lineHeight: 1.2,
      columnWidth: 'wide',
      speechRate: 1,
      aiKeyPoints: false,
      highlightColor: 'yellow',
      keepPictures: true,
    });
    expect(normalizeSettings({ highlightColor: 'pink' }).highlightColor).toBe('pink');
    // Only an explicit false turns keeping pictures off; a garbled value keeps the default.
    expect(normalizeSettings({ keepPictures: false }).keepPictures).toBe(false);
    expect(normalizeSettings({ keepPictures: 'no' }).keepPictures).toBe(true);
  });

  it('snaps numbers to the control steps', () => {
    expect(normalizeSettings({ fontSize: 17.6, lineHeight: 1.76 })).toMatchObject({ fontSize: 18, lineHeight: 1.8 });
  });
});

describe('stored settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('round-trips a change and keeps the other fields', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ theme: 'sepia', fontSize: 22 });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 });
  });

  it('reads a partial record written by hand (or an older layout) as complete settings', async () => {
    await fakeBrowser.storage.local.set({ 'reader-settings': { theme: 'dark' }, 'reader-settings$': { v: 1 } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });
});

describe('settingsStyle', () => {
  it('maps settings to CSS', () => {
    expect(settingsStyle({ ...DEFAULT_SETTINGS, font: 'legible', fontSize: 20, lineHeight: 1.8, columnWidth: 'narrow' })).toEqual({
      theme: 'system',
      vars: {
        '--reader-font': "'Atkinson Hyperlegible', 'Atkinson Hyperlegible Next', Verdana, Tahoma, 'DejaVu Sans', sans-serif",
        '--reader-size': '20px',
        '--reader-line': '1.8',
        '--reader-measure': '56ch',
      },
    });
  });
});
