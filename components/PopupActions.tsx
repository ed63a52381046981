import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../utils/extract/types';
import { sendMessage } from '../utils/messages';
import { t } from '../utils/i18n';

type SaveState = 'save' | 'update' | 'saving' | 'saved';

function saveLabel(state: SaveState): string {
  switch (state) {
    case 'save':
      return t('popup.actions.save');
    case 'update':
      return t('article.savedCopy.update');
    case 'saving':
      return t('popup.actions.saving');
    case 'saved':
      return t('popup.actions.saved');
  }
}

/** Save (or update), Reader view, Copy as Markdown, and the library link; results are announced. */
export function PopupActions({ article, tabId }: { article: Article; tabId: number }) {
  const [save, setSave] = useState<SaveState>('save');
  const [status, setStatus] = useState('');
  /** The saved article's pictures, said on a line of their own under the status: being kept, then what came of it. */
  const [pictures, setPictures] = useState<{ state: 'idle' | 'keeping' | 'done'; text: string }>({ state: 'idle', text: '' });

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
    setPictures({ state: 'idle', text: '' });
    try {
      const { saveArticle } = await import('../utils/library');
      const result = await saveArticle(article);
      if (result.ok) {
        setSave('saved');
        setStatus(result.status === 'updated' ? t('article.savedCopy.updated') : t('popup.status.saved'));
        // The text is saved and said so; the pictures follow and never undo that.
        const said = await import('./saved-pictures')
          .then(({ keepSavedPictures }) => keepSavedPictures(result.record, tabId, () => setPictures({ state: 'keeping', text: t('popup.pictures.keeping') })))
          .catch(() => '');
        setPictures({ state: 'done', text: said });
      } else {
        setSave(previous);
        setStatus(result.message);
      }
    } catch {
      setSave(previous);
      setStatus(t('popup.status.saveFailed'));
    }
  };

  const onReader = async () => {
    const result = await sendMessage('reader:open', { tabId, article }).catch(() => null);
    // The one failure the background reports is this one: worded here, in the popup's language.
    if (result?.ok) window.close();
    else setStatus(t('popup.status.readerFailed'));
  };

  const onCopy = async () => {
    try {
      const { articleToMarkdown } = await import('../utils/markdown');
      await navigator.clipboard.writeText(articleToMarkdown(article));
      setStatus(t('popup.status.copied'));
    } catch {
      setStatus(t('popup.status.copyFailed'));
    }
  };

  return (
    <div class="actions">
      <div class="buttons">
        <button type="button" class="primary" onClick={() => void onSave()} disabled={save === 'saving'} data-save-state={save}>
          {saveLabel(save)}
        </button>
        <button type="button" onClick={() => void onReader()}>
          {t('popup.actions.readerView')}
        </button>
        <button type="button" onClick={() => void onCopy()}>
          {t('popup.actions.copyMarkdown')}
        </button>
        <a class="library-link" href="/library.html" target="_blank">
          {t('popup.actions.library')}
        </a>
      </div>
      <p class="status" role="status">
        {status}
      </p>
      <p class="pictures-status" role="status" data-state={pictures.state}>
        {pictures.text}
      </p>
    </div>
  );
}
