import { render } from 'preact';
import { applyInterfaceLanguage } from '../../components/interface-language';
import { t } from '../../utils/i18n';
import { App } from './App';
import './style.css';

function main(): void {
  // index.html is static: its title and language are the English fallback until the messages are read.
  applyInterfaceLanguage(document);
  document.title = t('library.pageTitle');
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

main();
