/**
 * Every message nnlab's engine shows a learner, in one place. Each says what
 * was expected, what was found, and where (layer, neuron, sample).
 *
 * Layers are counted from 0 for the first layer with weights (the first hidden
 * layer); "input" is the data itself.
 */
const list = (items: readonly string[]) => items.join(", ");

/** A received value as an error message shows it: strings quoted, arrays listed, objects and functions named. */
export function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return `[${value.map(show).join(", ")}]`;
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}
const gigabytes = (bytes: number) => (bytes >= 1e9 ? `${(bytes / 1e9).toPrecision(3)} GB` : `${Math.round(bytes / 1e6)} MB`);

export const messages = {
  unknownActivation: (name: unknown, names: readonly string[]) =>
    `Unknown activation ${show(name)}. Expected one of: ${list(names)}, ` +
    `or a formula in x such as "x / (1 + abs(x))".`,
  softmaxOneZ: () => `softmax works on a whole layer at once, not on one z: use it as the output activation.`,
  leakyReluSlope: (slope: unknown) => `leakyRelu(slope): slope must be a number in [0, 1), got ${show(slope)}.`,
  unknownLoss: (name: unknown, names: readonly string[]) => `Unknown loss ${show(name)}. Expected one of: ${list(names)}, or a loss object.`,
  lossShape: (missing: readonly string[], keys: readonly string[]) =>
    `A loss object needs ${missing.join(" and ")} (functions, as in nnlab's mse, bce and ce), ` +
    `but this one has ${keys.length ? `only the keys ${keys.join(", ")}` : "no keys"}. ` +
    `Use a name ("mse", "bce", "ce") or pass loss("mse") itself.`,
  unknownInit: (name: unknown) =>
    `Unknown weight initialisation ${show(name)}. Expected one of: xavier, he, uniform, or { weights, biases }.`,
  bceNeedsProbabilities: (activation: string) =>
    activation === "softmax"
      ? `Binary cross-entropy ("bce") does not fit a softmax output: softmax outputs compete and sum to 1. ` +
        `Use "ce" (softmax cross-entropy) with softmax, or a sigmoid output with "bce".`
      : `Binary cross-entropy ("bce") needs outputs between 0 and 1, but the output activation is ${activation}. ` +
        `Use output: "sigmoid" with "bce", or the "mse" loss.`,
  ceNeedsSoftmax: (activation: string, outputs: number) =>
    `Softmax cross-entropy ("ce") needs a softmax output layer, but the output activation is ${activation}. ` +
    (outputs === 1
      ? `For one output with two classes use output: "sigmoid" and the "bce" loss.`
      : `Use output: "softmax" with "ce".`),
  targetOutOfRange: (lossName: string, sample: number, k: number, value: number) =>
    `Target of sample ${sample}, output ${k} is ${value}, but the "${lossName}" loss needs targets between 0 and 1 ` +
    `(class probabilities, e.g. one-hot rows).`,
  sizes: (sizes: unknown) =>
    `mlp(sizes): expected at least two layer sizes, inputs first and outputs last, e.g. [2, 8, 1]; got ${JSON.stringify(sizes)}.`,
  sizeNotPositive: (index: number, size: unknown) =>
    `mlp(sizes): every layer size must be a positive integer, but sizes[${index}] is ${show(size)}.`,
  tooLarge: (sizes: readonly number[], parameters: number, limit: number) =>
    `mlp([${sizes.join(", ")}]) would have ${parameters.toLocaleString("en-US")} weights and biases: ` +
    `${gigabytes(parameters * 8)} as 64-bit numbers just to hold them, and about 4 times that to train ` +
    `(gradients and optimizer state). nnlab keeps every number where you can read it, and allows networks up to ` +
    `${limit.toLocaleString("en-US")} parameters (${gigabytes(limit * 8)}). Use fewer or smaller layers.`,
  softmaxHidden: (layer: number) =>
    `Softmax cannot be a hidden activation (layer ${layer}): it ties all neurons of a layer together. ` +
    `Use it as the output activation.`,
  inputLength: (expected: number, got: number, sample?: number) =>
    `${sample === undefined ? "The input" : `Input sample ${sample}`} has ${got} value${got === 1 ? "" : "s"}, ` +
    `but the network expects ${expected} (its input layer size).`,
  inputNotFinite: (value: unknown, feature: number, sample?: number) =>
    `${sample === undefined ? "The input" : `Input sample ${sample}`} has ${show(value)} at feature ${feature}; ` +
    `inputs must be finite numbers.`,
  notArray: (what: string, value: unknown) => `${what} must be an array of numbers, got ${show(value)}.`,
  targetLength: (expected: number, got: number, sample?: number) =>
    `${sample === undefined ? "The target" : `Target of sample ${sample}`} has ${got} value${got === 1 ? "" : "s"}, ` +
    `but the network has ${expected} output${expected === 1 ? "" : "s"}.`,
  targetNotFinite: (value: unknown, k: number, sample?: number) =>
    `${sample === undefined ? "The target" : `Target of sample ${sample}`} has ${show(value)} at output ${k}; ` +
    `targets must be finite numbers.`,
  batchMismatch: (inputs: number, targets: number) =>
    `The batch has ${inputs} input row${inputs === 1 ? "" : "s"} but ${targets} target row${targets === 1 ? "" : "s"}; ` +
    `give one target per input.`,
  emptyBatch: () => `The batch is empty: give at least one input row.`,
  nonFinite: (what: string, value: number, layer: number, neuron: number, sample: number) =>
    `${what} became ${value} at layer ${layer}, neuron ${neuron}, sample ${sample}. ` +
    `This is an overflow inside the network: weights or inputs are too large ` +
    `(a learning rate that is too high makes weights grow), or a custom activation is undefined there.`,
  nonFiniteLoss: (lossName: string, value: number, sample: number) =>
    `The loss became ${value} at sample ${sample}: ` +
    (lossName === "bce" || lossName === "ce"
      ? `an output reached exactly 0 or 1 where the loss takes its log. ` +
        `Use a sigmoid/softmax output with "bce"/"ce" (computed stably), or check the targets.`
      : `the outputs or targets are too large (the squared error overflowed). ` +
        `Standardise the data, or lower the learning rate if this happened during training.`),
  nonFiniteWeightGradient: (what: string, value: number, layer: number, neuron: number, input: number) =>
    `${what} became ${value} at layer ${layer}, neuron ${neuron}, weight ${input} (from input ${input}): ` +
    `the gradients or inputs are too large. Standardise the inputs, or lower the learning rate.`,
  layerIndex: (l: unknown, count: number) =>
    `Layer ${show(l)} does not exist: this network has layers 0 to ${count - 1} (layer 0 is the first hidden layer).`,
  neuronIndex: (l: number, j: unknown, size: number) =>
    `Neuron ${show(j)} does not exist in layer ${l}: it has neurons 0 to ${size - 1}.`,
  sampleIndex: (s: unknown, size: number) => `Sample ${show(s)} does not exist: this batch has samples 0 to ${size - 1}.`,
  weightsLength: (l: number, j: number, expected: number, got: number) =>
    `Neuron ${j} of layer ${l} has ${expected} incoming weight${expected === 1 ? "" : "s"}, got ${got}.`,
  parameterNotFinite: (what: string, l: number, j: number, value: unknown) =>
    `${what} of layer ${l}, neuron ${j} must be a finite number, got ${show(value)}.`,
  initShape: (what: string, l: number, expected: string, got: string) =>
    `init.${what}[${l}]: expected ${expected}, got ${got}.`,
  initLayers: (count: number, got: string) =>
    `init.weights: expected one entry per layer with weights (${count}), each weights[l][j][i], got ${got}.`,
  traceMismatch: () => `This trace came from a different network: run forward on this network first.`,
  dropoutRate: (value: unknown, layer?: number) =>
    `Dropout rate${layer === undefined ? "" : ` for hidden layer ${layer}`} must be a number in [0, 1), got ${show(value)}.`,
  dropoutRates: (hidden: number, got: number) =>
    `dropout: give one rate for every hidden layer or one rate per hidden layer (${hidden}); got ${got} rates.`,
  weightIndex: (i: unknown, l: number, j: number, inputs: number) =>
    `Weight ${show(i)} does not exist: neuron ${j} of layer ${l} has weights 0 to ${inputs - 1}.`,
  seed: (fn: string, value: unknown) => `${fn}: the seed must be a finite number, got ${show(value)}.`,

  // Options, in one vocabulary for every function that takes them: `fn({ name }): name must be …, got …`.
  option: (fn: string, name: string, expected: string, value: unknown) =>
    `${fn}({ ${name} }): ${name} must be ${expected}, got ${show(value)}`,
  optionAtMost: (fn: string, name: string, max: number, value: unknown) =>
    `${fn}({ ${name} }): ${name} must be at most ${max}, got ${show(value)}`,
  optionsNotObject: (fn: string, example: string, value: unknown) =>
    `${fn}(options): options must be an object such as ${example}, got ${show(value)}`,
  unknownOption: (fn: string, name: string, allowed: readonly string[]) =>
    `${fn}({ ${name} }): unknown option "${name}"; the options are ${list(allowed)}`,

  // Activations from a formula (customActivation).
  formulaEmpty: (call: string, expected: string) => `${call}: ${expected}, found an empty string.`,
  formulaParse: (call: string, message: string, caret: string) => `${call}: mathjs cannot parse the formula: ${message}.${caret}`,
  formulaNode: (call: string, expected: string, node: string, kind: string) =>
    `${call}: ${expected} built from numbers, operators and functions; "${node}" is ${kind}.`,
  formulaVariables: (call: string, expected: string, found: string) => `${call}: ${expected}, found ${found}.`,
  formulaDerivative: (call: string, expected: string, what: string | undefined, message: string, differentiable: string) =>
    `${call}: mathjs cannot differentiate ${what === undefined ? `the formula (${message})` : `"${what}"`}; ` +
    `${expected} built from numbers, + - * / ^ and ${differentiable}.`,
  formulaNotReal: (call: string, variable: string, value: number, what: string, result: string, type: string) =>
    `${call}: at ${variable} = ${value}, ${what} gives ${result} (a ${type}), ` +
    `not a real number. Use a formula that is real for every ${variable} the network can feed it.`,
} as const;
