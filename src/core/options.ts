/**
 * The one vocabulary for checking options, shared by the engine, training and
 * the data sets. Every error names the function, the option and the value
 * received, so a learner sees what to change:
 * `circle({ n }): n must be a positive integer, got 0`.
 *
 * @example
 *   checkOptions("circle", options, ["n", "noise", "seed"]);
 *   const n = positiveInteger("circle", "n", options.n ?? 200);
 */
import { messages, show } from "./messages";

/** Throws `fn({ name }): name must be <expected>, got <value>`. */
export function optionError(fn: string, name: string, expected: string, value: unknown): never {
  throw new Error(messages.option(fn, name, expected, value));
}

/**
 * Checks that `options` is an object (or undefined) with no keys but `allowed`,
 * so a typo such as `{ noize: 0.1 }` or a bare `sgd(0.1)` is an error rather
 * than silently ignored. `example` shows what an options object looks like.
 */
export function checkOptions(fn: string, options: unknown, allowed: readonly string[], example = "{ n: 200 }"): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new Error(messages.optionsNotObject(fn, example, options));
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) throw new Error(messages.unknownOption(fn, key, allowed));
  }
}

/** A positive integer (at most `max` when given). */
export function positiveInteger(fn: string, name: string, value: unknown, max?: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) optionError(fn, name, "a positive integer", value);
  if (max !== undefined && value > max) throw new Error(messages.optionAtMost(fn, name, max, value));
  return value;
}

/** An integer ≥ `min`. */
export function integerAtLeast(fn: string, name: string, value: unknown, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) optionError(fn, name, `an integer ≥ ${min}`, value);
  return value;
}

/** A finite number. */
export function finiteNumber(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) optionError(fn, name, "a finite number", value);
  return value;
}

/** A finite number ≥ 0 (a noise level, a standard deviation, a penalty). */
export function nonNegative(fn: string, name: string, value: unknown): number {
  const v = finiteNumber(fn, name, value);
  if (v < 0) optionError(fn, name, "≥ 0", v);
  return v;
}

/** A finite number > 0 (a learning rate, an epsilon). */
export function positiveNumber(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value <= 0) optionError(fn, name, "a finite number > 0", value);
  return value;
}

/** A number in [0, 1) (a decay rate such as β or ρ, a dropout rate). */
export function fraction(fn: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !(value >= 0 && value < 1)) optionError(fn, name, "in [0, 1)", value);
  return value;
}

/** True or false. */
export function boolean(fn: string, name: string, value: unknown): boolean {
  if (typeof value !== "boolean") optionError(fn, name, "true or false", value);
  return value;
}

/** One of a few allowed values. */
export function oneOf<T extends string | number>(fn: string, name: string, value: unknown, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) optionError(fn, name, `one of ${allowed.map(show).join(", ")}`, value);
  return value as T;
}
