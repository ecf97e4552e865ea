/**
 * When a backward-pass gradient and its central difference count as the same number.
 *
 * A purely relative measure |a − n| / (|a| + |n|) fails for tiny gradients: with ∂E/∂θ ≈ 5e-9
 * the central difference's rounding noise (~1e-12) is already 1e-3 of the value. A purely
 * absolute one fails for large gradients. So the difference is compared with the larger of 1
 * and the two sizes: absolute below 1, relative above.
 */
export const GRADIENT_TOLERANCE = 1e-6;

/** |a − n| / max(1, |a|, |n|): the error that the tolerance bounds. */
export function scaledDifference(analytic: number, numeric: number): number {
  const diff = Math.abs(analytic - numeric);
  if (Number.isNaN(diff)) return Number.POSITIVE_INFINITY;
  return diff / Math.max(1, Math.abs(analytic), Math.abs(numeric));
}

/** |a − n| ≤ tol · max(1, |a|, |n|); a NaN or an infinite value never agrees. */
export function gradientsAgree(analytic: number, numeric: number, tol = GRADIENT_TOLERANCE): boolean {
  if (!Number.isFinite(analytic) || !Number.isFinite(numeric)) return false;
  return scaledDifference(analytic, numeric) <= tol;
}
