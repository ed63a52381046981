import { describe, expect, it, vi } from 'vitest';
import { base64ToBytes, bytesToBase64, decodedLength } from './base64';

const everyByte = Uint8Array.from({ length: 256 * 3 + 1 }, (_, i) => (i * 37) % 256);

describe('base64 for pictures', () => {
  it('encodes and decodes every byte value, as Node’s own base64 does', () => {
    const text = bytesToBase64(everyByte);
    expect(text).toBe(Buffer.from(everyByte).toString('base64'));
    expect(base64ToBytes(text)).toEqual(everyByte);
    expect(decodedLength(text)).toBe(everyByte.length);
    expect([bytesToBase64(new Uint8Array(0)), base64ToBytes('')]).toEqual(['', new Uint8Array(0)]);
  });

  it('uses the browser’s own toBase64 and fromBase64 where there are any', () => {
    const toBase64 = vi.fn(() => 'AQI=');
    const bytes = Object.assign(new Uint8Array([1, 2]), { toBase64 });
    expect(bytesToBase64(bytes)).toBe('AQI=');
    const fromBase64 = vi.fn(() => new Uint8Array([1, 2]));
    vi.stubGlobal('Uint8Array', Object.assign(class extends Uint8Array {}, { fromBase64 }));
    try {
      expect(base64ToBytes('AQI=')).toEqual(new Uint8Array([1, 2]));
    } finally {
      vi.unstubAllGlobals();
    }
    expect([toBase64.mock.calls.length, fromBase64.mock.calls.length]).toEqual([1, 1]);
  });

  it.each(['AQI', 'AQI=\n', 'A QI=', 'AQ-_', 'AQ==AQ==', '====', 'AQI=='])('refuses %j, which atob would partly forgive', (text) => {
    expect(base64ToBytes(text)).toBe(null);
  });
});
