import { OnScreen } from '../../app/OnScreen';
import type { MatrixName } from '../../state/matrices2x2';
import { isDefinedBy, type Stage } from '../../state/stage';
import { HandleHint } from '../../teach/HandleHint';
import { MathModeControl } from '../controls/MathModeControl';
import { NetworkInputs } from '../controls/NetworkInputs';
import { onStepperKey, StepperBar } from '../controls/StepperBar';
import { MultiplicationCount } from '../count/MultiplicationCount';
import { HalfSwitch } from '../half/HalfSwitch';
import { MatrixEquation } from '../twoByTwo/MatrixEquation';
import { OutputsLine } from '../twoByTwo/OutputsLine';
import { TwoByTwoDiagram } from '../twoByTwo/TwoByTwoDiagram';
import { UpdatePanel } from '../update/UpdatePanel';

interface DerivationFigureProps {
  /** what this section's figure is about, for screen readers */
  title: string;
  /** the matrix lines the section names, each a list of matrix names and TeX between them */
  equations: readonly (readonly (MatrixName | string)[])[];
  /**
   * How far the section's prose has got (state/stage.ts): `forward` for sections 2–4, `error`
   * for 5, `output` for 6, `hidden` for 7. The figure shows no value the prose has not defined.
   */
  stage?: Stage;
  /** section 7: the gradient descent step, once or continuously, and what reuse saves */
  withUpdate?: boolean;
  /** section 5: the switch to Mazur's ½ in E, and his example */
  withHalf?: boolean;
}

/**
 * The figure beside sections 2–7: the live 2x2 network, the stepper, the matrices the section
 * talks about, and the inputs and targets. All of them read the one shared 2x2 state.
 */
export function DerivationFigure({
  title,
  equations,
  stage = 'forward',
  withUpdate = false,
  withHalf = false,
}: DerivationFigureProps) {
  return (
    <div
      className="figure-stack derivation-figure"
      role="group"
      aria-label={`${title}. With focus here, the left and right arrow keys step through the passes and space plays.`}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the figure takes ← → and space for the stepper
      tabIndex={0}
      onKeyDown={onStepperKey}
    >
      <OnScreen>
        <HandleHint>
          <TwoByTwoDiagram title={`The 2x2 network: ${title}`} stage={stage} />
        </HandleHint>
      </OnScreen>
      <StepperBar />
      {equations.map((terms) => (
        <OnScreen key={terms.join(' ')}>
          <MatrixEquation terms={terms} />
        </OnScreen>
      ))}
      <OutputsLine withError={isDefinedBy(stage, 'E')} />
      {withHalf ? <HalfSwitch /> : null}
      {withUpdate ? (
        <OnScreen>
          <UpdatePanel />
          <MultiplicationCount shape="2-2-2" parameters={12} />
        </OnScreen>
      ) : null}
      <details className="figure-details">
        <summary>Inputs, targets and display</summary>
        <NetworkInputs />
        <MathModeControl />
      </details>
    </div>
  );
}
