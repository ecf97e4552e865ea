/**
 * Writing text to the clipboard, and telling the reader how it went: a short "Copied" beside
 * what was copied, or, when the browser refuses, a message with the text selected in a box so
 * it can still be copied by hand. Nothing is lost either way.
 */
export async function copyText(doc: Document, text: string, what: string, near: DOMRect): Promise<boolean> {
  const ok = await writeClipboard(doc, text);
  if (ok) showCopied(doc, `Copied ${what}`, near);
  else showRefused(doc, text, what);
  return ok;
}

async function writeClipboard(doc: Document, text: string): Promise<boolean> {
  const clip = doc.defaultView?.navigator.clipboard;
  if (clip?.writeText) {
    try {
      await clip.writeText(text);
      return true;
    } catch {
      // refused (no permission, no user gesture, an insecure page): the message below says so
    }
  }
  return false;
}

let toastTimer: number | undefined;

/** A brief confirmation next to the control: announced politely, gone after two seconds. */
function showCopied(doc: Document, message: string, near: DOMRect) {
  const win = doc.defaultView;
  if (!win) return;
  doc.querySelector('.copy-toast')?.remove();
  const toast = doc.createElement('div');
  toast.className = 'copy-toast';
  toast.setAttribute('role', 'status');
  toast.textContent = message;
  doc.body.append(toast);
  const w = toast.offsetWidth;
  const left = Math.max(4, Math.min(near.right - w, win.innerWidth - w - 4));
  const top = near.bottom + 40 > win.innerHeight ? near.top - 36 : near.bottom + 6;
  toast.style.left = `${left}px`;
  toast.style.top = `${Math.max(4, top)}px`;
  win.clearTimeout(toastTimer);
  toastTimer = win.setTimeout(() => toast.remove(), 2000);
}

/** The browser said no: say so, and put the text where the reader can select and copy it. */
function showRefused(doc: Document, text: string, what: string) {
  doc.querySelector('.copy-refused')?.remove();
  const box = doc.createElement('div');
  box.className = 'copy-refused';
  box.setAttribute('role', 'alert');
  const p = doc.createElement('p');
  p.textContent = `The browser did not let this page write ${what} to the clipboard. It is selected below: press Ctrl+C (⌘C on a Mac) to copy it.`;
  const area = doc.createElement('textarea');
  area.readOnly = true;
  area.value = text;
  area.rows = Math.min(8, text.split('\n').length + 1);
  area.setAttribute('aria-label', what);
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Close';
  const opener = doc.activeElement as HTMLElement | null;
  const dismiss = () => {
    box.remove();
    opener?.focus?.();
  };
  close.addEventListener('click', dismiss);
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') dismiss();
  });
  box.append(p, area, close);
  doc.body.append(box);
  area.focus();
  area.select();
}
