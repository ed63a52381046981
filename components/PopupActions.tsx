import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../utils/extract/types';
import { sendMessage } from '../utils/messages';

type SaveState = 'save' | 'update' | 'saving' | 'saved';

const SAVE_LABELS: Record<SaveState, string> = { save: 'Save', update: 'Update saved copy', saving: 'Saving…', saved: 'Saved' };

/** Save (or update), Reader view, Copy as Markdown, and the library link; results are announced. */
export function PopupActions({ article, tabId }: { article: Article; tabId: number }) {
  const [save, setSave] = useState<SaveState>('save');
  const [status, setStatus] = useState('');

  useEffect(() => {
    const url = article.url;
    if (!url) return;
    // The library and Markdown code load after the article is on screen, not before.
    // Looked up by the same key Save writes: the page's canonical link when it has a believable one.
    import('../utils/library').then(({ findSavedByUrl, canonicalUrlOf }) => findSavedByUrl(canonicalUrlOf(url, article.canonicalUrl) ?? url)).then(
      (found) => found && setSave((current) => (current === 'save' ? 'update' : current)),
      () => undefined,
    );
  }, [article.url, article.canonicalUrl]);

  const onSave = async () => {
    const previous = save;
    setSave('saving');
    try {
      const { saveArticle } = await import('../utils/library');
      const result = await saveArticle(article);
      if (result.ok) {
        setSave('saved');
        setStatus(result.status === 'updated' ? 'Updated the saved copy in your library.' : 'Saved to your library.');
      } else {
        setSave(previous);
        setStatus(result.message);
      }
    } catch {
      setSave(previous);
      setStatus('Could not save this article.');
    }
  };

  const onReader = async () => {
    const result = await sendMessage('reader:open', { tabId, article }).catch(() => null);
    if (result?.ok) window.close();
    else setStatus(result?.message ?? 'Could not open the reader view in this tab.');
  };

  const onCopy = async () => {
    try {
      const { articleToMarkdown } = await import('../utils/markdown');
      await navigator.clipboard.writeText(articleToMarkdown(article));
      setStatus('Copied as Markdown.');
    } catch {
      setStatus('Could not copy: the browser refused access to the clipboard.');
    }
  };

  return (
    <div class="actions">
      <div class="buttons">
        <button type="button" class="primary" onClick={() => void onSave()} disabled={save === 'saving'} data-save-state={save}>
          {SAVE_LABELS[save]}
        </button>
        <button type="button" onClick={() => void onReader()}>
          Reader view
        </button>
        <button type="button" onClick={() => void onCopy()}>
          Copy as Markdown
        </button>
        <a class="library-link" href="/library.html" target="_blank">
          Library
        </a>
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </div>
  );
}
