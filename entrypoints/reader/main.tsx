import { render } from 'preact';
import { applyInterfaceLanguage } from '../../components/interface-language';
import { t } from '../../utils/i18n';
import { takeShowPicturesRequest } from '../../utils/remote-content/show-pictures';
import { App } from './App';
import '../../components/article.css';
import './style.css';

function main(): void {
  // The page is in the interface's language (its title, toolbar, notices); the article element carries the article's own.
  applyInterfaceLanguage(document);
  document.title = t('reader.pageTitle');
  // `?id=ID` opens a saved article from the library; without it, the article stored for this tab.
  const savedId = new URLSearchParams(location.search).get('id');
  const showPictures = takeShowPicturesRequest(location, history);
  const root = document.getElementById('app');
  if (root) render(<App savedId={savedId} showPictures={showPictures} />, root);
}

main();
