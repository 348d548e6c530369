import { num } from "../core/format";
import { Feedback, thrownProblem } from "./feedback";
import { isNotAnswered } from "./notAnswered";

export interface CheckOptions {
  /** What is being checked, in the student's words, e.g. "the weighted sum z". */
  what: string;
  /** A hint shown when the answer is wrong or missing (it must not give the answer away). */
  hint?: string;
  /** How close a number must be: |actual − expected| ≤ tolerance·max(1, |expected|) (default 1e-6). */
  tolerance?: number;
}

/**
 * The student's answer, or a function computing it: `() => weightedSum(x, w, b)`.
 * A function lets the check tell "not answered yet" (the stub threw
 * `notAnswered()`) and "your code threw" apart from a wrong value.
 */
export type Answer<T> = T | (() => T);

type Evaluated = { value: unknown } | { feedback: Feedback };

/** Runs a function answer; a stub or an exception becomes its Feedback. */
function evaluate(actual: unknown, what: string, hint: string | undefined): Evaluated {
  if (typeof actual !== "function") return { value: actual };
  try {
    return { value: (actual as () => unknown)() };
  } catch (error) {
    return { feedback: isNotAnswered(error) ? Feedback.unanswered(what, hint) : Feedback.wrong(what, thrownProblem(error), hint) };
  }
}

/** What is wrong with a number, or undefined when it is right. Never names the expected value. */
function numberProblem(actual: unknown, expected: number, tolerance: number): string | undefined {
  if (typeof actual !== "number" || Number.isNaN(actual)) return `expected a number, got ${describe(actual)}`;
  if (Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected))) return undefined;
  if (expected !== 0 && actual !== 0 && Math.sign(actual) !== Math.sign(expected)) return `${num(actual)} has the wrong sign`;
  if (expected === 0 || actual === 0 || expected > 0) return `${num(actual)} is too ${actual > expected ? "large" : "small"}`;
  // Both negative: say it by size, "too large" would be ambiguous.
  return `${num(actual)} is too ${Math.abs(actual) > Math.abs(expected) ? "large" : "small"} in magnitude`;
}

/**
 * Checks a number the student computed, against one computed independently
 * (by nnlab, or by the formula). Never throws: right gives a ✓ Feedback;
 * wrong (not a number, too large / too small, the wrong sign) or not answered
 * yet writes its sentence and the hint to stderr, without the expected value.
 *
 * @example
 *   checkNumber(() => weightedSum([3, 1], [0.5, -1], 0.25), trace.layers[0].z[0], { what: "weightedSum([3, 1], [0.5, −1], 0.25)", hint: "add the bias once" });
 */
export function checkNumber(actual: Answer<unknown>, expected: number, options: CheckOptions): Feedback {
  const { what, hint, tolerance = 1e-6 } = options;
  const answer = evaluate(actual, what, hint);
  if ("feedback" in answer) return answer.feedback.report();
  const problem = numberProblem(answer.value, expected, tolerance);
  return problem ? Feedback.wrong(what, problem, hint).report() : Feedback.right(`${what} is right: ${num(answer.value as number)}`, what);
}

/**
 * Checks an array of numbers element by element; a wrong answer names the
 * first wrong position.
 *
 * @example
 *   checkNumbers(() => layerZ(net, x), trace.layers[0].z, { what: "the hidden layer's z" });
 */
export function checkNumbers(actual: Answer<unknown>, expected: ArrayLike<number>, options: CheckOptions): Feedback {
  const { what, hint, tolerance = 1e-6 } = options;
  const answer = evaluate(actual, what, hint);
  if ("feedback" in answer) return answer.feedback.report();
  const { value } = answer;
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return Feedback.wrong(what, `expected an array of ${expected.length} numbers, got ${describe(value)}`, hint).report();
  const values = Array.from(value as ArrayLike<unknown>);
  if (values.length !== expected.length) return Feedback.wrong(what, `expected ${expected.length} numbers, got ${values.length}`, hint).report();
  for (let k = 0; k < values.length; k++) {
    const problem = numberProblem(values[k], expected[k], tolerance);
    if (problem) return Feedback.wrong(`${what}, entry ${k}`, problem, hint).report();
  }
  return Feedback.right(`${what}: all ${expected.length} numbers are right`, what);
}

/**
 * Checks a condition about the student's result, with the sentences to show
 * either way. Pass a function to tell "not answered yet" apart.
 *
 * @example
 *   checkThat(() => orNeuronOutputs().every((a, k) => (k === 0 ? a < 0.1 : a > 0.9)), { what: "your neuron computes OR", problem: "some output is on the wrong side", hint: "…" });
 */
export function checkThat(condition: Answer<boolean>, options: { what: string; problem: string; hint?: string }): Feedback {
  const { what, problem, hint } = options;
  const answer = evaluate(condition, what, hint);
  if ("feedback" in answer) return answer.feedback.report();
  if (typeof answer.value !== "boolean") return Feedback.wrong(what, `the check needs true or false, got ${describe(answer.value)}`, hint).report();
  return answer.value ? Feedback.right(what, what) : Feedback.wrong(what, problem, hint).report();
}

function describe(value: unknown): string {
  if (value === undefined) return "undefined (did the function return a value?)";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `the text "${value}"`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value;
}
