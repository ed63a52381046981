import { describe, expect, it, vi } from 'vitest';
import { aiAvailability, generateKeyPoints, inputFor, keyPointsOptions, MAX_INPUT_CHARS, parseKeyPoints, summarizerApi, type SummarizerApi } from './summarizer';
import { normalizeSettings } from './settings';

/** A stand-in for Chrome's global `Summarizer` with the same calls. */
function stubApi(availability: string, output = '* The ferry is back.\n* Fares stay at two pounds.\n'): SummarizerApi & { created: unknown[]; inputs: string[] } {
  const created: unknown[] = [];
  const inputs: string[] = [];
  return {
    created,
    inputs,
    availability: vi.fn(async () => availability),
    create: vi.fn(async (options) => {
      created.push(options);
      return {
        summarize: async (text: string) => {
          inputs.push(text);
          return output;
        },
        destroy: vi.fn(),
      };
    }),
  };
}

describe('on-device summarizer', () => {
  it('is off by default', () => {
    expect(normalizeSettings(undefined).aiKeyPoints).toBe(false);
    expect(normalizeSettings({ aiKeyPoints: 'yes' }).aiKeyPoints).toBe(false);
    expect(normalizeSettings({ aiKeyPoints: true }).aiKeyPoints).toBe(true);
  });

  it('is feature-detected: no global Summarizer, or a wrong shape, means unsupported', async () => {
    expect(summarizerApi({})).toBeNull();
    expect(summarizerApi({ Summarizer: { availability: 1 } })).toBeNull();
    expect(await aiAvailability('en', null)).toBe('unsupported');
    const api = stubApi('available');
    expect(summarizerApi({ Summarizer: api })).toBe(api);
  });

  it('reports what availability() says, anything unknown or failing as unavailable', async () => {
    expect(await aiAvailability('en', stubApi('available'))).toBe('available');
    expect(await aiAvailability('en', stubApi('downloadable'))).toBe('downloadable');
    expect(await aiAvailability('en', stubApi('no'))).toBe('unavailable');
    const failing = { availability: async () => Promise.reject(new Error('x')), create: async () => Promise.reject(new Error('x')) };
    expect(await aiAvailability('en', failing)).toBe('unavailable');
  });

  it('asks for plain-text key points in the article language (English output where the model has no such language)', () => {
    expect(keyPointsOptions('es-ES')).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short', expectedInputLanguages: ['es'], outputLanguage: 'es' });
    expect(keyPointsOptions('de')).toMatchObject({ expectedInputLanguages: ['de'], outputLanguage: 'en' });
    expect(keyPointsOptions(null)).toMatchObject({ expectedInputLanguages: ['en'], outputLanguage: 'en' });
  });

  it('generates key points: create with the same options, summarize the text, points without bullets, instance destroyed', async () => {
    const api = stubApi('available', '* First point.\n- Second point.\n\n3. Third point.');
    expect(await generateKeyPoints({ text: 'Article text.', lang: 'en', api })).toEqual(['First point.', 'Second point.', 'Third point.']);
    expect(api.created[0]).toMatchObject({ type: 'key-points', format: 'plain-text', expectedInputLanguages: ['en'] });
    expect(api.inputs).toEqual(['Article text.']);
    await expect(generateKeyPoints({ text: 'x', lang: 'en', api: null })).rejects.toThrow('no built-in summarizer');
  });

  it('cuts a long article after a whole line, within the model input size', () => {
    const line = `${'word '.repeat(199)}end`;
    const text = Array.from({ length: 40 }, () => line).join('\n');
    const input = inputFor(text);
    expect(input.length).toBeLessThanOrEqual(MAX_INPUT_CHARS);
    expect(input.endsWith('end')).toBe(true);
    expect(parseKeyPoints('• One\n·  Two\n')).toEqual(['One', 'Two']);
  });
});
