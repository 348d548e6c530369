import { NonFiniteError } from "./errors";
import { messages } from "./messages";

/** Checks one input row: an array of `size` finite numbers. */
export function checkInput(x: unknown, size: number, sample?: number): asserts x is number[] {
  if (!Array.isArray(x) && !ArrayBuffer.isView(x)) throw new TypeError(messages.notArray(sample === undefined ? "The input" : `Input sample ${sample}`, x));
  const row = x as ArrayLike<unknown>;
  if (row.length !== size) throw new RangeError(messages.inputLength(size, row.length, sample));
  for (let i = 0; i < size; i++) {
    const v = row[i];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new RangeError(messages.inputNotFinite(v, i, sample));
  }
}

/** Checks one target row: an array of `size` finite numbers. */
export function checkTarget(y: unknown, size: number, sample?: number): asserts y is number[] {
  if (!Array.isArray(y) && !ArrayBuffer.isView(y)) throw new TypeError(messages.notArray(sample === undefined ? "The target" : `Target of sample ${sample}`, y));
  const row = y as ArrayLike<unknown>;
  if (row.length !== size) throw new RangeError(messages.targetLength(size, row.length, sample));
  for (let k = 0; k < size; k++) {
    const v = row[k];
    if (typeof v !== "number" || !Number.isFinite(v)) throw new RangeError(messages.targetNotFinite(v, k, sample));
  }
}

/** True when `x` is a batch (an array of rows) rather than one sample. */
export function isBatch(x: unknown): x is ArrayLike<number>[] {
  return Array.isArray(x) && x.length > 0 && (Array.isArray(x[0]) || ArrayBuffer.isView(x[0]));
}

/** Checks a layer index l against a network of `count` layers with weights; returns l. */
export function checkLayer(l: number, count: number): number {
  if (!Number.isInteger(l) || l < 0 || l >= count) throw new RangeError(messages.layerIndex(l, count));
  return l;
}

/** Checks a neuron index j against layer l of `size` neurons; returns j. */
export function checkNeuron(l: number, j: number, size: number): number {
  if (!Number.isInteger(j) || j < 0 || j >= size) throw new RangeError(messages.neuronIndex(l, j, size));
  return j;
}

/** Checks a sample index s against a batch of `size` samples; returns s. */
export function checkSample(s: number, size: number): number {
  if (!Number.isInteger(s) || s < 0 || s >= size) throw new RangeError(messages.sampleIndex(s, size));
  return s;
}

/**
 * Throws a NonFiniteError naming where the first NaN or ±Infinity is. Rows are
 * samples of `width` neurons; for a weight array (`per` = "weight") rows are
 * neurons of `width` incoming weights.
 */
export function checkFinite(what: string, values: Float64Array, l: number, width: number, rows: number, per: "sample" | "weight" = "sample"): void {
  for (let k = 0; k < rows * width; k++) {
    if (Number.isFinite(values[k])) continue;
    const [row, column] = [Math.floor(k / width), k % width];
    if (per === "weight") throw new NonFiniteError(messages.nonFiniteWeightGradient(what, values[k], l, row, column), what, values[k], l, row);
    throw new NonFiniteError(messages.nonFinite(what, values[k], l, column, row), what, values[k], l, column, row);
  }
}
