/** A parameter's symbol in HTML: `b_F` as an italic b with a subscript F. */
export function ParamSymbol({ label }: { label: string }) {
  const [base, sub] = label.split('_');
  return (
    <span className="param-symbol">
      <i>{base}</i>
      {sub ? <sub>{sub}</sub> : null}
    </span>
  );
}
