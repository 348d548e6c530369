import type { Optimizer } from "./optimizer";
import { checkOptions, fraction, positiveNumber } from "../../core/options";
import { fromRule } from "./rule";

export interface RmspropOptions {
  /** The step size η (default 0.01). */
  learningRate?: number;
  /** How much of the running average survives each step, ρ in [0, 1) (default 0.9). */
  rho?: number;
  /** Keeps the division safe when s is 0 (default 1e-8). */
  epsilon?: number;
}

/**
 * RMSprop: like AdaGrad, but s is a running (exponentially decaying) average of
 * the squared gradients instead of their sum, so old gradients are forgotten and
 * the effective learning rate does not shrink forever.
 *
 *   s ← ρ·s + (1 − ρ)·g²
 *   w ← w − η·g / (√s + ε)
 *
 * Syntax:
 *   rmsprop()
 *   rmsprop({ learningRate, rho, epsilon })
 *
 * @example
 *   const opt = rmsprop({ learningRate: 0.01, rho: 0.9 });
 *   const group = { name: "w", values: Float64Array.of(1), grads: Float64Array.of(2) };
 *   opt.step([group]);   // s = 0.1·4 = 0.4, w = 1 − 0.01·2/√0.4 ≈ 0.968
 */
export function rmsprop(options: RmspropOptions = {}): Optimizer {
  checkOptions("rmsprop", options, ["learningRate", "rho", "epsilon"], "{ learningRate: 0.1 }");
  const { learningRate = 0.01, rho = 0.9, epsilon = 1e-8 } = options;
  fraction("rmsprop", "rho", rho);
  positiveNumber("rmsprop", "epsilon", epsilon);
  return fromRule(
    {
      name: "rmsprop",
      latex: "s \\leftarrow \\rho s + (1 - \\rho)\\, g^2 \\\\ w \\leftarrow w - \\frac{\\eta}{\\sqrt{s} + \\epsilon}\\, g",
      slots: ["s"],
      update(g, step, { s }, eta) {
        for (let i = 0; i < g.length; i++) {
          s[i] = rho * s[i] + (1 - rho) * g[i] * g[i];
          step[i] = (-eta * g[i]) / (Math.sqrt(s[i]) + epsilon);
        }
      },
    },
    positiveNumber("rmsprop", "learningRate", learningRate),
  );
}
