import type { Weights } from '../../nn';
import type { LabSettings } from './labConfig';

/** What a link or a file carries: enough to continue the run exactly where it was. */
export interface LabSnapshot {
  seed: number;
  epoch: number;
  settings: LabSettings;
  weights: Weights;
  velocity: Weights;
}
