import type { Optimizer } from "./optimizer";
import { checkOptions, fraction, positiveNumber } from "../../core/options";
import { fromRule } from "./rule";

export interface AdamOptions {
  /** The step size η (default 0.001). */
  learningRate?: number;
  /** Decay of the running mean of gradients, β₁ in [0, 1) (default 0.9). */
  beta1?: number;
  /** Decay of the running mean of squared gradients, β₂ in [0, 1) (default 0.999). */
  beta2?: number;
  /** Keeps the division safe when v̂ is 0 (default 1e-8). */
  epsilon?: number;
}

/**
 * Adam, exactly Algorithm 1 of Kingma & Ba (2015): momentum (m, a running mean
 * of g) divided by an RMSprop scale (√v, from a running mean of g²), both
 * bias-corrected because they start at 0. On step 1, m̂ = g and v̂ = g², so every
 * parameter moves by about η·sign(g).
 *
 *   t ← t + 1
 *   m ← β₁·m + (1 − β₁)·g
 *   v ← β₂·v + (1 − β₂)·g²
 *   m̂ = m / (1 − β₁ᵗ),  v̂ = v / (1 − β₂ᵗ)
 *   w ← w − η·m̂ / (√v̂ + ε)
 *
 * Slots "m" and "v"; `state()` also shows "mHat" and "vHat".
 *
 * Syntax:
 *   adam()
 *   adam({ learningRate, beta1, beta2, epsilon })
 *
 * @example
 *   const opt = adam({ learningRate: 0.001 });
 *   const group = { name: "w", values: Float64Array.of(1), grads: Float64Array.of(-3) };
 *   opt.step([group]);   // m̂ = −3, v̂ = 9, w ≈ 1 + 0.001 = 1.001
 */
export function adam(options: AdamOptions = {}): Optimizer {
  checkOptions("adam", options, ["learningRate", "beta1", "beta2", "epsilon"], "{ learningRate: 0.1 }");
  const { learningRate = 0.001, beta1 = 0.9, beta2 = 0.999, epsilon = 1e-8 } = options;
  fraction("adam", "beta1", beta1);
  fraction("adam", "beta2", beta2);
  positiveNumber("adam", "epsilon", epsilon);
  return fromRule(
    {
      name: "adam",
      latex:
        "m \\leftarrow \\beta_1 m + (1 - \\beta_1)\\, g \\\\ " +
        "v \\leftarrow \\beta_2 v + (1 - \\beta_2)\\, g^2 \\\\ " +
        "\\hat{m} = \\frac{m}{1 - \\beta_1^t}, \\quad \\hat{v} = \\frac{v}{1 - \\beta_2^t} \\\\ " +
        "w \\leftarrow w - \\eta\\, \\frac{\\hat{m}}{\\sqrt{\\hat{v}} + \\epsilon}",
      slots: ["m", "v"],
      update(g, step, { m, v }, eta, t) {
        const correction1 = 1 - beta1 ** t;
        const correction2 = 1 - beta2 ** t;
        for (let i = 0; i < g.length; i++) {
          m[i] = beta1 * m[i] + (1 - beta1) * g[i];
          v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i];
          const mHat = m[i] / correction1;
          const vHat = v[i] / correction2;
          step[i] = (-eta * mHat) / (Math.sqrt(vHat) + epsilon);
        }
      },
      derived: ({ m, v }, t) => ({ mHat: m / (1 - beta1 ** t), vHat: v / (1 - beta2 ** t) }),
    },
    positiveNumber("adam", "learningRate", learningRate),
  );
}
