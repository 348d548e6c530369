import type { History } from "./history";

/**
 * A NaN or ±Infinity appeared inside the network: where it first appeared
 * (layer, neuron, sample) and in which quantity (z, a, the loss, dL/dz).
 */
export class NonFiniteError extends Error {
  override name = "NonFiniteError";
  constructor(
    message: string,
    readonly quantity: string,
    readonly value: number,
    readonly layer?: number,
    readonly neuron?: number,
    readonly sample?: number,
  ) {
    super(message);
  }
}

/**
 * Training stopped because it diverged: the loss became NaN/Infinity or
 * exploded. Carries the history up to that point, so the blow-up can be
 * charted.
 */
export class DivergenceError extends Error {
  override name = "DivergenceError";
  constructor(
    message: string,
    readonly epoch: number,
    readonly step: number,
    readonly history: History,
    readonly cause?: Error,
  ) {
    super(message);
  }
}
