import { useEffect, useState } from 'preact/hooks';
import { aiAvailability, summarizerApi, type AiAvailability, type SummarizerApi } from '../utils/summarizer';
import { t } from '../utils/i18n';

/** What the browser's summarizer offers, as the setting explains it. */
const AVAILABILITY_MESSAGE = {
  available: 'settings.aiKeyPoints.available',
  downloadable: 'settings.aiKeyPoints.downloadable',
  downloading: 'settings.aiKeyPoints.downloading',
  unavailable: 'settings.aiKeyPoints.unavailable',
  unsupported: 'settings.aiKeyPoints.unsupported',
} as const satisfies Record<AiAvailability, string>;

interface Props {
  on: boolean;
  onChange: (on: boolean) => void;
  /** Only in tests: a stand-in for the browser's `Summarizer`. */
  api?: SummarizerApi | null;
}

/** The "AI key points" switch for the options page: off by default, and it says when the browser cannot do it. */
export function AiKeyPointsSetting({ on, onChange, api = summarizerApi() }: Props) {
  const [availability, setAvailability] = useState<AiAvailability | null>(null);
  useEffect(() => void aiAvailability('en', api).then(setAvailability), [api]);
  const usable = availability === 'available' || availability === 'downloadable' || availability === 'downloading';
  return (
    <fieldset class="ai-setting">
      <legend>{t('settings.aiKeyPoints.title')}</legend>
      <label>
        {/* Turning it off stays possible even where it no longer works. */}
        <input type="checkbox" checked={on} disabled={!on && !usable} onChange={(event) => onChange(event.currentTarget.checked)} />
        {t('settings.aiKeyPoints.switch')}
      </label>
      <p class="hint" aria-live="polite">
        {t(availability ? AVAILABILITY_MESSAGE[availability] : 'settings.aiKeyPoints.checking')} {t('settings.aiKeyPoints.privacy')}
      </p>
    </fieldset>
  );
}
