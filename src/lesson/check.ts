import { num } from "../core/format";
import { Feedback, thrownProblem } from "./feedback";
import { checkMode, observationFor, sendObservation } from "./grading";
import { isNotAnswered } from "./notAnswered";
import { brief, decode, observe, Unrepresentable } from "./observation";

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

/**
 * The answer's value, or the Feedback that replaces judging it: not answered
 * yet, the student's code threw, or (observe mode) the answer was recorded
 * for the grader. In judge mode the answer is not evaluated at all: its value
 * is the one the student's kernel recorded (see ./grading.ts).
 */
function evaluate(actual: unknown, what: string, hint: string | undefined): Evaluated {
  const mode = checkMode();
  if (mode === "judge") return judged(what, hint);
  const result = run(actual);
  if (mode === "observe") {
    sendObservation(observe(what, result));
    return { feedback: Feedback.recorded(what) };
  }
  if ("value" in result) return result;
  return { feedback: result.unanswered ? Feedback.unanswered(what, hint) : Feedback.wrong(what, thrownProblem(result.error), hint) };
}

/** Runs a function answer. */
function run(actual: unknown): { value: unknown } | { error: unknown; unanswered: boolean } {
  if (typeof actual !== "function") return { value: actual };
  try {
    return { value: (actual as () => unknown)() };
  } catch (error) {
    return { error, unanswered: isNotAnswered(error) };
  }
}

/** The student's recorded answer for this check, as a value or as the Feedback to give instead. */
function judged(what: string, hint: string | undefined): Evaluated {
  const observation = observationFor(what);
  if ("missing" in observation) return { feedback: Feedback.wrong(what, observation.missing, hint) };
  switch (observation.kind) {
    case "unanswered":
      return { feedback: Feedback.unanswered(what, hint) };
    case "threw":
      return { feedback: Feedback.wrong(what, `your code threw ${brief(observation.error, 120)}`, hint) };
    default:
      return { value: decode(observation.value) };
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

/** The sentences of a checkThat: what is checked, what is wrong when it fails (may depend on the answer), a hint. */
export interface ThatOptions<T = unknown> {
  what: string;
  problem: string | ((value: T) => string);
  hint?: string;
}

/**
 * Checks something about the student's answer, with the sentences to show
 * either way. Two forms:
 *
 * - `checkThat(() => answer(), (value) => condition, options)` — the answer
 *   and a predicate about it. Graded submissions are judged this way safely:
 *   the student's kernel only yields the answer's value, and the predicate
 *   runs in the grader's trusted kernel (it may recompute things there, e.g.
 *   train a network with the student's chosen learning rate). `problem` may be
 *   a function of the value, to say what is wrong with it.
 * - `checkThat(() => condition, options)` — a condition computed with the
 *   student's code. Simple, but a grader can only take the student's word for
 *   the boolean: prefer the first form in graded exercises.
 *
 * Pass functions to tell "not answered yet" apart.
 *
 * @example
 *   checkThat(() => orNeuron(), (n) => outputsOf(n)[0] < 0.1, { what: "the output for (0, 0) is below 0.1", problem: "it is 0.1 or more", hint: "…" });
 */
export function checkThat<T>(answer: Answer<T>, predicate: (value: T) => boolean, options: ThatOptions<T>): Feedback;
export function checkThat(condition: Answer<boolean>, options: ThatOptions<boolean>): Feedback;
export function checkThat<T>(answer: Answer<T>, second: ((value: T) => boolean) | ThatOptions<boolean>, third?: ThatOptions<T>): Feedback {
  // Three arguments: the predicate form (in a student's graded kernel the predicate is stripped to undefined).
  const withPredicate = arguments.length >= 3;
  const options = (withPredicate ? third : second) as ThatOptions<unknown>;
  const predicate = withPredicate ? (second as (value: unknown) => unknown) : (value: unknown) => value;
  const { what, hint } = options;
  const evaluated = evaluate(answer, what, hint);
  if ("feedback" in evaluated) return evaluated.feedback.report();
  const { value } = evaluated;
  let holds: unknown;
  try {
    holds = predicate(value);
  } catch (error) {
    return Feedback.wrong(what, `your answer ${describe(value)} cannot be checked (${brief(thrownProblem(error).replace(/^your code threw /, ""), 120)})`, hint).report();
  }
  if (typeof holds !== "boolean") return Feedback.wrong(what, `the check needs true or false, got ${describe(holds)}`, hint).report();
  if (holds) return Feedback.right(what, what);
  let problem: string;
  try {
    problem = typeof options.problem === "function" ? options.problem(value) : options.problem;
  } catch (error) {
    problem = `your answer ${describe(value)} is not right`;
  }
  return Feedback.wrong(what, problem, hint).report();
}

/** A short description of a value for a verdict; text from the student's code is cut short and kept on one line. */
function describe(value: unknown): string {
  if (value === undefined) return "undefined (did the function return a value?)";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return `the text ${JSON.stringify(brief(value, 40))}`;
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (value instanceof Unrepresentable) return value.description;
  if (value === null) return "null";
  return typeof value;
}
