import { render } from 'preact';
import { App } from './App';
import '../../components/article.css';
import '../reader/style.css';
import './style.css';

function main(): void {
  const root = document.getElementById('app');
  if (root) render(<App />, root);
}

main();
