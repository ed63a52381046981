import type { Article } from '../utils/extract/types';
import { sendMessage } from '../utils/messages';
import { CompletenessNotice } from './CompletenessNotice';
import { requestFullSection } from './full-section-request';

/** In the popup, "Show the full page section" opens the reader view with the full section showing. */
export function PopupCompletenessNotice({ article, tabId }: { article: Article; tabId: number }) {
  const open = async () => {
    await requestFullSection(article.url);
    const result = await sendMessage('reader:open', { tabId, article }).catch(() => null);
    if (result?.ok) window.close();
  };
  return <CompletenessNotice article={article} onToggleFullSection={() => void open()} />;
}
