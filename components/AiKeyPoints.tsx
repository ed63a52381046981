import { useEffect, useState } from 'preact/hooks';
import { aiAvailability, generateKeyPoints, summarizerApi, type AiAvailability, type SummarizerApi } from '../utils/summarizer';
import { t, uiLanguage } from '../utils/i18n';

type State =
  | { kind: 'checking' }
  | { kind: 'missing' }
  | { kind: 'ask'; availability: AiAvailability }
  | { kind: 'working'; progress: number | null }
  | { kind: 'done'; points: string[] }
  | { kind: 'failed' };

/** "42%", "42 %": the download's progress, whole percents, in the interface's language. */
const formatPercent = (share: number): string => new Intl.NumberFormat(uiLanguage(), { style: 'percent', maximumFractionDigits: 0 }).format(share);

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
      <h2 id="ai-key-points-title" lang={uiLanguage()}>{t('article.aiKeyPoints.title')}</h2>
      <p class="ai-note">{t('article.aiKeyPoints.note')}</p>
      {state.kind === 'checking' && <p class="ai-status">{t('article.aiKeyPoints.checking')}</p>}
      {state.kind === 'missing' && <p class="ai-status">{t('article.aiKeyPoints.missing')}</p>}
      {state.kind === 'ask' && (
        <p class="ai-status">
          <button type="button" onClick={() => void generate()}>
            {state.availability === 'downloadable' ? t('article.aiKeyPoints.download') : t('article.aiKeyPoints.show')}
          </button>
        </p>
      )}
      {state.kind === 'working' && (
        <p class="ai-status" role="status">
          {state.progress !== null && state.progress < 1 ? t('article.aiKeyPoints.downloading', [formatPercent(state.progress)]) : t('article.aiKeyPoints.writing')}
        </p>
      )}
      {state.kind === 'failed' && <p class="ai-status">{t('article.aiKeyPoints.failed')}</p>}
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
