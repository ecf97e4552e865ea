import type { ReactNode } from 'react';
import { CopyButton } from '../../classroom/copy/CopyButton';
import { copyNumber, toCsv, toPlainText } from '../../classroom/copy/copyFormats';
import {
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
      className="live-matrix lab-matrix"
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

/** X has 0s and 1s only: shown as integers, not as 0.000. */
const texIntegerMatrix = (m: readonly (readonly number[])[]) => texMatrix(m.map((r) => r.map(String)));

/**
 * Section 9's vectorised forward pass over the whole set, every matrix live: X (3x4, a column
 * per sample, a row of ones), NET1 = W1·X, OUT1 = σ(NET1), then the same one layer up. Like
 * every typeset display, it follows the store's textNet (a few refreshes a second while playing).
 */
export function SetMatrices() {
  const { X, net, out } = useLab(selectTextSetPass);
  const W = useLab(selectTextWeights);
  return (
    <Group title="The whole set at once">
      <LabMatrix
        label="X, the four inputs as columns with a row of ones"
        m={X}
        tex={`X = ${texIntegerMatrix(X)}`}
      />
      <LabMatrix
        label="W1, the hidden layer's weights and biases"
        m={W[0]}
        tex={`W_1 = ${texNumberMatrix(W[0])}`}
      />
      <LabMatrix label="NET1 = W1 X" m={net[0]} tex={`NET_1 = W_1 X = ${texNumberMatrix(net[0])}`} />
      <LabMatrix
        label="OUT1 = sigma of NET1"
        m={out[0]}
        tex={`OUT_1 = \\sigma(NET_1) = ${texNumberMatrix(out[0])}`}
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
        label="OUT2 = sigma of NET2, the four outputs"
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
  const combine = reduction === 'mean' ? '\\tfrac14\\textstyle\\sum_j' : '\\textstyle\\sum_j';
  const words = reduction === 'mean' ? 'averaged' : 'summed';
  return (
    <Group title={`Gradients, ${words} over the four samples`}>
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
