/**
 * The page's last resort, when the live part of the page could not start at all: a message at the
 * top (the prerendered prose and figures stay readable below it) and a way out that clears what
 * may have caused it, the values in the address. Plain DOM: React may be what failed.
 */
export function showPageFailure(win: Window, error: unknown) {
  const doc = win.document;
  const reason = error instanceof Error ? error.message : String(error);
  const box = doc.createElement('div');
  box.className = 'page-failure';
  box.setAttribute('role', 'alert');
  const text = doc.createElement('p');
  text.textContent = `The live figures could not start: ${reason}. You can still read the page; the figures show the default network.`;
  const reset = doc.createElement('button');
  reset.type = 'button';
  reset.textContent = 'Reset the page and its address';
  reset.addEventListener('click', () => {
    // the state lives in the address: without its query and hash the page starts from the defaults
    win.location.replace(win.location.pathname);
  });
  box.append(text, reset);
  doc.body.prepend(box);
  console.warn('The live figures could not start:', error);
}
