import { expect } from "vitest";
import type { Optimizer, ParamGroup } from "../../../src/training/optimizers";

/** A parameter group from plain numbers. */
export function group(values: number[], grads: number[], name = "w"): ParamGroup {
  return { name, values: Float64Array.from(values), grads: Float64Array.from(grads) };
}

/** Sets the group's gradients for the next step. */
export function setGrads(g: ParamGroup, grads: number[]): void {
  g.grads.set(grads);
}

/** Each entry of `actual` equals `expected` to `digits` decimals. */
export function expectClose(actual: ArrayLike<number>, expected: number[], digits = 12): void {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => expect(actual[i], `entry ${i}`).toBeCloseTo(e, digits));
}

/**
 * Runs `steps` steps on f(w) = (w1 − 3)² + 10·(w2 + 1)² from (0, 0), with
 * ∂f/∂w1 = 2(w1 − 3) and ∂f/∂w2 = 20(w2 + 1); returns w.
 */
export function minimise(opt: Optimizer, steps: number): Float64Array {
  const w = { name: "w", values: new Float64Array(2), grads: new Float64Array(2) };
  for (let k = 0; k < steps; k++) {
    w.grads[0] = 2 * (w.values[0] - 3);
    w.grads[1] = 20 * (w.values[1] + 1);
    opt.step([w]);
  }
  return w.values;
}

/** The minimum of f is at (3, −1); `w` is within 1e-3 of it. */
export function expectAtMinimum(w: Float64Array): void {
  expect(Math.abs(w[0] - 3)).toBeLessThan(1e-3);
  expect(Math.abs(w[1] + 1)).toBeLessThan(1e-3);
}
