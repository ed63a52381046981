import { describe, expect, it } from 'vitest';
import { isBackShortcut } from './reader-session';

const key = (key: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({ key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...mods });

describe('isBackShortcut', () => {
  it.each([
    ['Alt+Left on Linux/Windows', key('ArrowLeft', { altKey: true }), false],
    ['Cmd+[ on macOS', key('[', { metaKey: true }), true],
    ['Cmd+Left on macOS', key('ArrowLeft', { metaKey: true }), true],
    ['the Back key', key('BrowserBack'), false],
    ['the Back key on macOS', key('BrowserBack'), true],
  ])('%s is Back', (_name, event, mac) => expect(isBackShortcut(event, mac)).toBe(true));

  it.each([
    ['Left alone', key('ArrowLeft'), false],
    ['Alt+Shift+Left', key('ArrowLeft', { altKey: true, shiftKey: true }), false],
    ['Ctrl+Alt+Left', key('ArrowLeft', { altKey: true, ctrlKey: true }), false],
    ['Option+Left on macOS (moves by word)', key('ArrowLeft', { altKey: true }), true],
    ['Cmd+[ off macOS', key('[', { metaKey: true }), false],
    ['Alt+Shift+R (the reader shortcut)', key('R', { altKey: true, shiftKey: true }), false],
  ])('%s is not Back', (_name, event, mac) => expect(isBackShortcut(event, mac)).toBe(false));
});
