import { t, uiLanguage } from '../utils/i18n';
import { summaryRepeatsOpening } from './summary-repeats-opening';

interface Props {
  summary: string;
  /** The text shown right under the summary (the reader view's article); the popup shows none. */
  textBelow?: string;
}

/** The article's summary, left out where it would only repeat, word for word, the opening right under it. */
export function Summary({ summary, textBelow }: Props) {
  if (!summary || (textBelow !== undefined && summaryRepeatsOpening(summary, textBelow))) return null;
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title" lang={uiLanguage()}>{t('article.summaryTitle')}</h2>
      <p>{summary}</p>
    </section>
  );
}
