/**
 * Every reader setting, typed, with its default, its stored version and migrations. The reader's toolbar and
 * the options page both edit this one item; `normalizeSettings` is the type guard every read goes through,
 * so a hand-edited, partial or newer value can never break the reader.
 */
import { storage } from 'wxt/utils/storage';
import { HIGHLIGHT_COLORS, type HighlightColor } from './highlights/types';

export const THEMES = ['light', 'sepia', 'dark', 'system'] as const;
export const FONTS = ['serif', 'sans', 'legible'] as const;
export const COLUMN_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const SPEECH_RATES = [0.75, 1, 1.25, 1.5, 2] as const;

export type Theme = (typeof THEMES)[number];
export type Font = (typeof FONTS)[number];
export type ColumnWidth = (typeof COLUMN_WIDTHS)[number];

export interface ReaderSettings {
  theme: Theme;
  font: Font;
  /** CSS pixels. */
  fontSize: number;
  /** Unitless line-height. */
  lineHeight: number;
  columnWidth: ColumnWidth;
  /** Web Speech API rate for read aloud. */
  speechRate: number;
  /** "AI key points" from the browser's on-device summarizer in the reader view; never on unless the reader turns it on. */
  aiKeyPoints: boolean;
  /** The colour the Highlight button uses: the last one the reader picked. */
  highlightColor: HighlightColor;
  /**
   * Save keeps the article's pictures with it on the device. On by default: it fetches only what the toolbar click
   * already reaches (the page's own site), once; other sites' pictures need the access the options page asks for.
   */
  keepPictures: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  columnWidth: 'medium',
  speechRate: 1,
  aiKeyPoints: false,
  highlightColor: 'yellow',
  keepPictures: true,
});

export const FONT_SIZE = { min: 14, max: 28, step: 1 } as const;
export const LINE_HEIGHT = { min: 1.2, max: 2.2, step: 0.1 } as const;

/** CSS for each choice; system fonts only, nothing is downloaded. */
export const FONT_STACKS: Record<Font, string> = {
  serif: "'Iowan Old Style', 'Charter', 'Bitstream Charter', Georgia, 'DejaVu Serif', 'Noto Serif', serif",
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
  // Atkinson Hyperlegible when installed; otherwise Verdana and Tahoma, designed for legibility at small sizes.
  legible: "'Atkinson Hyperlegible', 'Atkinson Hyperlegible Next', Verdana, Tahoma, 'DejaVu Sans', sans-serif",
};
export const COLUMN_CH: Record<ColumnWidth, number> = { narrow: 56, medium: 68, wide: 84 };

const oneOf = <T extends string | number>(list: readonly T[], value: unknown, fallback: T): T => (list.includes(value as T) ? (value as T) : fallback);

function inRange(value: unknown, range: { min: number; max: number; step: number }, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const steps = Math.round((clamped - range.min) / range.step);
  return Math.round((range.min + steps * range.step) * 100) / 100;
}

/** Any stored value → complete, valid settings: unknown fields dropped, missing or invalid ones defaulted. */
export function normalizeSettings(value: unknown): ReaderSettings {
  const raw = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  return {
    theme: oneOf(THEMES, raw.theme, DEFAULT_SETTINGS.theme),
    font: oneOf(FONTS, raw.font, DEFAULT_SETTINGS.font),
    fontSize: inRange(raw.fontSize, FONT_SIZE, DEFAULT_SETTINGS.fontSize),
    lineHeight: inRange(raw.lineHeight, LINE_HEIGHT, DEFAULT_SETTINGS.lineHeight),
    columnWidth: oneOf(COLUMN_WIDTHS, raw.columnWidth, DEFAULT_SETTINGS.columnWidth),
    speechRate: oneOf(SPEECH_RATES, raw.speechRate, DEFAULT_SETTINGS.speechRate),
    aiKeyPoints: raw.aiKeyPoints === true,
    highlightColor: oneOf(HIGHLIGHT_COLORS, raw.highlightColor, DEFAULT_SETTINGS.highlightColor),
    keepPictures: raw.keepPictures !== false,
  };
}

/**
 * Version 1 is the first stored layout. When a field changes meaning, bump `version`, keep the old type here
 * and add `migrations[n]` (old value → new layout); @wxt-dev/storage runs them in order on first read.
 */
export const SETTINGS_VERSION = 1;
export const settingsMigrations: Record<number, (old: unknown) => ReaderSettings> = {};

export const readerSettings = storage.defineItem<ReaderSettings>('local:reader-settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: settingsMigrations,
});

export async function loadSettings(): Promise<ReaderSettings> {
  return normalizeSettings(await readerSettings.getValue());
}

/** Merges a change into the stored settings and returns what was stored. */
export async function updateSettings(change: Partial<ReaderSettings>): Promise<ReaderSettings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...change });
  await readerSettings.setValue(next);
  return next;
}

export function watchSettings(listener: (settings: ReaderSettings) => void): () => void {
  return readerSettings.watch((value) => listener(normalizeSettings(value)));
}

/** The CSS custom properties and theme attribute a page applies for these settings. */
export function settingsStyle(settings: ReaderSettings): { theme: Theme; vars: Record<string, string> } {
  return {
    theme: settings.theme,
    vars: {
      '--reader-font': FONT_STACKS[settings.font],
      '--reader-size': `${settings.fontSize}px`,
      '--reader-line': String(settings.lineHeight),
      '--reader-measure': `${COLUMN_CH[settings.columnWidth]}ch`,
    },
  };
}
