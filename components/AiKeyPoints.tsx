import { useEffect, useState } from 'preact/hooks';
import { aiAvailability, generateKeyPoints, summarizerApi, type AiAvailability, type SummarizerApi } from '../utils/summarizer';

type State =
  | { kind: 'checking' }
  | { kind: 'missing' }
  | { kind: 'ask'; availability: AiAvailability }
  | { kind: 'working'; progress: number | null }
  | { kind: 'done'; points: string[] }
  | { kind: 'failed' };

interface Props {
  text: string;
  lang: string | null;
  /** Only in tests: a stand-in for the browser's `Summarizer`. */
  api?: SummarizerApi | null;
}

/**
 * "AI key points", when the reader turned them on in the settings: written by the browser's own on-device
 * model, labelled as such, below the article's own summary (which stays). Where the model still has to be
 * downloaded, the browser wants a click first, so a button asks for it.
 */
export function AiKeyPoints({ text, lang, api = summarizerApi() }: Props) {
  const [state, setState] = useState<State>({ kind: 'checking' });

  const generate = async (signal?: AbortSignal) => {
    setState({ kind: 'working', progress: null });
    try {
      const points = await generateKeyPoints({ text, lang, signal, api, onProgress: (progress) => setState({ kind: 'working', progress }) });
      if (!signal?.aborted) setState(points.length > 0 ? { kind: 'done', points } : { kind: 'failed' });
    } catch {
      if (!signal?.aborted) setState({ kind: 'failed' });
    }
  };

  useEffect(() => {
    const controller = new AbortController();
    void aiAvailability(lang, api).then((availability) => {
      if (controller.signal.aborted) return;
      if (availability === 'available') void generate(controller.signal);
      else if (availability === 'downloadable' || availability === 'downloading') setState({ kind: 'ask', availability });
      else setState({ kind: 'missing' });
    });
    return () => controller.abort();
  }, [text, lang, api]);

  return (
    <section class="ai-key-points" aria-labelledby="ai-key-points-title" aria-busy={state.kind === 'working' || state.kind === 'checking'}>
      <h2 id="ai-key-points-title">AI key points</h2>
      <p class="ai-note">Written by your browser’s built-in AI on this device, not by the article; it can be wrong. Nothing is sent anywhere.</p>
      {state.kind === 'checking' && <p class="ai-status">Checking for the on-device model…</p>}
      {state.kind === 'missing' && <p class="ai-status">This browser has no on-device summarizer for this article’s language.</p>}
      {state.kind === 'ask' && (
        <p class="ai-status">
          <button type="button" onClick={() => void generate()}>
            {state.availability === 'downloadable' ? 'Download the on-device model and show key points' : 'Show AI key points'}
          </button>
        </p>
      )}
      {state.kind === 'working' && (
        <p class="ai-status" role="status">
          {state.progress !== null && state.progress < 1 ? `Downloading the on-device model… ${Math.round(state.progress * 100)}%` : 'Writing key points on this device…'}
        </p>
      )}
      {state.kind === 'failed' && <p class="ai-status">The on-device model could not summarize this article.</p>}
      {state.kind === 'done' && (
        <ul>
          {state.points.map((point, i) => (
            <li key={i}>{point}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
