/**
 * The lab's figures (sections 9–10), for the content and for a gallery page. Each reads the
 * lab store (src/state/lab/labStore.ts); XorFigure and TricksFigure also start the training
 * loop and the link while mounted. Show a part alone inside <LabGalleryFrame>.
 */
export { CompareCurves } from './CompareCurves';
export { DecisionBoundary } from './DecisionBoundary';
export { LabControls } from './LabControls';
export { LabDiagram } from './LabDiagram';
export { LabFileControls } from './LabFileControls';
export { LabGalleryFrame } from './LabGalleryFrame';
export { LabGradW2, LabValue } from './LabInline';
export { GradientMatrices, SetMatrices, VelocityMatrices } from './LabMatrices';
export { LabStatus } from './LabStatus';
export { LossCurve } from './LossCurve';
export { LossLandscape } from './LossLandscape';
export { SamplesTable } from './SamplesTable';
export { TrainingCurve } from './TrainingCurve';
export { TricksFigure } from './TricksFigure';
export { XorFigure } from './XorFigure';
