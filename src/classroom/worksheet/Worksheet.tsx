import './worksheet.css';
import type { Env } from '../../state/quantities2x2';
import { selectEnv } from '../../state/selectors';
import { SLIP_NAMES, type SlipId } from '../../teach/checkAnswer';
import { formatNumber } from '../../tex/format';
import { Tex } from '../../tex/Tex';
import { type ClassNetwork, classNetworkParams } from '../classNetwork';
import { NetworkNumbers } from '../NetworkNumbers';
import { SHEET_PARTS, type SheetPart, type SheetQuestion } from './worksheetItems';

/** The slips the exercises on the page recognise that a worksheet can meet: said up front. */
const SLIPS: readonly SlipId[] = ['no-bias', 'no-squash', 'forgot-2', 'wrong-sign', 'sigma-for-slope'];

/**
 * `?worksheet`: one step of backpropagation on the current 2x2 network (or version `seed=N`),
 * as exercises with blanks and the formula for each, then the answer key on a page of its own,
 * computed by the engine. Printed with the page's print stylesheet; 2–4 A4 pages.
 */
export function Worksheet({ network, address }: { network: ClassNetwork; address: string }) {
  const env = selectEnv(network);
  const back = `./?${classNetworkParams({ ...network, seed: null }).join('&')}#forward`;
  // questions are numbered on through the parts: each part starts after the ones before it
  const numbered = SHEET_PARTS.map((part, i) => ({
    part,
    first: 1 + SHEET_PARTS.slice(0, i).reduce((sum, p) => sum + p.questions.length, 0),
  }));
  const version =
    network.seed !== null ? `Version: seed ${network.seed}` : 'Version: the network of the page’s address';
  return (
    <main className="worksheet" id="main">
      <nav className="worksheet__screen" aria-label="Worksheet">
        <button type="button" onClick={() => window.print()}>
          Print worksheet
        </button>
        <a href={back}>Back to the page with this network</a>
        <a href="?exercises">Make an exercise set instead</a>
      </nav>
      {network.notices.length ? (
        <ul className="worksheet__notices" role="alert">
          {network.notices.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      ) : null}
      <header className="worksheet__head">
        <h1>Backpropagation by hand: one step of a 2-2-2 network</h1>
        <p className="worksheet__version" data-testid="worksheet-version">
          {version}
        </p>
        <p className="worksheet__name">
          Name <span className="worksheet__line" /> Date{' '}
          <span className="worksheet__line worksheet__line--short" />
        </p>
      </header>
      <section aria-labelledby="ws-network">
        <h2 id="ws-network">The network</h2>
        <p>
          Inputs i₁, i₂; hidden units F, G; outputs H, I. Each weight matrix has one row per receiving unit
          and a last column for the bias, so net = W · (input ‖ 1). Every unit uses σ(z) = 1/(1 + e^(−z)),
          whose slope is σ′(z) = σ(z)(1 − σ(z)). The error is E = (H − t₁)² + (I − t₂)², with no ½.
        </p>
        <NetworkNumbers net={network} />
        <p className="worksheet__advice">
          Write each answer to four significant digits, keeping more digits in between. Watch for the classic
          slips:
        </p>
        <ul className="worksheet__slips">
          {SLIPS.map((s) => (
            <li key={s}>{SLIP_NAMES[s]}</li>
          ))}
        </ul>
      </section>
      {numbered.map(({ part, first }, i) => (
        <Part key={part.title} part={part} index={i + 1} first={first} env={env} filled={false} />
      ))}
      <section className="worksheet__key" aria-labelledby="ws-key" data-testid="worksheet-key">
        <h2 id="ws-key">Answer key</h2>
        <p className="worksheet__version">
          {version}. Computed by the page’s engine; shown to four significant digits.
        </p>
        {numbered.map(({ part, first }, i) => (
          <Part key={part.title} part={part} index={i + 1} first={first} env={env} filled />
        ))}
      </section>
      <p className="worksheet__address">
        This worksheet, with the same numbers, is at <span className="worksheet__url">{address}</span>
      </p>
    </main>
  );
}

function Part({
  part,
  index,
  first,
  env,
  filled,
}: {
  part: SheetPart;
  index: number;
  first: number;
  env: Env;
  filled: boolean;
}) {
  const H = filled ? 'h3' : 'h2';
  return (
    <section className="worksheet__part" data-part={index}>
      <H>
        {index}. {part.title}
      </H>
      {filled ? null : <p className="worksheet__intro">{part.intro}</p>}
      {part.grid ? (
        <GridQuestion part={part} first={first} env={env} filled={filled} />
      ) : (
        <ol className="worksheet__questions" start={first}>
          {part.questions.map((q) => (
            <li key={q.key} data-question={q.key}>
              <span className="worksheet__q">
                <Tex tex={`${q.symbol} = ${q.formula}`} fallback={`${q.symbol} = ${q.formula}`} />
                {filled ? <Answer q={q} env={env} /> : <Blank />}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function GridQuestion({
  part,
  first,
  env,
  filled,
}: {
  part: SheetPart;
  first: number;
  env: Env;
  filled: boolean;
}) {
  const grid = part.grid;
  if (!grid) return null;
  return (
    <div className="worksheet__grid-question">
      <p>
        <span className="worksheet__number">{first}.</span> <Tex tex={grid.formula} fallback={grid.formula} />
      </p>
      <table className="worksheet__grid">
        <caption className="sr-only">
          <Tex tex={grid.tex} fallback={grid.tex} />, rows {grid.rows.join(' and ')}, columns{' '}
          {grid.cols.join(', ')}
        </caption>
        <thead>
          <tr>
            <td />
            {grid.cols.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.rows.map((r, i) => (
            <tr key={r}>
              <th scope="row">{r}</th>
              {part.questions.slice(i * 3, i * 3 + 3).map((q) => (
                <td key={q.key} data-question={q.key}>
                  {filled ? <Answer q={q} env={env} /> : <Blank />}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** An empty box to write in. */
const Blank = () => (
  <span className="worksheet__blank" role="img" aria-label="blank: write your answer here" />
);

function Answer({ q, env }: { q: SheetQuestion; env: Env }) {
  const value = q.value(env);
  return (
    <span className="worksheet__answer">
      <span className="worksheet__worked">
        <Tex tex={`= ${q.worked(env)}`} fallback={`worked: ${q.worked(env)}`} />
      </span>{' '}
      <strong className="worksheet__value" data-value={value}>
        = {formatNumber(value)}
      </strong>
    </span>
  );
}
