/**
 * What the library tells the reader when a write, a check or an import fails, in each language: every word from
 * the messages (checked in the pseudo-language), and whole sentences as French and German write them.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestLanguage } from '../../tests/setup/i18n';
import type { HighlightColor } from '../highlights/types';
import { closeLibrary } from './db';
import { libraryToJson } from './export';
import { addHighlight, changeHighlight, deleteHighlight } from './highlights';
import { importLibrary, parseLibraryExport } from './import';
import { setTags } from './records';
import { saveArticle } from './save';
import { sampleArticle } from './sample-articles';
import { highlightOf } from './sample-highlights';
import type { SavedArticle } from './schema';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  vi.restoreAllMocks();
  useTestLanguage('en');
  await closeLibrary();
});

const messageOf = (result: { ok: boolean; message?: string }): string => (result.ok ? '' : (result.message ?? ''));

/** What is left of a pseudo-language text once every message is taken out, innermost first (messages nest). */
function outsideMessages(text: string): string {
  let left = text;
  for (let before = ''; before !== left; ) [before, left] = [left, left.replace(/⟪[^⟪⟫]*⟫/g, ' ')];
  return left;
}

/** Every field of the record replaced by a value of the wrong type: one problem per field and more. */
const brokenRecord = { id: 1, canonicalUrl: 2, savedAt: 3, updatedAt: 4, tags: 5, read: 6, readingPosition: 7, article: 8 };

async function savedRecord(): Promise<SavedArticle> {
  const saved = await saveArticle(sampleArticle(1, { words: 40 }));
  if (!saved.ok) throw new Error(saved.message);
  return saved.record;
}

function quotaOnCards(): void {
  const put = IDBObjectStore.prototype.put;
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'cards') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  });
}

describe('the library’s failures', () => {
  it('are made of messages only, whatever failed', async () => {
    const record = await savedRecord();
    useTestLanguage('pseudo');
    const failures = [
      await addHighlight(highlightOf('h', 'not-saved', 0)),
      await addHighlight({ ...highlightOf('h', record.id, 0), color: 'red' as HighlightColor, tags: [3] as unknown as string[] }),
      await addHighlight(highlightOf('h', record.id, 0, { note: 'n'.repeat(10_001) })),
      await changeHighlight('gone', { note: 'x' }),
      await changeHighlight('gone', { color: 'red' as HighlightColor }),
      await deleteHighlight('gone'),
      await saveArticle({ ...sampleArticle(2), headline: 3 } as never),
      parseLibraryExport('{'),
      parseLibraryExport('{"format":"other"}'),
      parseLibraryExport('{"format":"clearpress-library","version":9}'),
      parseLibraryExport('{"format":"clearpress-library","version":"x"}'),
      parseLibraryExport('{"format":"clearpress-library","version":2}'),
      parseLibraryExport('{"format":"clearpress-library","version":2,"records":[]}'),
      parseLibraryExport(JSON.stringify({ format: 'clearpress-library', version: 2, records: [brokenRecord], highlights: [{ id: 'x' }] })),
      parseLibraryExport(JSON.stringify({ format: 'clearpress-library', version: 2, records: [{ ...record, canonicalUrl: 'ftp://x' }], highlights: [highlightOf('h', 'elsewhere', 0)] })),
    ];
    quotaOnCards();
    const view = new JSDOM('').window as unknown as Window & typeof globalThis;
    failures.push(await setTags(record.id, ['a']), await importLibrary(libraryToJson([{ ...record, id: 'other', canonicalUrl: 'https://x.example/other' }]), view));
    const messages = failures.map(messageOf);
    expect(messages.filter((message) => message === '')).toEqual([]);
    expect(messages.filter((message) => /\p{L}/u.test(outsideMessages(message)))).toEqual([]);
  });

  it('read as French writes them', async () => {
    const record = await savedRecord();
    useTestLanguage('fr');
    expect(messageOf(await addHighlight(highlightOf('h', 'not-saved', 0)))).toBe(
      'Impossible d’enregistrer ce surlignage — son article n’est pas enregistré dans la bibliothèque. Rien n’a été modifié.',
    );
    expect(messageOf(await changeHighlight('h', { note: 'n'.repeat(10_001) }))).toBe('Impossible de modifier ce surlignage — la note dépasse 10\u202f000 caractères. Rien n’a été modifié.');
    const twoBroken = JSON.stringify({ format: 'clearpress-library', version: 2, records: [brokenRecord, brokenRecord], highlights: [] });
    expect(messageOf(parseLibraryExport(twoBroken))).toBe(
      'Cet export est endommagé — enregistrement 1.id devrait être un texte non vide; enregistrement 1.canonicalUrl devrait être un texte non vide; enregistrement 1.savedAt devrait être une date ISO; enregistrement 1.updatedAt devrait être une date ISO; enregistrement 1.tags devrait être une liste, et 11 autres problèmes. Rien n’a été importé.',
    );
    quotaOnCards();
    expect(messageOf(await setTags(record.id, ['a']))).toBe(
      'Impossible de modifier les étiquettes — le navigateur n’a plus d’espace de stockage pour la bibliothèque. Rien n’a été modifié. Exportez puis supprimez des articles, ou libérez de l’espace disque, puis réessayez.',
    );
  });

  it('read as German writes them', async () => {
    useTestLanguage('de');
    expect(messageOf(await saveArticle({ ...sampleArticle(2), contentHtml: 3 } as never))).toBe('Dieser Artikel konnte nicht gespeichert werden: unvollständige Angaben (article.contentHtml sollte Text sein).');
    expect(messageOf(parseLibraryExport('{"format":"clearpress-library","version":9}'))).toBe(
      'Dieser Export hat die Version 9; dieses Clearpress liest Versionen bis 3. Aktualisieren Sie die Erweiterung und importieren Sie ihn dann erneut. Es wurde nichts importiert.',
    );
  });
});
