import { activation, type ActivationLike } from "./activations";
import { copyInitValues, defaultInit, initWeights, type InitLike } from "./init";
import { Layer } from "./layer";
import { messages } from "./messages";
import { Network } from "./network";
import { random } from "./random";

export interface MlpOptions {
  /** Activation of the hidden layers: one for all, or one per hidden layer (default "tanh"). */
  hidden?: ActivationLike | readonly ActivationLike[];
  /** Activation of the output layer (default "linear"; "sigmoid" for two classes, "softmax" for several). */
  output?: ActivationLike;
  /** Starting weights: "xavier", "he", "uniform", or explicit { weights, biases } (default: He for ReLU, Xavier otherwise). */
  init?: InitLike;
  /** Seed for the random starting weights (default 1): the same seed gives the same network everywhere. */
  seed?: number;
}

/**
 * The most weights and biases a network may have: 50 million, 400 MB as
 * 64-bit numbers (about 1.6 GB to train with gradients and Adam's state).
 * Far beyond any lesson; a typo such as [784, 100000, 100000] gets a clear
 * message instead of a RangeError or a machine that swaps.
 */
export const MAX_PARAMETERS = 50_000_000;

/**
 * Builds a multilayer perceptron from its layer sizes, inputs first.
 *
 * Syntax:
 *   mlp(sizes)
 *   mlp(sizes, { hidden, output, init, seed })
 *
 * @example
 *   const net = mlp([2, 8, 8, 1], { hidden: "tanh", output: "sigmoid", seed: 7 });
 *   net.layers.length;     // 3 (two hidden layers and the output)
 *   net.neuron(0, 0).weights.length;  // 2
 *
 *   // A worked example with weights set by hand:
 *   mlp([2, 1], { output: "sigmoid", init: { weights: [[[0.5, -0.25]]], biases: [[0.1]] } });
 */
export function mlp(sizes: readonly number[], options: MlpOptions = {}): Network {
  if (!Array.isArray(sizes) || sizes.length < 2) throw new Error(messages.sizes(sizes));
  sizes.forEach((size, k) => {
    if (!Number.isInteger(size) || size < 1) throw new Error(messages.sizeNotPositive(k, size));
  });
  const parameters = sizes.slice(1).reduce((total, size, l) => total + size * (sizes[l] + 1), 0);
  if (parameters > MAX_PARAMETERS) throw new Error(messages.tooLarge(sizes, parameters, MAX_PARAMETERS));
  const count = sizes.length - 1;
  const hidden = hiddenActivations(options.hidden ?? "tanh", count - 1);
  const output = activation(options.output ?? "linear");
  const rng = random(options.seed ?? 1);
  const init = options.init;
  if (init !== undefined && (init === null || (typeof init !== "string" && typeof init !== "object"))) throw new Error(messages.unknownInit(init));
  if (init !== undefined && typeof init === "object" && (!Array.isArray(init.weights) || init.weights.length !== count)) {
    throw new Error(messages.initLayers(count, describeInit(init.weights)));
  }
  const layers = Array.from({ length: count }, (_, l) => {
    const f = l === count - 1 ? output : hidden[l];
    if (f.vector && l !== count - 1) throw new Error(messages.softmaxHidden(l));
    const layer = new Layer(l, sizes[l], sizes[l + 1], f);
    if (init !== undefined && typeof init === "object") copyInitValues(init, l, layer.weights, layer.bias, layer.inputs);
    else initWeights(init ?? defaultInit(hidden[0]?.name ?? f.name), layer.weights, layer.inputs, layer.size, rng);
    return layer;
  });
  return new Network(layers);
}

function hiddenActivations(spec: ActivationLike | readonly ActivationLike[], count: number) {
  if (Array.isArray(spec)) {
    if (spec.length !== count) {
      throw new Error(messages.option("mlp", "hidden", `one activation or ${count} (one per hidden layer)`, `${spec.length} activations`));
    }
    return spec.map((s: ActivationLike) => activation(s));
  }
  const f = activation(spec as ActivationLike);
  return Array.from({ length: count }, () => f);
}

function describeInit(value: unknown): string {
  return Array.isArray(value) ? `${value.length} entries` : String(value);
}
