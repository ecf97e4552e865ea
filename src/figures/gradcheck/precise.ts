import { format } from 'd3-format';

const decimals = format('.9f');
const significant = format('.9r');

/**
 * A gradient with the digits the check needs: the tolerance is 10⁻⁶ of max(1, |value|), so
 * nine decimals below 1 and nine significant digits above show the agreement and a few digits
 * of the noise after it.
 */
export function formatPrecise(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return (Math.abs(v) < 1 ? decimals(v) : significant(v)).replace('-', '−');
}
