import { render } from 'preact';
import { App } from './App';
import { applyInterfaceLanguage } from '../../components/interface-language';
import { t } from '../../utils/i18n';
import '../../components/article.css';
import '../reader/style.css';
import './style.css';

function main(): void {
  applyInterfaceLanguage(document);
  // index.html's title is the English one, for the moment before this runs.
  document.title = t('options.title');
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

main();
