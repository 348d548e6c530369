import { num } from "../core/format";
import { ExerciseError, Feedback } from "./feedback";

export interface CheckOptions {
  /** What is being checked, in the student's words, e.g. "the weighted sum z". */
  what: string;
  /** A hint shown when the answer is wrong (it must not give the answer away). */
  hint?: string;
  /** How close a number must be: |actual − expected| ≤ tolerance·max(1, |expected|) (default 1e-6). */
  tolerance?: number;
}

/**
 * Checks a number the student computed. Right: returns a ✓ Feedback. Wrong:
 * throws an ExerciseError saying what is wrong (not a number, or too large /
 * too small, or the wrong sign) and the hint, without showing the expected value.
 *
 * @example
 *   checkNumber(z, 0.1, { what: "z for x = [1, 2]", hint: "z = w·x + b: multiply each input by its weight, then add the bias." });
 */
export function checkNumber(actual: unknown, expected: number, options: CheckOptions): Feedback {
  const { what, hint, tolerance = 1e-6 } = options;
  if (typeof actual !== "number" || Number.isNaN(actual)) {
    throw new ExerciseError(what, `expected a number, got ${describe(actual)}`, hint);
  }
  if (Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected))) return new Feedback(`✓ ${what} is right: ${num(actual)}.`);
  const problem = Math.sign(actual) !== Math.sign(expected) && expected !== 0 && actual !== 0
    ? `${num(actual)} has the wrong sign`
    : `${num(actual)} is too ${actual > expected ? "large" : "small"}`;
  throw new ExerciseError(what, problem, hint);
}

/**
 * Checks an array of numbers element by element; the message names the first
 * wrong position.
 *
 * @example
 *   checkNumbers(trace.layers[0].z, [0.1, 0.2], { what: "the hidden layer's z" });
 */
export function checkNumbers(actual: unknown, expected: readonly number[], options: CheckOptions): Feedback {
  const { what, hint, tolerance = 1e-6 } = options;
  if (!Array.isArray(actual) && !ArrayBuffer.isView(actual)) throw new ExerciseError(what, `expected an array of ${expected.length} numbers, got ${describe(actual)}`, hint);
  const values = Array.from(actual as ArrayLike<unknown>);
  if (values.length !== expected.length) throw new ExerciseError(what, `expected ${expected.length} numbers, got ${values.length}`, hint);
  values.forEach((value, k) => checkNumber(value, expected[k], { what: `${what}, entry ${k}`, hint, tolerance }));
  return new Feedback(`✓ ${what}: all ${expected.length} numbers are right.`);
}

/**
 * Checks a condition about the student's result, with the sentence to show
 * either way.
 *
 * @example
 *   checkThat(history.last.trainAccuracy === 1, { what: "your network solves XOR", problem: "it still misclassifies some points", hint: "try more hidden neurons or epochs" });
 */
export function checkThat(condition: boolean, options: { what: string; problem: string; hint?: string }): Feedback {
  if (!condition) throw new ExerciseError(options.what, options.problem, options.hint);
  return new Feedback(`✓ ${options.what}.`);
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined (did the function return a value?)";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `the text "${value}"`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value;
}
