import type { Network2x2 } from '../state/urlState';
import { formatNumber } from '../tex/format';
import { texNumberMatrix } from '../tex/matrix';
import { Tex } from '../tex/Tex';

const SYMBOLS = {
  W1: '\\begin{pmatrix} a & b & \\beta_F \\\\ c & d & \\beta_G \\end{pmatrix}',
  W2: '\\begin{pmatrix} e & f & \\beta_H \\\\ g & h & \\beta_I \\end{pmatrix}',
};

const words = (m: readonly (readonly number[])[]) => m.map((r) => r.map(formatNumber).join(', ')).join('; ');

/**
 * The numbers of a worksheet's or an exercise set's network, symbol beside value: W₁ and W₂ with
 * their bias columns, the input and the target.
 */
export function NetworkNumbers({ net }: { net: Network2x2 }) {
  const [w1 = [], w2 = []] = net.weights;
  const rows: [string, string][] = [
    [
      `W_1 = ${SYMBOLS.W1} = ${texNumberMatrix(w1)}`,
      `W1, the hidden layer's weights a, b, β_F; c, d, β_G: ${words(w1)}`,
    ],
    [
      `W_2 = ${SYMBOLS.W2} = ${texNumberMatrix(w2)}`,
      `W2, the output layer's weights e, f, β_H; g, h, β_I: ${words(w2)}`,
    ],
    [
      `x = \\begin{pmatrix} i_1 \\\\ i_2 \\end{pmatrix} = ${texNumberMatrix(net.x.map((v) => [v]))} \\qquad t = \\begin{pmatrix} t_1 \\\\ t_2 \\end{pmatrix} = ${texNumberMatrix(net.t.map((v) => [v]))}`,
      `the input i1, i2: ${net.x.map(formatNumber).join(', ')}; the target t1, t2: ${net.t.map(formatNumber).join(', ')}`,
    ],
  ];
  return (
    <div className="class-network" data-testid="class-network">
      {rows.map(([tex, fallback]) => (
        <Tex key={fallback} tex={tex} display fallback={fallback} />
      ))}
    </div>
  );
}
