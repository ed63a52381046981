import { render } from 'preact';
import { t, uiLanguage } from '../../utils/i18n';
import { App } from './App';
import './style.css';

function main(): void {
  // index.html is static: its title and language are the English fallback until the messages are read.
  document.documentElement.lang = uiLanguage();
  document.title = t('library.pageTitle');
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

main();
