// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { deflateFile, runDeflateJobs, type DeflatedFile, type DeflateJob } from './deflate-job';
import { startDeflater, type Deflater, type DeflateWorker } from './deflater';
import { libraryToMarkdownZip, MarkdownZip, recordToMarkdown } from './markdown-zip';
import { sampleArticle } from './sample-articles';
import type { SavedArticle } from './schema';

const records: SavedArticle[] = [1, 2, 3, 4].map((n) => ({
  id: `r${n}`,
  canonicalUrl: `https://example.com/${n}`,
  savedAt: `2026-01-0${n}T10:00:00.000Z`,
  updatedAt: `2026-01-0${n}T10:00:00.000Z`,
  tags: [],
  read: false,
  readingPosition: 0,
  article: sampleArticle(n, { words: 80 }),
}));

const bytesOf = (text: string) => new TextEncoder().encode(text);

/** A deflater whose answers come back in the reverse order of the requests, a task later. */
function reversingDeflater(): Deflater & { asked: number } {
  const waiting: Array<() => void> = [];
  const deflater = {
    asked: 0,
    deflate(bytes: Uint8Array) {
      deflater.asked++;
      return new Promise<Uint8Array<ArrayBuffer>>((resolve) => {
        waiting.push(() => resolve(deflateFile(bytes)));
        if (waiting.length === records.length) setTimeout(() => waiting.reverse().forEach((answer) => answer()), 0);
      });
    },
    close: () => undefined,
  };
  return deflater;
}

/** A stand-in for the worker: answers each batch a task later, or fails once it has `failAfter` files. */
function fakeWorker({ failAfter = Infinity } = {}) {
  const worker = {
    received: 0,
    batches: [] as number[],
    terminated: false,
    onmessage: null as ((event: MessageEvent<DeflatedFile[]>) => void) | null,
    onerror: null as ((event: Event) => void) | null,
    postMessage(jobs: DeflateJob[], transfer: Transferable[]) {
      // As a real worker takes them: handed over, gone from the page.
      jobs = structuredClone(jobs, { transfer });
      worker.received += jobs.length;
      worker.batches.push(jobs.length);
      if (worker.received >= failAfter) setTimeout(() => worker.onerror?.(new Event('error')), 0);
      else setTimeout(() => worker.onmessage?.({ data: runDeflateJobs(jobs) } as MessageEvent<DeflatedFile[]>), 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return worker;
}

describe('Markdown zip', () => {
  it('puts the files in the order added, whatever order their compression finishes in', async () => {
    const deflater = reversingDeflater();
    const zip = new MarkdownZip(deflater);
    for (const record of records) zip.add(record);
    const files = unzipSync(new Uint8Array(await new Blob(await zip.finish()).arrayBuffer()));
    const expected = unzipSync(libraryToMarkdownZip(records));
    expect(deflater.asked).toBe(4);
    expect(Object.keys(files)).toEqual(Object.keys(expected));
    expect(Object.keys(files)[0]).toBe('2026-01-01-' + records[0]!.article.headline.toLowerCase().replace(/[^a-z0-9]+/g, '-') + '.md');
    for (const [name, data] of Object.entries(expected)) expect(strFromU8(files[name]!)).toBe(strFromU8(data));
    expect(strFromU8(files[Object.keys(files)[2]!]!)).toBe(recordToMarkdown(records[2]!));
  });

  it('fails the archive when a file cannot be compressed', async () => {
    const zip = new MarkdownZip({ deflate: () => Promise.reject(new Error('no memory')), close: () => undefined });
    zip.add(records[0]!);
    await expect(zip.finish()).rejects.toThrow('no memory');
  });
});

describe('deflater', () => {
  it('compresses on the worker into the same bytes as on this thread, and stops it when closed', async () => {
    const worker = fakeWorker();
    const deflater = await startDeflater(async () => worker as DeflateWorker);
    const texts = ['# One\n\nferry', '# Two\n\nvote vote vote vote'];
    const out = await Promise.all(texts.map((text) => deflater.deflate(bytesOf(text))));
    expect(worker.batches).toEqual([2]);
    expect(out).toEqual(texts.map((text) => deflateFile(bytesOf(text))));
    deflater.close();
    expect(worker.terminated).toBe(true);
    // Closed: whatever comes later is compressed here.
    expect(await deflater.deflate(bytesOf('late'))).toEqual(deflateFile(bytesOf('late')));
    expect(worker.received).toBe(2);
  });

  it('sends files in batches of at most 32, the rest once the page has converted what it had', async () => {
    const worker = fakeWorker();
    const deflater = await startDeflater(async () => worker as DeflateWorker);
    const texts = Array.from({ length: 70 }, (_, i) => `file ${i} `.repeat(i + 1));
    const out = await Promise.all(texts.map((text) => deflater.deflate(bytesOf(text))));
    expect(worker.batches).toEqual([32, 32, 6]);
    expect(out).toEqual(texts.map((text) => deflateFile(bytesOf(text))));
    await deflater.deflate(bytesOf('one more'));
    expect(worker.batches).toEqual([32, 32, 6, 1]);
  });

  it('compresses here what a failed worker had, and everything after', async () => {
    const worker = fakeWorker({ failAfter: 2 });
    const deflater = await startDeflater(async () => worker as DeflateWorker);
    const texts = ['a a a a', 'b b b b', 'c c c c'];
    const out = await Promise.all(texts.map((text) => deflater.deflate(bytesOf(text))));
    expect(out).toEqual(texts.map((text) => deflateFile(bytesOf(text))));
    expect(worker.terminated).toBe(true);
    expect(await deflater.deflate(bytesOf('d d'))).toEqual(deflateFile(bytesOf('d d')));
    expect(worker.received).toBe(3);
  });

  it('compresses here when no worker can be started', async () => {
    const failing = await startDeflater(async () => {
      throw new Error('refused by the page');
    });
    expect(await failing.deflate(bytesOf('x y z'))).toEqual(deflateFile(bytesOf('x y z')));
    const none = await startDeflater(async () => null);
    expect(await none.deflate(bytesOf('x y z'))).toEqual(deflateFile(bytesOf('x y z')));
    // Node has no Worker: the default start gives none.
    expect(await (await startDeflater()).deflate(bytesOf('q'))).toEqual(deflateFile(bytesOf('q')));
  });
});
