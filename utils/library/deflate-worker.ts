/** The deflate worker (started by deflater.ts): a batch of files in, the same files compressed out. */
import { runDeflateJobs, type DeflateJob } from './deflate-job';

self.onmessage = (event: MessageEvent<DeflateJob[]>) => {
  const done = runDeflateJobs(event.data);
  // Handed over, not copied: the page only passes them on to the zip.
  self.postMessage(done, { transfer: done.map((file) => file.bytes.buffer) });
};
