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
