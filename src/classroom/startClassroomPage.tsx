import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadKatex } from '../tex/katex';
import { classroomPage } from './classroomPage';
import { installCopyBehaviour } from './copy/copyBehaviour';

/**
 * `?worksheet` and `?exercises`: a page of their own in place of the article (prerendered or
 * not), rendered in the browser once KaTeX is here, so it prints typeset at once.
 */
export async function startClassroomPage(win: Window, root: HTMLElement) {
  // a `worksheet` or `exercises` pair that does not decode still asks for a classroom page
  const page = classroomPage(win.location.search) ?? classroomPage('?worksheet');
  if (!page) throw new Error('the address asks for no classroom page');
  // the prerendered article gives way at once, not after KaTeX has arrived
  const wait = win.document.createElement('p');
  wait.className = 'classroom-wait';
  wait.textContent = page.kind === 'worksheet' ? 'Preparing the worksheet…' : 'Preparing the exercises…';
  root.replaceChildren(wait);
  await loadKatex();
  installCopyBehaviour(win.document);
  const address = win.location.href;
  let body: React.ReactNode;
  if (page.kind === 'worksheet') {
    const { Worksheet } = await import('./worksheet/Worksheet');
    win.document.title = 'Worksheet: backpropagation by hand';
    body = <Worksheet network={page.network} address={address} />;
  } else if (page.ids.length === 0) {
    const { ExerciseSetBuilder } = await import('./exerciseSet/ExerciseSetBuilder');
    win.document.title = 'Make an exercise set';
    body = <ExerciseSetBuilder />;
  } else {
    const { ExerciseSet } = await import('./exerciseSet/ExerciseSet');
    win.document.title = 'Exercise set: backpropagation';
    body = <ExerciseSet ids={page.ids} network={page.network} />;
  }
  root.replaceChildren();
  createRoot(root).render(<StrictMode>{body}</StrictMode>);
}
