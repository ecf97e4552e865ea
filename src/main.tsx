import 'katex/dist/katex.min.css';
import './app/styles.css';
// the figure toolbar is in the prerendered page: its styles come with the page's, not with its island
import './classroom/classroom.css';
// form fields' stand-ins are in the prerendered page until their island is live (islands/LiveField.tsx)
import './islands/liveField.css';
import { showPageFailure } from './app/pageFailure';

/**
 * The browser's entry. Three pages share it:
 * - the built page, prerendered (scripts/prerender.ts): the prose is already there; the address
 *   sync starts and the islands come alive near the viewport (src/islands/bootstrap.tsx);
 * - `npm run dev`, or a page left unrendered: the whole page renders in the browser;
 * - `?embed=<section-id>`: that section's figure alone, in the address's state (src/app/startEmbed.tsx);
 * - `?gallery`: the development page of figures alone, with fixed data (the address is not synced);
 * - `?worksheet`, `?exercises`: the classroom's printable worksheet and exercise sets (src/classroom).
 * Nothing starts at import time in any other module; whatever fails here says so on the page.
 */
async function start(win: Window) {
  const root = win.document.getElementById('root');
  if (!root) throw new Error('the page has no #root element');
  const params = new URLSearchParams(win.location.search);
  const embed = params.get('embed');
  if (embed !== null) {
    const { startEmbed } = await import('./app/startEmbed');
    return startEmbed(win, root, embed);
  }
  const gallery = params.get('gallery');
  if (gallery !== null) {
    const { startGallery } = await import('./app/startGallery');
    return startGallery(root, gallery);
  }
  const query = new URLSearchParams(win.location.search);
  if (query.has('worksheet') || query.has('exercises')) {
    const { startClassroomPage } = await import('./classroom/startClassroomPage');
    return startClassroomPage(win, root);
  }
  const [{ startUrlSync }, { acquireLabRuntime }] = await Promise.all([
    import('./state/urlSync'),
    import('./state/lab/labRuntime'),
  ]);
  // the address is read into every store before any island hydrates: an island then hydrates
  // from the prerendered (default) state and catches up at once, in one step
  startUrlSync(win);
  acquireLabRuntime(win);
  const [{ installTermBehaviour }, { keepFiguresStickyFit }, { installCopyBehaviour }] = await Promise.all([
    import('./teach/termBehaviour'),
    import('./app/stickyFit'),
    import('./classroom/copy/copyBehaviour'),
  ]);
  installTermBehaviour(win.document);
  installCopyBehaviour(win.document);
  if (root.querySelector('[data-island]')) {
    keepFiguresStickyFit(win);
    const [{ startIslands }, { keepScrollableFocusable }, { holdLinkTarget }] = await Promise.all([
      import('./islands/bootstrap'),
      import('./app/useKeyboardScrollable'),
      import('./app/holdLinkTarget'),
    ]);
    holdLinkTarget(win);
    win.backpropIslands = startIslands(win);
    const main = win.document.getElementById('main');
    if (main) keepScrollableFocusable(main);
    return;
  }
  const { startClientRendered } = await import('./app/startClientRendered');
  await startClientRendered(root);
  // the page React just rendered has its figure columns once this frame is painted
  win.requestAnimationFrame(() => keepFiguresStickyFit(win));
}

start(window).catch((error: unknown) => showPageFailure(window, error));
