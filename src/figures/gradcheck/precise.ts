import { format } from 'd3-format';

const decimals = format('.12f');
const significant = format('.12r');

/**
 * A gradient with the digits the check needs: the tolerance is 10⁻⁶ of max(1, |value|), so
 * twelve decimals below 1 and twelve significant digits above show the agreement, and the
 * rounding noise of the central difference in the last digits, even for a gradient of 10⁻⁹.
 */
export function formatPrecise(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  return (Math.abs(v) < 1 ? decimals(v) : significant(v)).replace('-', '−');
}
