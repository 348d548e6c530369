import { messages } from "./messages";
/**
 * The index of the largest value of a row (the first one on a tie): the class a
 * network predicts from its outputs, or the class of a one-hot target.
 *
 * @example
 *   argmax([0.1, 0.7, 0.2]); // 1
 *   argmax([0, 0, 1]);       // 2
 */
export function argmax(row: readonly number[]): number {
  if (!Array.isArray(row) || row.length === 0) {
    throw new Error(messages.argument("argmax(row)", "row", "a non-empty array of numbers", Array.isArray(row) ? "[]" : row));
  }
  let best = 0;
  for (let j = 0; j < row.length; j++) {
    if (typeof row[j] !== "number" || Number.isNaN(row[j])) {
      throw new Error(messages.argument("argmax(row)", `row[${j}]`, "a number", row[j]));
    }
    if (row[j] > row[best]) best = j;
  }
  return best;
}
