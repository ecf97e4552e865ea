import './lab.css';
import { widthOf } from '../../state/lab/labConfig';
import { useLabStore } from '../../state/lab/labStore';
import { CompareCurves } from './CompareCurves';
import { LabControls } from './LabControls';
import { LabDiagram } from './LabDiagram';
import { LabFileControls } from './LabFileControls';
import { VelocityMatrices } from './LabMatrices';
import { LabStatus } from './LabStatus';
import { LivePanel } from './LivePanel';
import { LossLandscape } from './LossLandscape';
import { TrainingCurve } from './TrainingCurve';
import { useLabRuntime } from './useLabRuntime';

/**
 * Section 10's figure: the same run as section 9 with every setting exposed. The diagram shows
 * the dropout mask, the velocities appear with momentum, and the loss landscape, the momentum
 * comparison and the file export sit below.
 */
export function TricksFigure() {
  useLabRuntime();
  const momentum = useLabStore((s) => s.settings.momentum > 0);
  const width = useLabStore((s) => widthOf(s.net.weights));
  return (
    <div className="lab">
      <LabStatus />
      <LabControls advanced />
      <LivePanel>
        <LabDiagram title={`The 2-${width}-1 network, with the dropout mask of the last training pass`} />
      </LivePanel>
      <LivePanel>
        <TrainingCurve />
      </LivePanel>
      {momentum ? (
        <LivePanel>
          <VelocityMatrices />
        </LivePanel>
      ) : null}
      <LivePanel>
        <LossLandscape />
      </LivePanel>
      <LivePanel>
        <CompareCurves />
      </LivePanel>
      <LabFileControls />
    </div>
  );
}
