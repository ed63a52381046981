/**
 * The pictures of a JSON export file, checked and decoded before anything is written: each one's fields, that
 * its article is a record of the same file, that no address is listed twice for one article, and that its data
 * is strict base64 of exactly the size it says.
 */
import { formatNumber, t } from '../i18n';
import { base64ToBytes } from './base64';
import type { ExportedPicture } from './picture-export';
import type { StoredPicture } from './schema';
import { problemsOfExportedPicture } from './validate';

/**
 * The largest file an import reads: a browser cannot hold much more as one string (Chromium's limit is about 536
 * million characters), and an export of 10,000 kept pictures is about 270 MB.
 */
export const MAX_IMPORT_BYTES = 500_000_000;

export interface ReadPictures {
  problems: string[];
  /** Decoded, as they will be stored; empty once any problem is found. */
  pictures: StoredPicture[];
}

export function readExportedPictures(listed: readonly unknown[], recordIds: ReadonlySet<string>): ReadPictures {
  const problems: string[] = [];
  const pictures: StoredPicture[] = [];
  const firstListed = new Map<string, number>();
  const pathOf = (i: number) => t('library.import.picture', [String(i + 1)]);
  listed.forEach((value, i) => {
    const found = problemsOfExportedPicture(value, pathOf(i));
    if (found.length > 0) return problems.push(...found);
    const entry = value as ExportedPicture;
    if (!recordIds.has(entry.articleId)) return problems.push(t('library.problem.notInFile', [pathOf(i)]));
    const key = `${entry.articleId}\n${entry.url}`;
    const first = firstListed.get(key);
    if (first !== undefined) return problems.push(t('library.problem.repeatedPicture', [pathOf(i), pathOf(first)]));
    firstListed.set(key, i);
    const bytes = base64ToBytes(entry.data);
    if (!bytes) return problems.push(t('library.problem.notBase64', [`${pathOf(i)}.data`]));
    if (bytes.length !== entry.bytes) return problems.push(t('library.problem.pictureSize', [`${pathOf(i)}.data`, formatNumber(bytes.length), formatNumber(entry.bytes)]));
    // Once the file is refused, nothing more is worth keeping.
    if (problems.length === 0) pictures.push({ articleId: entry.articleId, url: entry.url, blob: new Blob([bytes], { type: entry.type }), width: entry.width, height: entry.height, bytes: bytes.length });
    return undefined;
  });
  return { problems, pictures: problems.length > 0 ? [] : pictures };
}
