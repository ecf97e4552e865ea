/**
 * An island whose code could not load (a dropped connection, a deploy that replaced the files):
 * its prerendered rendering stays, with a line under it that says so and offers a retry. Plain
 * DOM, because React is what failed to arrive.
 */
export function islandFailure(host: HTMLElement, error: unknown, retry: () => void) {
  const doc = host.ownerDocument;
  const reason = error instanceof Error ? error.message : String(error);
  const box = doc.createElement(host.tagName === 'SPAN' ? 'span' : 'div');
  box.className = 'island-failure';
  box.setAttribute('role', 'alert');
  box.append(`This part could not come alive (${reason}); it shows the default network. `);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Try again';
  button.addEventListener('click', () => {
    box.remove();
    retry();
  });
  box.append(button);
  host.after(box);
}
