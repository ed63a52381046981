/**
 * What the popup (or the shortcut) hands `/extract.js` before it runs: the reader's keep rules for the tab's
 * site. `executeScript({ files })` takes no arguments, so a first `executeScript({ func, args })` leaves the
 * request under this key in the extension's isolated world, and extract.js takes it (once) from there.
 * Type imports only: this file is bundled into extract.js.
 */
import type { KeepRule } from './extract/types';

export interface ExtractRequest {
  keep: KeepRule[];
}

export const EXTRACT_REQUEST_KEY = '__clearpressExtractRequest';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function isKeepRule(value: unknown): value is KeepRule {
  return isObject(value) && typeof value.site === 'string' && typeof value.rule === 'string' && typeof value.fingerprint === 'string' && /^[0-9a-f]{8}$/.test(value.fingerprint);
}

export function isExtractRequest(value: unknown): value is ExtractRequest {
  return isObject(value) && Array.isArray(value.keep) && value.keep.length <= 1000 && value.keep.every(isKeepRule);
}

/** Reads and clears the request left for this run; a missing or malformed one means no keep rules. */
export function takeExtractRequest(scope: Record<string, unknown>): ExtractRequest {
  const request = scope[EXTRACT_REQUEST_KEY];
  delete scope[EXTRACT_REQUEST_KEY];
  return isExtractRequest(request) ? request : { keep: [] };
}
