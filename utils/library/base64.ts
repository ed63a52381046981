/**
 * Bytes as base64 and back, for pictures in the JSON export. The browsers' own `toBase64`/`fromBase64` where they
 * have them (Chromium 140, Firefox 133); `btoa`/`atob` over chunks elsewhere (Node 20 in tests).
 */
type WithBase64 = Uint8Array & { toBase64?: () => string };
type Uint8ArrayWithBase64 = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array<ArrayBuffer> };

/** Kept under the argument limit of `String.fromCharCode(...)`. */
const CHUNK = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  const native = (bytes as WithBase64).toBase64;
  if (native) return native.call(bytes);
  let binary = '';
  for (let start = 0; start < bytes.length; start += CHUNK) binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  return btoa(binary);
}

/** Padded standard base64 and nothing else: no white space, no URL-safe letters, no missing `=`. */
const STRICT_BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The bytes, or null when `text` is not strict base64 (which `atob` would partly forgive). */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  if (!STRICT_BASE64.test(text)) return null;
  const native = (Uint8Array as Uint8ArrayWithBase64).fromBase64;
  if (native) return native(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** How many bytes strict base64 `text` decodes to, without decoding it. */
export const decodedLength = (text: string): number => (text.length / 4) * 3 - (text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0);
