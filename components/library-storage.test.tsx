// @vitest-environment jsdom
/** The options page's library storage: its figures in every language, and "Remove stored pictures" confirmed. */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { Blob as NodeBlob } from 'node:buffer';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTestLanguage } from '../tests/setup/i18n';
import { marked, untranslatedText } from '../tests/untranslated';
import { closeLibrary, openLibrary } from '../utils/library/db';
import { keepArticlePictures, pictureTotals } from '../utils/library/pictures';
import { saveArticle } from '../utils/library/save';
import { sampleArticle } from '../utils/library/sample-articles';
import { formatBytes } from './library/download';
import { LibraryStorage } from './LibraryStorage';

const settle = () =>
  act(async () => {
    for (let i = 0; i < 10; i++) await new Promise((resolve) => setTimeout(resolve, 5));
  });

let root: HTMLElement;
beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  vi.unstubAllGlobals();
  useTestLanguage('en');
  await closeLibrary();
});

/** The browser's estimate of the extension's storage; none at all when `usage` is null. */
function storageIs(usage: number | null, quota: number | null = null) {
  vi.stubGlobal('navigator', { ...navigator, storage: usage === null ? undefined : { estimate: async () => ({ usage, quota: quota ?? undefined }) } });
}

/** `articles` saved articles, the first `withPictures` of them keeping two pictures of 100,000 bytes and 1,500,000 bytes. */
async function library(articles: number, withPictures: number): Promise<void> {
  for (let n = 1; n <= articles; n++) {
    const saved = await saveArticle({ ...sampleArticle(n, { words: 30 }), headline: marked(`Harbour story ${n}`) });
    if (!saved.ok) throw new Error(saved.message);
    if (n > withPictures) continue;
    // Node's Blob: fake-indexeddb clones with Node's structuredClone, which cannot clone jsdom's.
    const blob = (bytes: number) => new NodeBlob([new Uint8Array(bytes)], { type: 'image/jpeg' }) as unknown as Blob;
    await keepArticlePictures(saved.record.id, [
      { url: `https://cdn.news.example/${n}/a.jpg`, blob: blob(100_000), width: 800, height: 450, bytes: 100_000 },
      { url: `https://cdn.news.example/${n}/b.jpg`, blob: blob(1_500_000), width: 1600, height: 900, bytes: 1_500_000 },
    ]);
  }
}

async function renderStorage() {
  render(<LibraryStorage />, root);
  await settle();
}

const texts = () => [...root.querySelectorAll('h2, p')].map((node) => node.textContent);
const buttons = () => [...root.querySelectorAll('button')].map((button) => button.textContent);
async function press(label: string) {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === label);
  if (!button) throw new Error(`No button “${label}” among ${buttons().join(', ')}`);
  button.click();
  await settle();
}

describe('library storage on the options page', () => {
  it('says what the library uses, the pictures’ share, and removes them once confirmed, keeping every article', async () => {
    storageIs(212_400_000, 10_000_000_000);
    await library(3, 2);
    await renderStorage();
    expect(texts()).toEqual([
      'Library storage',
      'The library uses 212 MB of the 10 GB the browser allows it.',
      'Pictures kept with saved articles: 4 pictures for 2 articles, 3.2 MB.',
      'Remove stored pictures',
    ]);
    await press('Remove stored pictures');
    expect(texts().slice(3)).toEqual(['Remove the 4 pictures kept with saved articles? The articles stay; their saved copies will show placeholders where the pictures were.']);
    expect(buttons()).toEqual(['Remove pictures', 'Cancel']);
    await press('Cancel');
    expect([buttons(), await pictureTotals()]).toEqual([['Remove stored pictures'], { articles: 2, pictures: 4, bytes: 3_200_000 }]);

    await press('Remove stored pictures');
    await press('Remove pictures');
    expect(texts()).toEqual([
      'Library storage',
      'The library uses 212 MB of the 10 GB the browser allows it.',
      'No pictures are kept with saved articles.',
      'Removed the pictures of 2 articles. Their saved copies now show placeholders.',
    ]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Removed the pictures of 2 articles. Their saved copies now show placeholders.');
    expect([buttons(), await (await openLibrary()).count('articles'), await pictureTotals()]).toEqual([[], 3, { articles: 0, pictures: 0, bytes: 0 }]);
  });

  it('says so when the browser gives no figure, and when the removal fails', async () => {
    storageIs(null);
    await library(1, 1);
    await renderStorage();
    expect(texts()).toEqual([
      'Library storage',
      'This browser does not say how much storage the library uses.',
      'Pictures kept with saved articles: 2 pictures for 1 article, 1.6 MB.',
      'Remove stored pictures',
    ]);
    const clear = vi.spyOn(IDBObjectStore.prototype, 'clear').mockImplementation(() => {
      throw new Error('Disk I/O error');
    });
    await press('Remove stored pictures');
    expect(texts()[3]).toBe('Remove the 2 pictures kept with saved articles? The articles stay; their saved copies will show placeholders where the pictures were.');
    await press('Remove pictures');
    clear.mockRestore();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('Could not remove the stored pictures: Disk I/O error. Nothing was changed.');
    expect(await pictureTotals()).toEqual({ articles: 1, pictures: 2, bytes: 1_600_000 });
  });

  it.each([
    ['fr', ['Stockage de la bibliothèque', 'La bibliothèque occupe 212\u202fMo sur les 10\u202fGo que le navigateur lui accorde.', 'Images conservées avec les articles enregistrés : 4 images pour 2 articles, 3,2\u202fMo.', 'Supprimer les images conservées'], 'Supprimer les 4 images conservées avec les articles enregistrés ? Les articles restent ; leurs copies enregistrées afficheront des espaces réservés à la place des images.', 'Supprimer les images', 'Images de 2 articles supprimées. Leurs copies enregistrées affichent désormais des espaces réservés.'],
    ['de', ['Speicher der Bibliothek', 'Die Bibliothek belegt 212 MB der 10\u00a0GB, die der Browser ihr erlaubt.', 'Bilder zu gespeicherten Artikeln: 4 Bilder zu 2 Artikeln, 3,2 MB.', 'Gespeicherte Bilder entfernen'], 'Die 4 zu gespeicherten Artikeln gespeicherten Bilder entfernen? Die Artikel bleiben; ihre gespeicherten Kopien zeigen dann Platzhalter statt der Bilder.', 'Bilder entfernen', 'Die Bilder von 2 Artikeln wurden entfernt. Ihre gespeicherten Kopien zeigen jetzt Platzhalter.'],
    ['es', ['Almacenamiento de la biblioteca', 'La biblioteca ocupa 212 MB de los 10 GB que le permite el navegador.', 'Imágenes guardadas con los artículos: 4 imágenes de 2 artículos, 3,2 MB.', 'Quitar las imágenes guardadas'], '¿Quitar las 4 imágenes guardadas con los artículos? Los artículos se conservan; sus copias guardadas mostrarán marcadores en lugar de las imágenes.', 'Quitar las imágenes', 'Se quitaron las imágenes de 2 artículos. Sus copias guardadas muestran ahora marcadores.'],
  ])('reads in %s', async (language, figures, confirm, confirmButton, removed) => {
    useTestLanguage(language);
    storageIs(212_400_000, 10_000_000_000);
    await library(3, 2);
    await renderStorage();
    expect(texts()).toEqual(figures);
    await press(figures[3]!);
    expect(texts()[3]).toBe(confirm);
    await press(confirmButton);
    expect(root.querySelector('[role="status"]')?.textContent).toBe(removed);
  });

  /**
   * Untranslated text: untranslatedText's, with messages nested in messages ("$1 for $2", each a count) taken
   * out from the inside first, and without the sizes, whose units (MB, Go) Intl writes in the page's language.
   */
  const untranslated = () => {
    const units = new Set([1_600_000, 212_400_000, 10_000_000_000].flatMap((bytes) => formatBytes(bytes).split(/\s+/)));
    const copy = root.cloneNode(true) as HTMLElement;
    const walker = document.createTreeWalker(copy, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      let text = node.nodeValue ?? '';
      for (let inner = text.replace(/⟪[^⟪⟫]*⟫/g, ' '); inner !== text; inner = text.replace(/⟪[^⟪⟫]*⟫/g, ' ')) text = inner;
      node.nodeValue = text.split(/\s+/).filter((word) => !units.has(word.replace(/[.,]$/, ''))).join(' ');
    }
    return untranslatedText(copy);
  };

  it('has no interface word outside the messages, at every step', async () => {
    useTestLanguage('pseudo');
    storageIs(212_400_000, 10_000_000_000);
    await library(2, 1);
    await renderStorage();
    expect(untranslated()).toEqual([]);
    await press('⟪Remove stored pictures⟫');
    expect(untranslated()).toEqual([]);
    await press('⟪Remove pictures⟫');
    expect(untranslated()).toEqual([]);
    expect(root.querySelector('[role="status"]')?.textContent).toBe('⟪Removed the pictures of 1 article. Its saved copy now shows placeholders.⟫');
  });
});
