import type { ReactNode } from 'react';
import { CopyButton } from '../../classroom/copy/CopyButton';
import { copyNumber, toCsv, toPlainText } from '../../classroom/copy/copyFormats';
import type { HiddenActivation } from '../../state/lab/labConfig';
import {
  selectSampleCount,
  selectTextGrad,
  selectTextSetPass,
  selectTextVelocity,
  selectTextWeights,
} from '../../state/lab/labSelectors';
import { useLab } from '../../state/lab/useLab';
import { formatNumber } from '../../tex/format';
import { texMatrix, texNumberMatrix } from '../../tex/matrix';
import { plainTex } from '../../tex/plainTex';
import { Tex } from '../../tex/Tex';

/** One live matrix, typeset by KaTeX, scrolling inside its own box when wider than the figure. */
export function LabMatrix({
  tex,
  label,
  m,
}: {
  tex: string;
  label: string;
  m: readonly (readonly number[])[];
}) {
  const fallback = `${label}: ${m.map((r) => r.map(formatNumber).join(', ')).join('; ')}`;
  const grid = [{ label, rows: m.map((r) => r.map(copyNumber)) }];
  return (
    <figure
      className="live-matrix live-matrix--copyable lab-matrix"
      aria-label={label}
      // what Copy, the context menu and a text selection give (src/classroom/copy)
      data-copy={label}
      data-copy-tex={plainTex(tex)}
      data-copy-csv={toCsv(grid)}
      data-copy-text={toPlainText(grid)}
    >
      <Tex tex={tex} display fallback={fallback} />
      <CopyButton name={label} matrix />
    </figure>
  );
}

function Group({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="lab-matrices">
      <h3 className="lab-subtitle">{title}</h3>
      {children}
    </div>
  );
}

/** XOR's X has 0s and 1s only: shown as integers, not as 0.000; other sets' inputs to four digits. */
const texInputMatrix = (m: readonly (readonly number[])[]) =>
  m.every((r) => r.every(Number.isInteger)) ? texMatrix(m.map((r) => r.map(String))) : texNumberMatrix(m);

/** Columns shown per sample matrix: a phone's width holds about eight. */
export const MAX_COLUMNS = 8;
const firstColumns = (m: readonly (readonly number[])[]) => m.map((r) => r.slice(0, MAX_COLUMNS));

/** The hidden activation as the formulas write it, applied to NET_1. */
export function texActivation(a: HiddenActivation, arg: string): string {
  if (a === 'sigmoid') return `\\sigma(${arg})`;
  if (a === 'tanh') return `\\tanh(${arg})`;
  if (a === 'relu') return `\\operatorname{relu}(${arg})`;
  return arg;
}
const ACTIVATION_WORDS: Readonly<Record<HiddenActivation, string>> = {
  sigmoid: 'sigma of NET1',
  tanh: 'tanh of NET1',
  relu: 'relu of NET1',
  linear: 'NET1 itself (linear)',
};

/**
 * Section 9's vectorised forward pass over the whole set, every matrix live: X (3 x N, a column
 * per sample, a row of ones), NET1 = W1·X, OUT1 = f(NET1), then the same one layer up. A large
 * set shows its first MAX_COLUMNS columns. Like every typeset display, it follows the store's
 * textNet (a few refreshes a second while playing).
 */
export function SetMatrices() {
  const pass = useLab(selectTextSetPass);
  const W = useLab(selectTextWeights);
  const n = useLab(selectSampleCount);
  const activation = useLab((s) => s.settings.activation);
  const X = firstColumns(pass.X);
  const net = pass.net.map(firstColumns);
  const out = pass.out.map(firstColumns);
  const cut = n > MAX_COLUMNS;
  if (n === 0) {
    return (
      <Group title="The whole set at once">
        <p className="lab-matrices__note">No samples yet: the matrices have no columns to show.</p>
      </Group>
    );
  }
  return (
    <Group title="The whole set at once">
      {cut ? (
        <p className="lab-matrices__note" data-testid="lab-matrices-note">
          Showing the first {MAX_COLUMNS} of {n} columns (samples) of X, NET and OUT.
        </p>
      ) : null}
      <LabMatrix
        label={`X, the ${cut ? `first ${MAX_COLUMNS} ` : ''}inputs as columns with a row of ones`}
        m={X}
        tex={`X = ${texInputMatrix(X)}`}
      />
      <LabMatrix
        label="W1, the hidden layer's weights and biases"
        m={W[0]}
        tex={`W_1 = ${texNumberMatrix(W[0])}`}
      />
      <LabMatrix label="NET1 = W1 X" m={net[0]} tex={`NET_1 = W_1 X = ${texNumberMatrix(net[0])}`} />
      <LabMatrix
        label={`OUT1 = ${ACTIVATION_WORDS[activation]}`}
        m={out[0]}
        tex={`OUT_1 = ${texActivation(activation, 'NET_1')} = ${texNumberMatrix(out[0])}`}
      />
      <LabMatrix
        label="W2, the output unit's weights and bias"
        m={W[1]}
        tex={`W_2 = ${texNumberMatrix(W[1])}`}
      />
      <LabMatrix
        label="NET2 = W2 times OUT1 with a row of ones"
        m={net[1]}
        tex={`NET_2 = W_2 \\begin{pmatrix} OUT_1 \\\\ \\mathbf{1}^{\\top} \\end{pmatrix} = ${texNumberMatrix(net[1])}`}
      />
      <LabMatrix
        label="OUT2 = sigma of NET2, the outputs"
        m={out[1]}
        tex={`OUT_2 = \\sigma(NET_2) = ${texNumberMatrix(out[1])}`}
      />
    </Group>
  );
}

/** ∂E/∂W1 and ∂E/∂W2 combined over the set (mean or sum, per the reduction setting). */
export function GradientMatrices() {
  const grad = useLab(selectTextGrad);
  const reduction = useLab((s) => s.settings.reduction);
  const n = useLab(selectSampleCount);
  const combine =
    reduction === 'mean' ? `\\tfrac1{${Math.max(1, n)}}\\textstyle\\sum_j` : '\\textstyle\\sum_j';
  const words = reduction === 'mean' ? 'averaged' : 'summed';
  return (
    <Group title={`Gradients, ${words} over the ${n === 4 ? 'four' : n} samples`}>
      <LabMatrix
        label={`dE/dW1, ${words} over the set`}
        m={grad[0]}
        tex={`\\frac{\\partial E}{\\partial W_1} = ${combine} \\frac{\\partial E_j}{\\partial W_1} = ${texNumberMatrix(grad[0])}`}
      />
      <LabMatrix
        label={`dE/dW2, ${words} over the set`}
        m={grad[1]}
        tex={`\\frac{\\partial E}{\\partial W_2} = ${combine} \\frac{\\partial E_j}{\\partial W_2} = ${texNumberMatrix(grad[1])}`}
      />
    </Group>
  );
}

/** With momentum: the velocities V1, V2 (v ← μv − η∇E; w ← w + v), the shapes of W1, W2. */
export function VelocityMatrices() {
  const v = useLab(selectTextVelocity);
  return (
    <Group title="Velocity: the step each weight is carrying">
      <LabMatrix label="V1, the velocity of W1" m={v[0]} tex={`V_1 = ${texNumberMatrix(v[0])}`} />
      <LabMatrix label="V2, the velocity of W2" m={v[1]} tex={`V_2 = ${texNumberMatrix(v[1])}`} />
    </Group>
  );
}
