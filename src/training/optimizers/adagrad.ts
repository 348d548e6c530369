import type { Optimizer } from "./optimizer";
import { checkOptions, positiveNumber } from "../../core/options";
import { fromRule } from "./rule";

export interface AdagradOptions {
  /** The step size η (default 0.1). */
  learningRate?: number;
  /** Keeps the division safe when s is 0 (default 1e-8). */
  epsilon?: number;
}

/**
 * AdaGrad: each parameter gets its own learning rate, η divided by the root of
 * the sum s of all its squared gradients so far. Parameters with large or
 * frequent gradients slow down; the effective rate only ever shrinks.
 *
 *   s ← s + g²
 *   w ← w − η·g / (√s + ε)
 *
 * Syntax:
 *   adagrad()
 *   adagrad({ learningRate, epsilon })
 *
 * @example
 *   const opt = adagrad({ learningRate: 0.1 });
 *   const group = { name: "w", values: Float64Array.of(1), grads: Float64Array.of(2) };
 *   opt.step([group]);   // s = 4, w = 1 − 0.1·2/2 = 0.9
 *   opt.step([group]);   // s = 8, w = 0.9 − 0.1·2/√8 ≈ 0.829
 */
export function adagrad(options: AdagradOptions = {}): Optimizer {
  checkOptions("adagrad", options, ["learningRate", "epsilon"], "{ learningRate: 0.1 }");
  const { learningRate = 0.1, epsilon = 1e-8 } = options;
  positiveNumber("adagrad", "epsilon", epsilon);
  return fromRule(
    {
      name: "adagrad",
      latex: "s \\leftarrow s + g^2 \\\\ w \\leftarrow w - \\frac{\\eta}{\\sqrt{s} + \\epsilon}\\, g",
      slots: ["s"],
      update(g, step, { s }, eta) {
        for (let i = 0; i < g.length; i++) {
          s[i] = s[i] + g[i] * g[i];
          step[i] = (-eta * g[i]) / (Math.sqrt(s[i]) + epsilon);
        }
      },
    },
    positiveNumber("adagrad", "learningRate", learningRate),
  );
}
