import { formatNumber } from '../../tex/format';
import { scientificParts } from './scientific';

/** A number written as 3.2 × 10⁻¹¹ (0 and non-finite values through the page's format). */
export function Scientific({ value }: { value: number }) {
  const parts = scientificParts(value);
  if (!parts) return <>{formatNumber(value)}</>;
  return (
    <span className="scientific">
      {parts.mantissa}&thinsp;×&thinsp;10<sup>{parts.exponent}</sup>
    </span>
  );
}
