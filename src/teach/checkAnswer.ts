import { formatNumber } from '../tex/format';

/**
 * Checking a typed answer against the current network's value, and naming the classic slip it
 * matches. Pure: the exercise supplies the right value (read from a store's selectors) and each
 * slip's wrong value (worked out from the forward pass by the slip's own formula).
 */

export type SlipId =
  | 'sigma-for-slope'
  | 'forgot-2'
  | 'half-convention'
  | 'wrong-sign'
  | 'e-for-f'
  | 'no-bias'
  | 'no-squash'
  | 'sum-for-mean'
  | 'no-momentum'
  | 'one-path';

/** How each slip is named to the reader. */
export const SLIP_NAMES: Readonly<Record<SlipId, string>> = {
  'sigma-for-slope':
    'σ used for σ′: the activation σ(net) where the chain rule needs its slope σ′(net) = σ(1 − σ)',
  'forgot-2': 'the 2 forgotten: differentiating (out − t)² brings down a 2',
  'half-convention':
    'the ½ convention: with E = ½Σ(out − t)², as some texts (Mazur) write it, everything is half of ours',
  'wrong-sign': 'the wrong sign of (out − t): the miss is out − t, not t − out',
  'e-for-f': 'e used for f: a weight (or input) from the other path; follow the path the weight lies on',
  'no-bias': 'the bias forgotten: the appended 1 times its bias is part of every net input',
  'no-squash': 'the sigmoid forgotten: that is the net input, not the activation σ(net)',
  'sum-for-mean':
    'mean and sum mixed up: the lab combines the four samples’ gradients by its reduction, the mean unless you chose sum',
  'no-momentum': 'the velocity forgotten: with momentum the step is μV − η ∂E/∂W, not −η ∂E/∂W alone',
  'one-path': 'one path only: a value that feeds two boxes collects an adjoint from each, and the two add',
};

/**
 * The tolerance rule: an answer is right when it is within one unit of the value's fourth
 * significant digit, the precision every number on the page is shown with. So the rounded value
 * the page shows is accepted, and so is an answer worked from rounded intermediate numbers
 * that lands one step off in the last digit. Zero is matched to within 10⁻¹².
 */
export function tolerance(value: number): number {
  const a = Math.abs(value);
  if (!(a > 0)) return 1e-12;
  return 10 ** (Math.floor(Math.log10(a)) - 3);
}

export const agrees = (answer: number, value: number) =>
  Number.isFinite(answer) &&
  Number.isFinite(value) &&
  Math.abs(answer - value) <= tolerance(value) * (1 + 1e-9);

/**
 * A number as a reader types it: `0.1643`, `-0.2`, `−0.2` (a real minus), `.5`, `1.2e-3`,
 * `1,5` (a decimal comma), `1.2×10^-3`. Returns null with nothing typed, NaN for what is not a number.
 */
export function parseAnswer(text: string): number | null {
  const s = text
    .trim()
    .replace(/[\u2212\u2013]/g, '-')
    .replace(/\s+/g, '')
    .replace(/^(-?\d+),(\d+)$/, '$1.$2')
    .replace(/[×x*]10\^?\(?([+-]?\d+)\)?$/i, 'e$1');
  if (s === '') return null;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return Number.NaN;
  return Number(s);
}

export interface SlipValue {
  id: SlipId;
  value: number;
}

export type Verdict =
  | { kind: 'empty' }
  | { kind: 'not-a-number'; text: string }
  | { kind: 'right'; value: number }
  | { kind: 'slip'; value: number; slips: SlipId[] }
  | { kind: 'close'; value: number; answer: number }
  | { kind: 'wrong'; value: number; answer: number };

/**
 * The verdict on `text` for the right value `right`: right within the tolerance, else every
 * slip whose wrong value the answer matches (a right answer wins when a slip happens to give
 * the same number, e.g. when out = t makes every gradient 0), else wrong.
 */
export function judge(text: string, right: number, slips: readonly SlipValue[]): Verdict {
  const answer = parseAnswer(text);
  if (answer === null) return { kind: 'empty' };
  if (Number.isNaN(answer)) return { kind: 'not-a-number', text };
  if (agrees(answer, right)) return { kind: 'right', value: right };
  const matched = slips.filter((s) => agrees(answer, s.value)).map((s) => s.id);
  if (matched.length) return { kind: 'slip', value: right, slips: [...new Set(matched)] };
  // within 1 %: the method is right, the digits are not (rounded too early, or too few digits)
  if (Math.abs(answer - right) <= 0.01 * Math.abs(right)) return { kind: 'close', value: right, answer };
  return { kind: 'wrong', value: right, answer };
}

/**
 * How close a guess came, in words, for the stepper's predict mode: right to the shown
 * precision, or off by how much (and by what fraction of the value) in which direction.
 */
export function howClose(guess: number, value: number, what: string): string {
  const shown = fmt(value);
  if (agrees(guess, value)) return `Spot on: ${what} is ${shown}.`;
  const off = guess - value;
  const rel = value === 0 ? null : Math.abs(off / value);
  const share =
    rel === null ? '' : rel >= 10 ? ` (${fmt(rel)} times its size)` : ` (${fmt(rel * 100)} % of it)`;
  return `You guessed ${fmt(guess)}; ${what} is ${shown}: ${off > 0 ? 'too high' : 'too low'} by ${fmt(Math.abs(off))}${share}.`;
}

const fmt = (v: number) => formatNumber(v);
