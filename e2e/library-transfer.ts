/**
 * The library page's JSON export and import, driven through its own buttons and file field in each browser. The
 * export is the file the browser downloaded: Playwright hands Chromium's over; Firefox saves it to a folder the
 * test names (see firefoxDownloadPrefs), where it is read once complete. Either file can then be chosen in the
 * import field as it is.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Download, Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import type { LibraryExport } from '../utils/library/export';

const EXPORT_JSON = 'Export all (JSON)';
const IMPORT_FIELD = 'Import a JSON export';

/** Chromium: presses Export all (JSON) and hands over the download. */
async function downloadJsonExport(page: Page): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: EXPORT_JSON }).click()]);
  return download;
}

/** Chromium: the library as Export all (JSON) downloads it. */
export async function exportJson(page: Page): Promise<LibraryExport> {
  return JSON.parse(readFileSync(await (await downloadJsonExport(page)).path(), 'utf8')) as LibraryExport;
}

/** Chromium: presses Export all (JSON) and returns the path of the file, saved in `folder` under the name the page gave it. */
export async function exportJsonFile(page: Page, folder: string): Promise<string> {
  const download = await downloadJsonExport(page);
  const file = path.join(folder, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** Chromium: `json` chosen in the import field as the file `library.json`. */
export async function importJson(page: Page, json: string): Promise<void> {
  await page.getByLabel(IMPORT_FIELD).setInputFiles({ name: 'library.json', mimeType: 'application/json', buffer: Buffer.from(json) });
}

/** Chromium: the file at `file` chosen in the import field. */
export async function importJsonFile(page: Page, file: string): Promise<void> {
  await page.getByLabel(IMPORT_FIELD).setInputFiles(file);
}

/** Firefox prefs that save every download to `folder` without asking. */
export const firefoxDownloadPrefs = (folder: string): Record<string, unknown> => ({
  'browser.download.folderList': 2,
  'browser.download.dir': folder,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.start_downloads_in_tmp_dir': false,
  'browser.download.alwaysOpenPanel': false,
});

/**
 * Firefox: presses Export all (JSON) and returns the path of the file saved to `folder`, once complete: Firefox
 * writes `<name>.part` beside an empty `<name>` and renames it at the end.
 */
export async function exportJsonFileInFirefox(page: FirefoxPage, folder: string): Promise<string> {
  const before = new Set(readdirSync(folder));
  await page.evaluate((label) => [...document.querySelectorAll('button')].find((b) => b.textContent?.trim() === label)!.click(), EXPORT_JSON);
  const deadline = Date.now() + 15_000;
  for (;;) {
    const names = readdirSync(folder).filter((name) => !before.has(name));
    const file = names.find((name) => name.endsWith('.json'));
    if (file && !names.includes(`${file}.part`) && statSync(path.join(folder, file)).size > 0) return path.join(folder, file);
    if (Date.now() > deadline) throw new Error(`No complete JSON export in ${folder} (found: ${names.join(', ') || 'nothing'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Firefox: the file at `file` chosen in the library page's import field. */
export async function importJsonFileInFirefox(page: FirefoxPage, file: string): Promise<void> {
  const input = await page.$('.import input[type=file]');
  if (!input) throw new Error('The library page has no import field');
  await input.uploadFile(file);
}
