import { render } from 'preact';
import { App } from './App';
import '../../components/article.css';
import './style.css';

function main(): void {
  // `?id=ID` opens a saved article from the library; without it, the article stored for this tab.
  const savedId = new URLSearchParams(location.search).get('id');
  const root = document.getElementById('app');
  if (root) render(<App savedId={savedId} />, root);
}

main();
