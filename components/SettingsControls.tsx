import { COLUMN_WIDTHS, FONT_SIZE, FONTS, LINE_HEIGHT, THEMES, type ColumnWidth, type Font, type ReaderSettings, type Theme } from '../utils/settings';
import { formatNumber, t, tCount, uiLanguage } from '../utils/i18n';

interface Props {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  /** Prefix for element ids, so two sets of controls can share a page. */
  idPrefix: string;
}

/** Each choice's name in the reader's words; the stored values stay the English ids. */
const THEME_LABELS = {
  light: 'settings.theme.light',
  sepia: 'settings.theme.sepia',
  dark: 'settings.theme.dark',
  system: 'settings.theme.system',
} as const satisfies Record<Theme, string>;
const FONT_LABELS = { serif: 'settings.font.serif', sans: 'settings.font.sans', legible: 'settings.font.legible' } as const satisfies Record<Font, string>;
const COLUMN_WIDTH_LABELS = {
  narrow: 'settings.columnWidth.narrow',
  medium: 'settings.columnWidth.medium',
  wide: 'settings.columnWidth.wide',
} as const satisfies Record<ColumnWidth, string>;

/** A line height as "1.6" or "1,6", always with its one decimal. */
const formatLineHeight = (value: number): string => new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);

/** Theme, font, size, line height and column width: labelled native controls, usable from the keyboard. */
export function SettingsControls({ settings, onChange, idPrefix }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="settings-controls">
      <ChoiceControl name={id('theme')} legend={t('settings.theme.legend')} choices={THEMES} labelOf={(theme) => t(THEME_LABELS[theme])} value={settings.theme} onChange={(theme) => onChange({ theme })} />
      <ChoiceControl
        name={id('font')}
        legend={t('settings.font.legend')}
        choices={FONTS}
        labelOf={(font) => t(FONT_LABELS[font])}
        value={settings.font}
        classOf={(font) => `font-${font}`}
        onChange={(font) => onChange({ font })}
      />
      <RangeControl
        id={id('size')}
        label={t('settings.fontSize.label')}
        range={FONT_SIZE}
        value={settings.fontSize}
        shown={t('settings.fontSize.shown', [formatNumber(settings.fontSize)])}
        spoken={tCount('settings.fontSize.spoken', settings.fontSize)}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <RangeControl
        id={id('line')}
        label={t('settings.lineHeight.label')}
        range={LINE_HEIGHT}
        value={settings.lineHeight}
        shown={formatLineHeight(settings.lineHeight)}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <div class="select">
        <label for={id('width')}>{t('settings.columnWidth.label')}</label>
        <select id={id('width')} value={settings.columnWidth} onChange={(e) => onChange({ columnWidth: e.currentTarget.value as ReaderSettings['columnWidth'] })}>
          {COLUMN_WIDTHS.map((width) => (
            <option key={width} value={width}>
              {t(COLUMN_WIDTH_LABELS[width])}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

interface ChoiceControlProps<T extends string> {
  name: string;
  legend: string;
  choices: readonly T[];
  labelOf: (choice: T) => string;
  value: T;
  /** A class per choice, e.g. to show each font in itself. */
  classOf?: (choice: T) => string;
  onChange: (value: T) => void;
}

/** One of a few named choices, as a group of radio buttons (theme, font). */
function ChoiceControl<T extends string>({ name, legend, choices, labelOf, value, classOf, onChange }: ChoiceControlProps<T>) {
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} class={classOf?.(choice)}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {labelOf(choice)}
        </label>
      ))}
    </fieldset>
  );
}

interface RangeControlProps {
  id: string;
  label: string;
  range: { min: number; max: number; step: number };
  value: number;
  /** The value as shown beside the slider. */
  shown: string;
  /** The value as a screen reader says it, when the shown text is not enough (e.g. "px"). */
  spoken?: string;
  onChange: (value: number) => void;
}

/** A labelled slider with its current value beside it (font size, line height). */
function RangeControl({ id, label, range, value, shown, spoken, onChange }: RangeControlProps) {
  return (
    <div class="range">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={range.min}
        max={range.max}
        step={range.step}
        value={value}
        aria-valuetext={spoken}
        onInput={(e) => onChange(Number(e.currentTarget.value))}
      />
      <output for={id}>{shown}</output>
    </div>
  );
}
