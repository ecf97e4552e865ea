import './lab.css';
import { DecisionBoundary } from './DecisionBoundary';
import { LabControls } from './LabControls';
import { LabDiagram } from './LabDiagram';
import { GradientMatrices, SetMatrices } from './LabMatrices';
import { LabStatus } from './LabStatus';
import { LivePanel } from './LivePanel';
import { SamplesTable } from './SamplesTable';
import { TrainingCurve } from './TrainingCurve';
import { useLabRuntime } from './useLabRuntime';

/**
 * Section 9's figure: the 2-4-1 network learning XOR. Controls and status on top, then the
 * network for the selected sample, the four samples, the loss and the decision map, and the
 * live matrices of the vectorised pass with the set's averaged gradients.
 */
export function XorFigure() {
  useLabRuntime();
  return (
    <div className="lab">
      <LabStatus />
      <LabControls />
      <LivePanel>
        <LabDiagram />
      </LivePanel>
      <LivePanel>
        <SamplesTable />
      </LivePanel>
      <div className="lab-row">
        <LivePanel>
          <TrainingCurve />
        </LivePanel>
        <LivePanel>
          <DecisionBoundary />
        </LivePanel>
      </div>
      <LivePanel>
        <SetMatrices />
      </LivePanel>
      <LivePanel>
        <GradientMatrices />
      </LivePanel>
    </div>
  );
}
