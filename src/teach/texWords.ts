/**
 * Plain words for the little TeX the exercises' questions use, for screen readers and for the
 * moment before KaTeX has loaded: `\partial E/\partial W_2` → `∂E/∂W₂`-like text.
 */
const SYMBOLS: [RegExp, string][] = [
  [/\\partial\s*/g, '∂'],
  [/\\delta/g, 'δ'],
  [/\\eta/g, 'η'],
  [/\\mu/g, 'μ'],
  [/\\sigma/g, 'σ'],
  [/\\leftarrow/g, '←'],
  [/\\tfrac14/g, '¼'],
  [/\\,|\\!|\\big|\\Big/g, ''],
  [/\\frac\{([^}]*)\}\{([^}]*)\}/g, '$1/$2'],
  [/\\(text|mathrm)\{([^}]*)\}/g, '$2'],
  [/[{}]/g, ''],
  [/\s+/g, ' '],
];

export function texWords(tex: string): string {
  return SYMBOLS.reduce((s, [re, to]) => s.replace(re, to), tex).trim();
}

/** `text with $tex$ spans` split into alternating text and TeX parts (TeX at odd indices). */
export function splitTex(s: string): string[] {
  return s.split('$');
}
