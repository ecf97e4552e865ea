/**
 * Numbers as Python source, so a generated script holds exactly the engine's doubles: JS's
 * shortest round-trip decimal (String(v)) is also what Python's float() parses back to the same
 * double, and what repr() prints. −0 keeps its sign; ±Infinity and NaN are refused (the engine
 * never holds them, and a script with them would not mean what the page shows).
 */
export function pyFloat(v: number): string {
  if (!Number.isFinite(v)) throw new Error(`cannot write ${v} into a script: every number must be finite`);
  if (Object.is(v, -0)) return '-0.0';
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

export const pyList = (v: readonly number[]): string => `[${v.map(pyFloat).join(', ')}]`;

/** A matrix as a nested list, one row per line, indented to sit inside np.array( … ). */
export function pyMatrix(m: readonly (readonly number[])[], indent: string): string {
  if (m.length === 1) return `[${pyList(m[0])}]`;
  return `[\n${m.map((row) => `${indent}    ${pyList(row)},`).join('\n')}\n${indent}]`;
}
