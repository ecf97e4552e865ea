import 'katex/dist/katex.min.css';
import './app/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './state/urlSync';
import { loadKatex } from './tex/katex';

startUrlSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
// live math: KaTeX's JavaScript arrives after first paint
requestAnimationFrame(() => void loadKatex());
