import type { Layer } from "../core/layer";
import { optionError } from "../core/options";

/**
 * Weight penalties. They apply to weights only, never to biases:
 *
 *   L1: λ₁ Σ|w|        → adds λ₁·sign(w) to ∂L/∂w (pushes weights to exactly 0: sparsity)
 *   L2: (λ₂/2) Σ w²    → adds λ₂·w to ∂L/∂w      (shrinks every weight: "weight decay")
 */
export interface Penalty {
  readonly l1: number;
  readonly l2: number;
}

export const penaltyLatex = {
  l1: "\\lambda_1 \\sum_{l,j,i} |w_{ji}^{(l)}|",
  l2: "\\frac{\\lambda_2}{2} \\sum_{l,j,i} \\bigl(w_{ji}^{(l)}\\bigr)^2",
} as const;

/** Validates the l1/l2 options (each a finite number ≥ 0, default 0). */
export function penaltyOf(options: { l1?: number; l2?: number }, fn = "train"): Penalty {
  const check = (name: "l1" | "l2") => {
    const value = options[name] ?? 0;
    if (typeof value !== "number" || !Number.isFinite(value) || value < 0) {
      optionError(fn, name, "a number ≥ 0", value);
    }
    return value;
  };
  return { l1: check("l1"), l2: check("l2") };
}

/** The penalty's value for the network's current weights. */
export function penaltyValue(layers: readonly Layer[], { l1, l2 }: Penalty): number {
  if (l1 === 0 && l2 === 0) return 0;
  let abs = 0, squares = 0;
  for (const { weights } of layers) {
    for (let k = 0; k < weights.length; k++) {
      abs += Math.abs(weights[k]);
      squares += weights[k] * weights[k];
    }
  }
  return l1 * abs + (l2 / 2) * squares;
}

/** Adds the penalty's gradient to every layer's ∂L/∂w (biases untouched). */
export function addPenaltyGradient(layers: readonly Layer[], dw: readonly Float64Array[], { l1, l2 }: Penalty): void {
  if (l1 === 0 && l2 === 0) return;
  layers.forEach(({ weights }, l) => {
    const g = dw[l];
    for (let k = 0; k < weights.length; k++) g[k] += l1 * Math.sign(weights[k]) + l2 * weights[k];
  });
}
