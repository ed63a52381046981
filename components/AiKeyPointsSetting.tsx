import { useEffect, useState } from 'preact/hooks';
import { aiAvailability, summarizerApi, type AiAvailability, type SummarizerApi } from '../utils/summarizer';

const AVAILABILITY_TEXT: Record<AiAvailability, string> = {
  available: 'Your browser’s on-device model is ready.',
  downloadable: 'Your browser offers an on-device model; it downloads once, the first time you ask for key points.',
  downloading: 'Your browser is downloading its on-device model.',
  unavailable: 'Not available here: this browser has the summarizer, but not its on-device model on this computer.',
  unsupported: 'Not available in this browser: it needs Chrome 138 or later on a desktop computer with the built-in on-device model (not Firefox).',
};

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
      <legend>AI key points</legend>
      <label>
        {/* Turning it off stays possible even where it no longer works. */}
        <input type="checkbox" checked={on} disabled={!on && !usable} onChange={(event) => onChange(event.currentTarget.checked)} />
        Show AI key points in the reader view, written on this device by the browser’s built-in model
      </label>
      <p class="hint" aria-live="polite">
        {availability ? AVAILABILITY_TEXT[availability] : 'Checking what this browser offers…'} The article’s own summary always stays; the text never
        leaves your device.
      </p>
    </fieldset>
  );
}
