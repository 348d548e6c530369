/**
 * Argument checks of the data sets: the option vocabulary every part of nnlab
 * shares (core/options), and the check that a value is a data set.
 *
 * @example
 *   const n = positiveInteger("circle", "n", options.n ?? 200);
 */
import type { Dataset } from "./dataset";
import { messages } from "./messages";

export { show } from "../core/messages";
export {
  boolean, checkOptions, finiteNumber, integerAtLeast, nonNegative, oneOf, optionError, positiveInteger,
} from "../core/options";

/** Checks that `data` looks like a Dataset with as many targets as inputs. */
export function checkDataset(fn: string, data: Dataset): void {
  if (typeof data !== "object" || data === null || !Array.isArray(data.x) || !Array.isArray(data.y)) {
    throw new Error(messages.notDataset(fn, data));
  }
  if (data.x.length !== data.y.length) throw new Error(messages.rowCounts(fn, data.x.length, data.y.length));
}
