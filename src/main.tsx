import 'katex/dist/katex.min.css';
import './app/styles.css';
import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startUrlSync } from './state/urlSync';
import { loadKatex } from './tex/katex';

// `?gallery`: the development page of figures alone (src/app/Gallery.tsx), loaded on demand;
// it shows fixed data, so it neither reads nor writes the network in the address
const gallery = new URLSearchParams(window.location.search).get('gallery');
const Gallery = lazy(() => import('./app/Gallery').then((m) => ({ default: m.Gallery })));
if (gallery === null) startUrlSync();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    {gallery === null ? (
      <App />
    ) : (
      <Suspense fallback={null}>
        <Gallery only={gallery} />
      </Suspense>
    )}
  </StrictMode>,
);
// live math: KaTeX's JavaScript arrives after first paint
requestAnimationFrame(() => void loadKatex());
