import type { Loss } from "../core/losses";
import type { Network } from "../core/network";
import { checkInput, checkTarget } from "../core/checks";
import { messages as core } from "../core/messages";
import { messages } from "./messages";

/** Inputs and targets, one row per sample: what `train` learns from (a Dataset is one). */
export interface Samples {
  readonly x: readonly (readonly number[])[];
  readonly y: readonly (readonly number[])[];
}

/** Samples checked once and packed into row-major typed arrays for the engine. */
export interface PackedSamples {
  readonly count: number;
  readonly x: Float64Array;
  readonly y: Float64Array;
}

/**
 * Checks every row against the network's sizes and the loss (naming the set
 * and the sample on error) and packs the rows into typed arrays.
 */
export function pack(data: Samples, net: Network, loss: Loss, name = "data"): PackedSamples {
  if (!data || !Array.isArray(data.x) || !Array.isArray(data.y)) {
    throw new TypeError(messages.samplesShape(name, data));
  }
  const count = data.x.length;
  if (count === 0) throw new RangeError(messages.inSet(name, core.emptyBatch()));
  if (data.y.length !== count) throw new RangeError(messages.inSet(name, core.batchMismatch(count, data.y.length)));
  const x = new Float64Array(count * net.inputs);
  const y = new Float64Array(count * net.outputs);
  for (let s = 0; s < count; s++) {
    try {
      checkInput(data.x[s], net.inputs, s);
      checkTarget(data.y[s], net.outputs, s);
      loss.checkTarget?.(data.y[s], s);
    } catch (error) {
      (error as Error).message = messages.inSet(name, (error as Error).message);
      throw error;
    }
    x.set(data.x[s], s * net.inputs);
    y.set(data.y[s], s * net.outputs);
  }
  return { count, x, y };
}
