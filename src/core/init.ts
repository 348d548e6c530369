import type { Random } from "./random";
import { messages } from "./messages";

/** Explicit starting values: `weights[l][j][i]` is the weight from input i to neuron j of layer l. */
export interface InitValues {
  weights: number[][][];
  biases?: number[][];
}

export type InitName = "xavier" | "he" | "uniform";
export type InitLike = InitName | InitValues;

/**
 * Fills one layer's weights (row-major: neuron j's weights at j·inputs … ) with
 * random starting values:
 * - "xavier" (Glorot uniform): U(−√(6/(n_in+n_out)), +√(6/(n_in+n_out))), for tanh and sigmoid;
 * - "he": N(0, 2/n_in), for ReLU;
 * - "uniform": U(−1, 1), the naive choice (useful to show why scaling matters).
 * Biases start at 0.
 */
export function initWeights(name: InitName, weights: Float64Array, inputs: number, outputs: number, rng: Random): void {
  switch (name) {
    case "xavier": {
      const limit = Math.sqrt(6 / (inputs + outputs));
      for (let k = 0; k < weights.length; k++) weights[k] = rng.uniform(-limit, limit);
      return;
    }
    case "he": {
      const std = Math.sqrt(2 / inputs);
      for (let k = 0; k < weights.length; k++) weights[k] = rng.normal(0, std);
      return;
    }
    case "uniform":
      for (let k = 0; k < weights.length; k++) weights[k] = rng.uniform(-1, 1);
      return;
    default:
      throw new Error(messages.unknownInit(name));
  }
}

/** The usual initialisation for an activation: He for the ReLU family, Xavier otherwise. */
export function defaultInit(activationName: string): InitName {
  return activationName.startsWith("relu") || activationName.startsWith("leakyRelu") ? "he" : "xavier";
}

/** Copies explicit values into one layer, checking every shape and number. */
export function copyInitValues(values: InitValues, l: number, weights: Float64Array, bias: Float64Array, inputs: number): void {
  const rows = values.weights[l];
  const size = bias.length;
  if (!Array.isArray(rows) || rows.length !== size) {
    throw new Error(messages.initShape("weights", l, `${size} rows (one per neuron)`, describe(rows)));
  }
  rows.forEach((row, j) => {
    if (!Array.isArray(row) || row.length !== inputs) {
      throw new Error(messages.initShape(`weights[${l}]`, j, `${inputs} weights`, describe(row)));
    }
    row.forEach((w, i) => {
      if (typeof w !== "number" || !Number.isFinite(w)) throw new Error(messages.parameterNotFinite(`Weight ${i}`, l, j, w));
      weights[j * inputs + i] = w;
    });
  });
  const b = values.biases?.[l];
  if (b === undefined) return;
  if (!Array.isArray(b) || b.length !== size) throw new Error(messages.initShape("biases", l, `${size} biases`, describe(b)));
  b.forEach((v, j) => {
    if (typeof v !== "number" || !Number.isFinite(v)) throw new Error(messages.parameterNotFinite("The bias", l, j, v));
    bias[j] = v;
  });
}

function describe(value: unknown): string {
  return Array.isArray(value) ? `${value.length} values` : String(value);
}
