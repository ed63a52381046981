import { COLUMN_WIDTHS, FONT_SIZE, FONTS, LABELS, LINE_HEIGHT, THEMES, type ReaderSettings } from '../utils/settings';

interface Props {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  /** Prefix for element ids, so two sets of controls can share a page. */
  idPrefix: string;
}

/** Theme, font, size, line height and column width: labelled native controls, usable from the keyboard. */
export function SettingsControls({ settings, onChange, idPrefix }: Props) {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="settings-controls">
      <ChoiceControl name={id('theme')} legend="Theme" choices={THEMES} labels={LABELS.theme} value={settings.theme} onChange={(theme) => onChange({ theme })} />
      <ChoiceControl
        name={id('font')}
        legend="Font"
        choices={FONTS}
        labels={LABELS.font}
        value={settings.font}
        classOf={(font) => `font-${font}`}
        onChange={(font) => onChange({ font })}
      />
      <RangeControl
        id={id('size')}
        label="Font size"
        range={FONT_SIZE}
        value={settings.fontSize}
        shown={`${settings.fontSize}px`}
        spoken={`${settings.fontSize} pixels`}
        onChange={(fontSize) => onChange({ fontSize })}
      />
      <RangeControl
        id={id('line')}
        label="Line height"
        range={LINE_HEIGHT}
        value={settings.lineHeight}
        shown={settings.lineHeight.toFixed(1)}
        onChange={(lineHeight) => onChange({ lineHeight })}
      />
      <div class="select">
        <label for={id('width')}>Column width</label>
        <select id={id('width')} value={settings.columnWidth} onChange={(e) => onChange({ columnWidth: e.currentTarget.value as ReaderSettings['columnWidth'] })}>
          {COLUMN_WIDTHS.map((width) => (
            <option key={width} value={width}>
              {LABELS.columnWidth[width]}
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
  labels: Record<T, string>;
  value: T;
  /** A class per choice, e.g. to show each font in itself. */
  classOf?: (choice: T) => string;
  onChange: (value: T) => void;
}

/** One of a few named choices, as a group of radio buttons (theme, font). */
function ChoiceControl<T extends string>({ name, legend, choices, labels, value, classOf, onChange }: ChoiceControlProps<T>) {
  return (
    <fieldset class="choice">
      <legend>{legend}</legend>
      {choices.map((choice) => (
        <label key={choice} class={classOf?.(choice)}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} />
          {labels[choice]}
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
