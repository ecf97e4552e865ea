import './classroomLinks.css';
import { networkParams } from '../state/urlState';
import { useLive } from '../state/useLive';

/**
 * For a class: a printable worksheet of one backpropagation step on the network as the reader
 * has set it, and the page that makes exercise sets. Plain links, so they work before hydration
 * (with the default network) and open in a new tab with a middle click.
 */
export function ClassroomLinks() {
  const weights = useLive((s) => s.weights);
  const x = useLive((s) => s.x);
  const t = useLive((s) => s.t);
  const worksheet = `?worksheet&${networkParams({ weights, x, t }).join('&')}`;
  return (
    <p className="classroom-links">
      For a class: <a href={worksheet}>print a worksheet for this network</a> (the forward pass, the error,
      the deltas and both gradients, with blanks and an answer key), or{' '}
      <a href="?exercises">make an exercise set</a> with a link for students.
    </p>
  );
}
