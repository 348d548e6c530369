import type { Optimizer } from "./optimizer";
import { checkOptions, positiveNumber } from "../../core/options";
import { fromRule } from "./rule";

export interface SgdOptions {
  /** The step size η (default 0.1). */
  learningRate?: number;
}

/**
 * Plain (stochastic) gradient descent: every parameter moves against its
 * gradient, by η times the gradient.
 *
 *   w ← w − η·g
 *
 * Syntax:
 *   sgd()
 *   sgd({ learningRate })
 *
 * @example
 *   const opt = sgd({ learningRate: 0.1 });
 *   const group = { name: "w", values: Float64Array.of(1), grads: Float64Array.of(0.5) };
 *   opt.step([group]);   // group.values[0] = 1 − 0.1·0.5 = 0.95
 */
export function sgd(options: SgdOptions = {}): Optimizer {
  checkOptions("sgd", options, ["learningRate"], "{ learningRate: 0.1 }");
  const { learningRate = 0.1 } = options;
  return fromRule(
    {
      name: "sgd",
      latex: "w \\leftarrow w - \\eta\\, g",
      slots: [],
      update(g, step, _slots, eta) {
        for (let i = 0; i < g.length; i++) step[i] = -eta * g[i];
      },
    },
    positiveNumber("sgd", "learningRate", learningRate),
  );
}
