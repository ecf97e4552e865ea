/**
 * Live math changes its numbers far more often than its shape: dragging a weight changes every
 * number in a formula but none of its symbols. So a formula is typeset once per shape, with each
 * decimal number replaced by a slot, and the numbers are then written into the slots as text.
 * Typesetting is milliseconds per formula; writing a slot is microseconds.
 *
 * A slot is any decimal number with a point (`0.1643`, `-0.07620`, the mantissa of
 * `8.771\times10^{-5}`): what texNumber writes. Integers (`2`, `t_1`, exponents) stay in the
 * template, where they are part of the shape.
 */
const NUMBER = /-?\d+\.\d+/g;

export interface Slotted {
  /** the TeX with `\htmlData{slot=i}{…}` in place of each number */
  template: string;
  /** the numbers as the reader sees them, real minus sign included */
  values: string[];
}

/** A placeholder of typical width; the real number replaces it before the first paint. */
const PLACEHOLDER = '0.0000';

export function splitNumbers(tex: string): Slotted {
  const values: string[] = [];
  const template = tex.replace(NUMBER, (m) => {
    values.push(m.replace('-', '−'));
    // braced, so the slot is one ordinary atom: `a - b` keeps a binary minus spaced on both sides
    return `{\\htmlData{slot=${values.length - 1}}{${PLACEHOLDER}}}`;
  });
  return { template, values };
}

/**
 * The typeset template with its numbers written in, as the browser's slot writer leaves it:
 * for the prerendered page, where no effect runs to write them. The browser hydrates with the
 * template and writes the same numbers, so the two agree.
 */
export function fillSlots(html: string, values: readonly string[]): string {
  return html.replace(
    /data-slot="(\d+)"([^>]*>)<span class="mord">0\.0000<\/span>/g,
    (_, i: string, rest: string) => {
      const v = values[Number(i)] ?? '';
      return `data-slot="${i}" style="width:${slotWidth(v)}"${rest}${escapeText(v)}`;
    },
  );
}

/**
 * em widths in KaTeX_Main, from KaTeX's font metrics: every digit is 0.5em wide; the point
 * and the minus sign are not.
 */
const CHAR_WIDTH: Readonly<Record<string, number>> = { '.': 0.27778, '−': 0.77778 };

/**
 * How wide a slot is for the number it holds. A slot is sized from its text, not by it
 * (styles.css: `contain: size layout`), so that writing a number lays out the slot alone and
 * not the formula, the figure and the page around it; a number whose width changes (a sign
 * appears, a digit is added) resizes its slot, and only then does the formula move.
 */
export function slotWidth(value: string): string {
  let em = 0;
  for (const ch of value) em += CHAR_WIDTH[ch] ?? 0.5;
  return `${Number(em.toFixed(5))}em`;
}

const escapeText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
