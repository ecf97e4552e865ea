import { format } from 'd3-format';

/**
 * Every number the page shows goes through here: 4 significant digits, a real minus sign
 * (U+2212, d3-format's default), and scientific notation for magnitudes a fixed format would
 * flatten to zeros or stretch across the figure.
 */
const fixed = format('.4r');
const sci = format('.3e');

export function formatNumber(v: number): string {
  if (Number.isNaN(v)) return '—';
  if (!Number.isFinite(v)) return v > 0 ? '∞' : '−∞';
  // d3's '.4r' prints 0 as "0"; beside "1.000" it should read "0.000" (and −0 as 0.000)
  if (v === 0) return '0.000';
  const a = Math.abs(v);
  if (v !== 0 && (a < 1e-4 || a >= 1e6)) return sci(v).replace('-', '−');
  return fixed(v);
}

/** The same number as TeX: ASCII '-' (KaTeX sets it as a minus) and ×10^k for exponents. */
export function texNumber(v: number): string {
  if (Number.isNaN(v)) return '\\text{—}';
  if (!Number.isFinite(v)) return v > 0 ? '\\infty' : '-\\infty';
  const s = formatNumber(v).replace(/−/g, '-');
  const m = /^(-?[\d.]+)e([+-]?)(\d+)$/.exec(s);
  if (!m) return s;
  const [, mant, sign, exp] = m;
  return `${mant}\\times10^{${sign === '-' ? '-' : ''}${exp}}`;
}
