import { format } from 'd3-format';

const sci = format('.1e');

/**
 * A small positive number such as a relative error, split for display as mantissa × 10^exponent
 * (e.g. 3.2 × 10^−11): a fixed format would show most of them as 0.0000.
 */
export function scientificParts(v: number): { mantissa: string; exponent: string } | null {
  if (!Number.isFinite(v) || v === 0) return null;
  const [mantissa, exp] = sci(v).split('e');
  return { mantissa: mantissa.replace('-', '−'), exponent: String(Number(exp)).replace('-', '−') };
}
