/**
 * Argument checks shared by the data sets. Every error names the function, the
 * option and the value received, so a learner sees what to change:
 * `circle({ n }): n must be a positive integer, got 0`.
 *
 * @example
 *   const n = positiveInteger("circle", "n", options.n ?? 200);
 */
import type { Dataset } from "./dataset";

/** Shows a received value in an error message: numbers as written, strings quoted. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}

/** Throws `fn({ option }): message`. */
export function fail(fn: string, option: string, message: string): never {
  throw new Error(`${fn}({ ${option} }): ${message}`);
}

/**
 * Checks that `options` is an object (or undefined) and has no unknown keys, so
 * a typo such as `{ noize: 0.1 }` is an error rather than silently ignored.
 */
export function checkOptions(fn: string, options: unknown, allowed: readonly string[]): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    throw new Error(`${fn}(options): options must be an object such as { n: 200 }, got ${show(options)}`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new Error(`${fn}({ ${key} }): unknown option "${key}"; the options are ${allowed.join(", ")}`);
    }
  }
}

/** A positive integer (at most `max` when given). */
export function positiveInteger(fn: string, option: string, value: unknown, max?: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1) {
    fail(fn, option, `${option} must be a positive integer, got ${show(value)}`);
  }
  if (max !== undefined && value > max) fail(fn, option, `${option} must be at most ${max}, got ${value}`);
  return value;
}

/** An integer ≥ `min`. */
export function integerAtLeast(fn: string, option: string, value: unknown, min: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min) {
    fail(fn, option, `${option} must be an integer ≥ ${min}, got ${show(value)}`);
  }
  return value;
}

/** A finite number. */
export function finiteNumber(fn: string, option: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isFinite(value)) {
    fail(fn, option, `${option} must be a finite number, got ${show(value)}`);
  }
  return value;
}

/** A finite number ≥ 0 (a noise level or a standard deviation). */
export function nonNegative(fn: string, option: string, value: unknown): number {
  finiteNumber(fn, option, value);
  const v = value as number;
  if (v < 0) fail(fn, option, `${option} must be ≥ 0, got ${v}`);
  return v;
}

/** A boolean. */
export function boolean(fn: string, option: string, value: unknown): boolean {
  if (typeof value !== "boolean") fail(fn, option, `${option} must be true or false, got ${show(value)}`);
  return value;
}

/** One of a few allowed values. */
export function oneOf<T extends string | number>(fn: string, option: string, value: unknown, allowed: readonly T[]): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    fail(fn, option, `${option} must be one of ${allowed.map(show).join(", ")}, got ${show(value)}`);
  }
  return value as T;
}

/** Checks that `data` looks like a Dataset with as many targets as inputs. */
export function checkDataset(fn: string, data: Dataset): void {
  if (typeof data !== "object" || data === null || !Array.isArray(data.x) || !Array.isArray(data.y)) {
    throw new Error(`${fn}(data): data must be a data set { x, y, description }, got ${String(data)}`);
  }
  if (data.x.length !== data.y.length) {
    throw new Error(`${fn}(data): data has ${data.x.length} input rows but ${data.y.length} target rows`);
  }
}
