import type { ParamGroup } from "../../core/network";

export type { ParamGroup };

/** An optimizer's view of one parameter after the last step. */
export interface ParamState {
  /** The gradient used in the last step. */
  gradient: number;
  /** The change applied to the parameter in the last step (value_new − value_old). */
  step: number;
  /** The learning rate this parameter effectively got: |step| / |gradient| (NaN when the gradient was 0). */
  effectiveLearningRate: number;
  /** The optimizer's own per-parameter state, by the names the lesson uses (velocity, s, m, v, …). */
  [slot: string]: number;
}

export interface Optimizer {
  /** "sgd", "momentum", "nesterov", "adagrad", "rmsprop" or "adam". */
  readonly name: string;
  /** The step size η. Writable, so a schedule can change it between epochs. */
  learningRate: number;
  /** How many steps have been taken (Adam's t). */
  readonly t: number;
  /** Updates every group's values in place from its grads and advances t. */
  step(groups: readonly ParamGroup[]): void;
  /** The state of parameter `index` of group `group` after the last step. */
  state(group: number, index: number): ParamState;
  /** The named per-parameter state arrays of one group (e.g. { velocity }), for charts and tables. */
  slots(group: number): Record<string, Float64Array>;
  /** Forgets all state (t = 0, zero velocities and averages). */
  reset(): void;
  /** The update rule in LaTeX, with the same letters as the code. */
  readonly latex: string;
}
