import { useEffect, useRef, useState } from 'preact/hooks';
import { formatNumber, t } from '../utils/i18n';
import { SPEECH_RATES, type ReaderSettings } from '../utils/settings';
import { SettingsControls } from './SettingsControls';
import { AutoReaderToggle } from './AutoReaderToggle';
import type { SpeechState } from './use-read-aloud';

interface Props {
  settings: ReaderSettings;
  onChange: (change: Partial<ReaderSettings>) => void;
  backLabel: string;
  onBack: () => void;
  speech: { supported: boolean; state: SpeechState; error: string; toggle: () => void; stop: () => void };
  /** The page the article comes from: "Always use the reader view" is offered for its site. */
  siteUrl?: string | null;
}

/** Back, display settings (a disclosure panel), read aloud with its speed. */
export function ReaderToolbar({ settings, onChange, backLabel, onBack, speech, siteUrl = null }: Props) {
  const [open, setOpen] = useState(false);
  const panel = useRef<HTMLDivElement>(null);
  const toggleButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        // Esc closes the panel first; the page-level handler leaves the reader only when it is closed.
        event.stopImmediatePropagation();
        setOpen(false);
        toggleButton.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [open]);

  return (
    <div class="toolbar" role="toolbar" aria-label={t('reader.toolbar.label')}>
      <button type="button" class="back" onClick={onBack}>
        ← {backLabel}
      </button>
      <AutoReaderToggle url={siteUrl} />
      <span class="spacer" />
      {speech.supported && (
        <span class="speech">
          <button type="button" aria-pressed={speech.state === 'playing'} onClick={speech.toggle}>
            {speech.state === 'playing' ? t('reader.toolbar.pauseReading') : speech.state === 'paused' ? t('reader.toolbar.resumeReading') : t('reader.toolbar.readAloud')}
          </button>
          {speech.state !== 'idle' && (
            <button type="button" onClick={speech.stop}>
              {t('reader.toolbar.stop')}
            </button>
          )}
          <label>
            <span class="visually-hidden">{t('reader.toolbar.speechRate')}</span>
            <select value={String(settings.speechRate)} onChange={(e) => onChange({ speechRate: Number(e.currentTarget.value) })}>
              {SPEECH_RATES.map((rate) => (
                <option key={rate} value={String(rate)}>
                  {formatNumber(rate)}×
                </option>
              ))}
            </select>
          </label>
        </span>
      )}
      <button type="button" onClick={() => window.print()}>
        {t('reader.toolbar.print')}
      </button>
      <button type="button" ref={toggleButton} aria-expanded={open} aria-controls="display-settings" onClick={() => setOpen(!open)}>
        {t('reader.toolbar.displaySettings')}
      </button>
      <div id="display-settings" class="settings-panel" ref={panel} hidden={!open}>
        <SettingsControls settings={settings} onChange={onChange} idPrefix="reader" />
      </div>
      {speech.error && (
        <p class="speech-error" role="status">
          {speech.error}
        </p>
      )}
    </div>
  );
}
