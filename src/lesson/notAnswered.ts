/**
 * An exercise the student has not answered yet. Student notebooks replace each
 * solution with
 *
 *   // YOUR CODE HERE
 *   throw notAnswered();
 *
 * which type-checks anywhere (a function that must return a number, a block
 * of statements) and stops the exercise's code without being an error: the
 * nnlab kernel shows its message on stderr and lets Run All go on, and the
 * checks turn it into "not answered yet" with their hint. Graders score it 0.
 */

/** The brand the kernel looks for on a thrown value (a second copy of nnlab in the process shares it). */
export const NOT_ANSWERED = Symbol.for("nnlab.notAnswered");

export class NotAnswered extends Error {
  override name = "NotAnswered";
  readonly [NOT_ANSWERED] = true;
  constructor(message = "✎ Not answered yet: write your code where it says YOUR CODE HERE, then run the cell again.") {
    super(message);
  }
}

/**
 * The error a student's unfinished exercise throws.
 *
 * @example
 *   function weightedSum(x: number[], w: number[], b: number): number {
 *     // YOUR CODE HERE
 *     throw notAnswered();
 *   }
 */
export function notAnswered(): NotAnswered {
  return new NotAnswered();
}

/**
 * True for anything thrown by `notAnswered()`, from any copy of nnlab: the one
 * test of the brand, used by the checks and by the kernel (which shows such a
 * throw on stderr and lets Run All go on). This file imports nothing, so the
 * kernel can share it.
 */
export function isNotAnswered(value: unknown): value is { message?: unknown } {
  return value != null && (typeof value === "object" || typeof value === "function") && (value as Record<symbol, unknown>)[NOT_ANSWERED] === true;
}
