import type { Activation } from "./activation";
import { customActivation } from "./custom";
import { leakyRelu } from "./leakyRelu";
import { linear } from "./linear";
import { relu } from "./relu";
import { sigmoid } from "./sigmoid";
import { softmax } from "./softmax";
import { tanh } from "./tanh";
import { messages } from "../messages";

export type { Activation } from "./activation";
export { customActivation, elementwise } from "./custom";
export type { ActivationDefinition, CustomActivation } from "./custom";
export { leakyRelu, linear, relu, sigmoid, softmax, tanh };

/** The built-in activations by name. */
export const Activations = {
  sigmoid,
  tanh,
  relu,
  leakyRelu: leakyRelu(),
  linear,
  softmax,
} as const;

export type ActivationName = keyof typeof Activations;

export function isActivationName(name: unknown): name is ActivationName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(Activations, name);
}

/** What an option naming an activation accepts: a name, an Activation, or a formula in x or z. */
export type ActivationLike = ActivationName | Activation | string;

/**
 * Looks up an activation by name, or builds one from a formula.
 *
 * Syntax:
 *   activation(name)      // "sigmoid", "tanh", "relu", "leakyRelu", "linear", "softmax"
 *   activation(formula)   // a formula in x (or z), differentiated symbolically
 *   activation(object)    // an Activation, returned as is
 *
 * @example
 *   activation("tanh").f(0);                  // 0
 *   activation("x / (1 + abs(x))").df(0, 0);  // 1
 */
export function activation(spec: ActivationLike): Activation {
  if (typeof spec !== "string") {
    if (spec && typeof spec === "object" && typeof spec.forward === "function") return spec;
    throw new Error(messages.unknownActivation(spec, Object.keys(Activations)));
  }
  if (isActivationName(spec)) return Activations[spec];
  const leaky = /^leakyRelu\(([^)]*)\)$/.exec(spec);
  if (leaky) return leakyRelu(Number(leaky[1]));
  if (/^[A-Za-z]+$/.test(spec) && spec !== "x" && spec !== "z") throw new Error(messages.unknownActivation(spec, Object.keys(Activations)));
  return customActivation(spec);
}
