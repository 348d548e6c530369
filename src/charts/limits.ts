import { messages } from "./messages";

/**
 * How much data a chart keeps inline. A notebook stores every chart's data in
 * the file, and the browser draws every mark: past these sizes lessons get
 * slow, so builders refuse with a message that says what to pass instead.
 */
export const limits = {
  /** Cells per side of an input-plane grid (default and largest resolution). */
  grid: 50,
  /** Rows of inline data in one chart. */
  rows: 30_000,
  /** Data points drawn on a map or a fit. */
  points: 5_000,
  /** Neurons in one layer of a network diagram. */
  layerNeurons: 32,
  /** Edges in a network diagram. */
  edges: 1_500,
} as const;

/** Throws when `count` exceeds `limit`, naming the builder, what was counted and what to do. */
export function checkCount(builder: string, what: string, count: number, limit: number, hint: string): void {
  if (count > limit) throw new RangeError(messages.tooMuchData(builder, what, count, limit, hint));
}

/** Checks a grid resolution: an integer from 2 up to `limits.grid`. */
export function checkResolution(builder: string, resolution: number, limit: number = limits.grid): number {
  if (!Number.isInteger(resolution) || resolution < 2) throw new RangeError(messages.badResolution(builder, resolution));
  if (resolution > limit) throw new RangeError(messages.gridTooLarge(builder, resolution, limit));
  return resolution;
}
