import type { Weights } from '../../nn';
import type { DataSpec } from './datasets';
import type { LabSettings } from './labConfig';

/** What a link or a file carries: enough to continue the run exactly where it was. */
export interface LabSnapshot {
  seed: number;
  epoch: number;
  settings: LabSettings;
  /** the data set; the hidden width is the weights' shape */
  data: DataSpec;
  weights: Weights;
  velocity: Weights;
}
