import { messages } from "./messages";

/**
 * One-hot rows for class labels: label j of `classes` becomes a row of zeros
 * with a 1 at position j (the target for a softmax output).
 *
 * @example
 *   oneHot([0, 2, 1], 3); // [[1, 0, 0], [0, 0, 1], [0, 1, 0]]
 */
export function oneHot(labels: readonly number[], classes: number): number[][] {
  if (!Array.isArray(labels)) {
    throw new Error(messages.argument("oneHot(labels, classes)", "labels", "an array of class numbers", labels));
  }
  if (typeof classes !== "number" || !Number.isInteger(classes) || classes < 1) {
    throw new Error(messages.argument("oneHot(labels, classes)", "classes", "a positive integer", classes));
  }
  return labels.map((label, i) => {
    if (!Number.isInteger(label) || label < 0 || label >= classes) {
      throw new Error(messages.argument("oneHot(labels, classes)", `labels[${i}]`, `an integer from 0 to ${classes - 1}`, label));
    }
    const row = new Array<number>(classes).fill(0);
    row[label] = 1;
    return row;
  });
}
