/**
 * How the browser tests find their browsers (e2e/browsers.ts), on a temporary directory of fake executables
 * with a made-up PATH and environment, so the answers do not depend on what this machine has installed.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, firefoxPath } from '../e2e/browsers';

let root = '';
const dir = (name: string) => path.join(root, name);
const fake = (folder: string, name: string, mode = 0o755) => {
  mkdirSync(dir(folder), { recursive: true });
  const file = path.join(dir(folder), name);
  writeFileSync(file, '#!/bin/sh\n');
  chmodSync(file, mode);
  return file;
};
const searchPath = (...folders: string[]) => folders.map(dir).join(path.delimiter);

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'clearpress-browsers-'));
  fake('custom', 'my-chromium');
  fake('custom', 'my-firefox');
  fake('chrome-only', 'google-chrome');
  fake('chrome-only', 'google-chrome-stable');
  fake('debian', 'chromium');
  fake('debian', 'firefox-esr');
  fake('ubuntu', 'chromium-browser');
  fake('ubuntu', 'chromium');
  fake('mozilla', 'firefox');
  fake('not-executable', 'chromium', 0o644);
  mkdirSync(path.join(dir('folder-named-chromium'), 'chromium'), { recursive: true });
  mkdirSync(dir('empty'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('chromiumPath', () => {
  it('takes CHROMIUM_PATH when it names an executable', () => {
    expect(chromiumPath({ CHROMIUM_PATH: path.join(dir('custom'), 'my-chromium'), PATH: searchPath('debian') })).toBe(path.join(dir('custom'), 'my-chromium'));
  });

  it('walks PATH when CHROMIUM_PATH names nothing there', () => {
    expect(chromiumPath({ CHROMIUM_PATH: path.join(dir('custom'), 'gone'), PATH: searchPath('debian') })).toBe(path.join(dir('debian'), 'chromium'));
  });

  it('prefers the names in order: chromium anywhere on PATH before google-chrome earlier on it', () => {
    expect(chromiumPath({ PATH: searchPath('chrome-only', 'debian') })).toBe(path.join(dir('debian'), 'chromium'));
    expect(chromiumPath({ PATH: searchPath('chrome-only') })).toBe(path.join(dir('chrome-only'), 'google-chrome'));
  });

  it('takes the first PATH directory holding a name', () => {
    expect(chromiumPath({ PATH: searchPath('ubuntu', 'debian') })).toBe(path.join(dir('ubuntu'), 'chromium'));
  });

  it('skips files that cannot run and folders', () => {
    expect(chromiumPath({ PATH: searchPath('not-executable', 'folder-named-chromium', 'chrome-only') })).toBe(path.join(dir('chrome-only'), 'google-chrome'));
  });

  it('never takes an empty PATH entry for the current directory', () => {
    const cwd = process.cwd();
    process.chdir(dir('debian'));
    try {
      expect(chromiumPath({ PATH: ['', dir('chrome-only')].join(path.delimiter) })).toBe(path.join(dir('chrome-only'), 'google-chrome'));
    } finally {
      process.chdir(cwd);
    }
  });

  it('says which browser is missing, what was tried and how to install it', () => {
    expect(() => chromiumPath({ PATH: searchPath('empty', 'not-executable') })).toThrow(
      new Error(
        'Chromium not found: CHROMIUM_PATH is not set, and none of chromium, chromium-browser, google-chrome, google-chrome-stable is on PATH. ' +
          'Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
      ),
    );
    expect(() => chromiumPath({})).toThrow('Chromium not found: CHROMIUM_PATH is not set,');
  });

  it('names a CHROMIUM_PATH that leads nowhere', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nowhere/chromium', PATH: searchPath('empty') })).toThrow(
      new Error(
        'Chromium not found: CHROMIUM_PATH=/nowhere/chromium is not an executable file, and none of chromium, chromium-browser, google-chrome, google-chrome-stable is on PATH. ' +
          'Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to its executable.',
      ),
    );
  });
});

describe('firefoxPath', () => {
  it('takes FIREFOX_PATH when it names an executable', () => {
    expect(firefoxPath({ FIREFOX_PATH: path.join(dir('custom'), 'my-firefox'), PATH: searchPath('debian') })).toBe(path.join(dir('custom'), 'my-firefox'));
  });

  it('prefers firefox-esr, then firefox', () => {
    expect(firefoxPath({ PATH: searchPath('mozilla', 'debian') })).toBe(path.join(dir('debian'), 'firefox-esr'));
    expect(firefoxPath({ PATH: searchPath('mozilla') })).toBe(path.join(dir('mozilla'), 'firefox'));
  });

  it('says which browser is missing, what was tried and how to install it', () => {
    expect(() => firefoxPath({ PATH: searchPath('chrome-only') })).toThrow(
      new Error(
        'Firefox not found: FIREFOX_PATH is not set, and none of firefox-esr, firefox is on PATH. ' +
          'Install it (Debian/Ubuntu: apt-get install firefox-esr) or set FIREFOX_PATH to its executable.',
      ),
    );
  });
});
