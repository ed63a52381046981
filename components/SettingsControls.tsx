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
      <fieldset class="choice">
        <legend>Theme</legend>
        {THEMES.map((theme) => (
          <label key={theme}>
            <input type="radio" name={id('theme')} value={theme} checked={settings.theme === theme} onChange={() => onChange({ theme })} />
            {LABELS.theme[theme]}
          </label>
        ))}
      </fieldset>
      <fieldset class="choice">
        <legend>Font</legend>
        {FONTS.map((font) => (
          <label key={font} class={`font-${font}`}>
            <input type="radio" name={id('font')} value={font} checked={settings.font === font} onChange={() => onChange({ font })} />
            {LABELS.font[font]}
          </label>
        ))}
      </fieldset>
      <div class="range">
        <label for={id('size')}>Font size</label>
        <input
          id={id('size')}
          type="range"
          min={FONT_SIZE.min}
          max={FONT_SIZE.max}
          step={FONT_SIZE.step}
          value={settings.fontSize}
          aria-valuetext={`${settings.fontSize} pixels`}
          onInput={(e) => onChange({ fontSize: Number(e.currentTarget.value) })}
        />
        <output for={id('size')}>{settings.fontSize}px</output>
      </div>
      <div class="range">
        <label for={id('line')}>Line height</label>
        <input
          id={id('line')}
          type="range"
          min={LINE_HEIGHT.min}
          max={LINE_HEIGHT.max}
          step={LINE_HEIGHT.step}
          value={settings.lineHeight}
          onInput={(e) => onChange({ lineHeight: Number(e.currentTarget.value) })}
        />
        <output for={id('line')}>{settings.lineHeight.toFixed(1)}</output>
      </div>
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
