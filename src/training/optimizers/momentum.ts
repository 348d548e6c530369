import type { Optimizer } from "./optimizer";
import { boolean, checkOptions, fraction, positiveNumber } from "../../core/options";
import { fromRule } from "./rule";

export interface MomentumOptions {
  /** The step size η (default 0.1). */
  learningRate?: number;
  /** How much of the velocity survives each step, β in [0, 1) (default 0.9). */
  beta?: number;
  /** Nesterov's look-ahead variant (default false). */
  nesterov?: boolean;
}

/**
 * Gradient descent with momentum: a velocity v accumulates past steps, so the
 * parameters keep rolling in a consistent direction and oscillations cancel.
 *
 *   classical:  v ← β·v − η·g;   w ← w + v
 *   nesterov:   v ← β·v − η·g;   w ← w + β·v − η·g
 *
 * The Nesterov form is the velocity reformulation PyTorch and Keras use: the
 * step looks one velocity ahead (β·v with the new v) plus the fresh gradient.
 * The slot is "velocity"; the name is "momentum" or "nesterov".
 *
 * Syntax:
 *   momentum()
 *   momentum({ learningRate, beta, nesterov })
 *
 * @example
 *   const opt = momentum({ learningRate: 0.1, beta: 0.9 });
 *   const group = { name: "w", values: Float64Array.of(1), grads: Float64Array.of(1) };
 *   opt.step([group]);   // v = −0.1,                 w = 0.9
 *   opt.step([group]);   // v = 0.9·(−0.1) − 0.1 = −0.19, w = 0.71
 */
export function momentum(options: MomentumOptions = {}): Optimizer {
  checkOptions("momentum", options, ["learningRate", "beta", "nesterov"], "{ learningRate: 0.1 }");
  const { learningRate = 0.1, beta = 0.9, nesterov = false } = options;
  fraction("momentum", "beta", beta);
  boolean("momentum", "nesterov", nesterov);
  return fromRule(
    nesterov
      ? {
          name: "nesterov",
          latex: "v \\leftarrow \\beta v - \\eta\\, g \\\\ w \\leftarrow w + \\beta v - \\eta\\, g",
          slots: ["velocity"],
          update(g, step, { velocity: v }, eta) {
            for (let i = 0; i < g.length; i++) {
              v[i] = beta * v[i] - eta * g[i];
              step[i] = beta * v[i] - eta * g[i];
            }
          },
        }
      : {
          name: "momentum",
          latex: "v \\leftarrow \\beta v - \\eta\\, g \\\\ w \\leftarrow w + v",
          slots: ["velocity"],
          update(g, step, { velocity: v }, eta) {
            for (let i = 0; i < g.length; i++) {
              v[i] = beta * v[i] - eta * g[i];
              step[i] = v[i];
            }
          },
        },
    positiveNumber("momentum", "learningRate", learningRate),
  );
}
