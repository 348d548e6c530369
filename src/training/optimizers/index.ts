import type { Optimizer } from "./optimizer";
import { adagrad } from "./adagrad";
import { adam } from "./adam";
import { momentum } from "./momentum";
import { rmsprop } from "./rmsprop";
import { sgd } from "./sgd";
import { messages } from "../messages";

export type { Optimizer, ParamGroup, ParamState } from "./optimizer";
export type { UpdateRule } from "./rule";
export type { AdagradOptions } from "./adagrad";
export type { AdamOptions } from "./adam";
export type { MomentumOptions } from "./momentum";
export type { RmspropOptions } from "./rmsprop";
export type { SgdOptions } from "./sgd";
export { fromRule } from "./rule";
export { adagrad, adam, momentum, rmsprop, sgd };

/** The built-in optimizers by name. */
export const Optimizers = { sgd, momentum, adagrad, rmsprop, adam } as const;

export type OptimizerName = keyof typeof Optimizers;

/** The options the optimizer called `name` takes, e.g. OptimizerOptions<"adam"> = AdamOptions. */
export type OptimizerOptions<N extends OptimizerName> = NonNullable<Parameters<(typeof Optimizers)[N]>[0]>;

export function isOptimizerName(name: unknown): name is OptimizerName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(Optimizers, name);
}

/**
 * Makes an optimizer from its name and options, or passes an Optimizer through.
 *
 * Syntax:
 *   optimizer(name)            // "sgd", "momentum", "adagrad", "rmsprop", "adam"
 *   optimizer(name, options)   // options as for that optimizer's function
 *   optimizer(object)          // an Optimizer, returned as is
 *
 * @example
 *   optimizer("adam", { learningRate: 0.01 }).name;                  // "adam"
 *   optimizer("momentum", { nesterov: true }).name;                  // "nesterov"
 *   optimizer(sgd({ learningRate: 0.5 })).learningRate;              // 0.5
 */
export function optimizer<N extends OptimizerName>(name: N, options?: OptimizerOptions<N>): Optimizer;
export function optimizer(spec: OptimizerName | Optimizer): Optimizer;
export function optimizer(spec: OptimizerName | Optimizer, options?: object): Optimizer {
  if (typeof spec === "object" && spec !== null) {
    const missing = (["step", "state", "slots", "reset"] as const).filter((key) => typeof (spec as Partial<Optimizer>)[key] !== "function").map((key) => `${key}()`);
    if (typeof spec.learningRate !== "number") missing.push("a learningRate");
    if (missing.length > 0) throw new Error(messages.optimizerShape(missing, Object.keys(spec)));
    if (options !== undefined) {
      throw new Error(messages.optimizerOptions(spec.name));
    }
    return spec;
  }
  if (!isOptimizerName(spec)) {
    throw new Error(messages.unknownOptimizer(spec, Object.keys(Optimizers)));
  }
  const make = Optimizers[spec] as (options?: object) => Optimizer;
  return make(options);
}
