export { train, type TrainOptions, type StepRecord } from "./train";
export { History, type EpochRecord } from "./history";
export { stepper, Stepper, type StepEvent, type StepperOptions } from "./stepper";
export { DivergenceError } from "./errors";
export { penaltyLatex, type Penalty } from "./regularization";
export type { EarlyStoppingOptions } from "./earlyStopping";
export type { Samples } from "./samples";
export * from "./optimizers";
export { TrainingTrace, type RecordedLayer } from "./trainingTrace";
