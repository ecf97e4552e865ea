/**
 * A symbol written `b_F` drawn as SVG text with F as a subscript: `a`, `i_1`, `b_H`.
 * Used by node labels and edge handles alike.
 */
export function Subscripted({ text, size = '0.75em' }: { text: string; size?: string }) {
  const [base, sub] = text.split('_');
  if (!sub) return <>{base}</>;
  return (
    <>
      {base}
      <tspan baselineShift="sub" fontSize={size}>
        {sub}
      </tspan>
    </>
  );
}
