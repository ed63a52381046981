/**
 * Compresses the Markdown export's files on a second thread when the page can start a worker, so the page
 * converts the next articles to Markdown (which needs its DOM parser) meanwhile: compressing took a third of
 * the page's time. Without a worker (Node, tests) or when it fails, the files are compressed here, into the
 * same bytes.
 */
import { deflateFile, type DeflatedFile, type DeflateJob } from './deflate-job';

export interface Deflater {
  deflate(bytes: Uint8Array): Promise<Uint8Array<ArrayBuffer>>;
  /** Stops the worker; call once the last file is compressed. */
  close(): void;
}

/** What the deflater needs of a Worker, so tests can hand in a fake one. */
export interface DeflateWorker {
  postMessage(jobs: DeflateJob[], transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<DeflatedFile[]>) => void) | null;
  onerror: ((event: Event) => void) | null;
  terminate(): void;
}

/** Vite bundles the worker (`?worker`; WXT's `import.meta.url` rewrite hides `new URL(..., import.meta.url)` from it). */
async function startWorker(): Promise<DeflateWorker | null> {
  if (typeof Worker === 'undefined') return null;
  const { default: DeflateWorkerScript } = await import('./deflate-worker.ts?worker');
  return new DeflateWorkerScript() as unknown as DeflateWorker;
}

const inThisThread: Deflater = { deflate: async (bytes) => deflateFile(bytes), close: () => undefined };

/**
 * Files go to the worker in batches, handed over rather than copied: in Chromium a message per file cost the
 * page 1.5 s for 5,000 files (as much as compressing them), copied batches of 32 0.56 s, handed-over ones 0.34 s.
 */
const MAX_BATCH = 32;

export async function startDeflater(start: () => Promise<DeflateWorker | null> = startWorker): Promise<Deflater> {
  let worker: DeflateWorker | null;
  try {
    worker = await start();
  } catch {
    worker = null;
  }
  if (!worker) return inThisThread;
  // A copy of each file stays here until the worker answers, so a failed worker's files can be compressed here.
  const pending = new Map<number, { bytes: Uint8Array; resolve: (bytes: Uint8Array<ArrayBuffer>) => void }>();
  let batch: DeflateJob[] = [];
  let nextId = 0;
  const giveUp = () => {
    worker?.terminate();
    worker = null;
    batch = [];
    for (const [id, job] of pending) {
      pending.delete(id);
      job.resolve(deflateFile(job.bytes));
    }
  };
  const send = () => {
    if (batch.length === 0) return;
    const jobs = batch;
    batch = [];
    try {
      worker?.postMessage(jobs, jobs.map((job) => job.bytes.buffer));
    } catch {
      giveUp();
    }
  };
  worker.onmessage = ({ data }) => {
    for (const file of data) {
      pending.get(file.id)?.resolve(file.bytes);
      pending.delete(file.id);
    }
  };
  worker.onerror = giveUp;
  return {
    deflate(bytes) {
      if (!worker) return inThisThread.deflate(bytes);
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, { bytes: bytes.slice(), resolve });
        batch.push({ id, bytes });
        // Sent when full, or once the page has converted what it had in hand (the files of one read).
        if (batch.length >= MAX_BATCH) send();
        else if (batch.length === 1) queueMicrotask(send);
      });
    },
    close() {
      worker?.terminate();
      worker = null;
    },
  };
}
