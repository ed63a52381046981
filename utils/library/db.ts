/**
 * One shared connection to the library database, and the one way to write to it: a single transaction whose
 * failure is turned into a sentence for the reader and leaves nothing half-written.
 */
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { GeneratedI18nStructure } from '#i18n';
import { t } from '../i18n';
import { LIBRARY_DB_NAME, LIBRARY_DB_VERSION, runUpgrades, type LibrarySchema } from './schema';

export type LibraryDb = IDBPDatabase<LibrarySchema>;
type Store = StoreNames<LibrarySchema>;
export type WriteTx<S extends Store[]> = IDBPTransaction<LibrarySchema, S, 'readwrite'>;
export type Failure = { ok: false; message: string };

let connection: Promise<LibraryDb> | null = null;

export function openLibrary(): Promise<LibraryDb> {
  connection ??= openDB<LibrarySchema>(LIBRARY_DB_NAME, LIBRARY_DB_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) =>
      runUpgrades(db as unknown as IDBPDatabase<unknown>, tx as unknown as Parameters<typeof runUpgrades>[1], oldVersion, newVersion ?? LIBRARY_DB_VERSION),
    // A newer version is opening in another page (after an update): step aside so its upgrade can run.
    blocking: () => void closeLibrary(),
    terminated: () => {
      connection = null;
    },
  }).catch((error: unknown) => {
    connection = null;
    throw error;
  });
  return connection;
}

export async function closeLibrary(): Promise<void> {
  const open = connection;
  connection = null;
  if (open) (await open.catch(() => null))?.close();
}

function errorName(error: unknown): string {
  return error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException) ? (error as Error).name : '';
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** "Could not save this article", "Could not change the tags": what was attempted, said when it fails. */
export type Attempt = Extract<keyof GeneratedI18nStructure, `library.couldNot.${string}`>;
/** What the reader is told came of a failed write: nothing changed, or (for an import) nothing imported. */
export type Outcome = 'library.failure.nothingChanged' | 'library.failure.nothingImported';

/** "Could not save this highlight: its article is not saved in the library. Nothing was changed." */
export function refusal(attempt: Attempt, reason: string, outcome: Outcome | null = 'library.failure.nothingChanged'): string {
  const sentence = t('library.failure.because', [t(attempt), reason]);
  return outcome ? `${sentence} ${t(outcome)}` : sentence;
}

/** What the reader is told when a write fails. */
export function failureMessage(error: unknown, attempt: Attempt, outcome: Outcome = 'library.failure.nothingChanged'): string {
  switch (errorName(error)) {
    case 'QuotaExceededError':
      return t('library.failure.quota', [t(attempt), t(outcome)]);
    case 'ConstraintError':
      return t('library.failure.duplicate', [t(attempt), t(outcome)]);
    case 'VersionError':
      return t('library.failure.newerVersion', [t(attempt)]);
    default:
      return refusal(attempt, errorText(error) || t('library.failure.refused'), outcome);
  }
}

/**
 * Runs `work` in one read-write transaction. Any exception, rejected request or abort (quota included) rolls the
 * whole transaction back and comes back as `{ ok: false, message }`.
 */
export async function writeInOneTransaction<S extends Store[], T>(
  stores: S,
  attempt: Attempt,
  work: (tx: WriteTx<S>) => Promise<T>,
  outcome?: Outcome,
): Promise<{ ok: true; value: T } | Failure> {
  let tx: WriteTx<S>;
  try {
    const db = await openLibrary();
    tx = db.transaction(stores, 'readwrite');
  } catch (error) {
    return { ok: false, message: failureMessage(error, attempt, outcome) };
  }
  const done = tx.done;
  done.catch(() => undefined); // Reported below; never an unhandled rejection.
  try {
    const value = await work(tx);
    await done;
    return { ok: true, value };
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // The transaction already ended (aborted by the browser): nothing was committed.
    }
    return { ok: false, message: failureMessage(tx.error ?? error, attempt, outcome) };
  }
}

export const LIBRARY_CHANNEL = 'clearpress-library';
export interface LibraryChange {
  changed: string[];
  deleted: string[];
}

/** Tells the other open pages (library, reader) that records changed, so they refresh. */
export function announceChange(change: LibraryChange): void {
  if (typeof BroadcastChannel === 'undefined') return;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.postMessage(change);
  channel.close();
}

export function onLibraryChange(listener: (change: LibraryChange) => void): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(LIBRARY_CHANNEL);
  channel.onmessage = (event: MessageEvent<LibraryChange>) => listener(event.data);
  return () => channel.close();
}
