/**
 * Every message training shows a learner, in one place (the engine's are in
 * core/messages; options use its one vocabulary: `fn({ name }): name must be …`).
 */
import { show } from "../core/messages";

export const messages = {
  optimizerShape: (missing: readonly string[], keys: readonly string[]) =>
    `An optimizer object needs ${missing.join(", ")} (as made by sgd(), momentum(), adagrad(), rmsprop() or adam()), ` +
    `but this one has ${keys.length ? `only the keys ${keys.join(", ")}` : "no keys"}. ` +
    `Use a name with learningRate, e.g. { optimizer: "adam", learningRate: 0.01 }, or adam({ learningRate: 0.01 }).`,
  softmaxSingleOutput: () =>
    `train: this network's output is "softmax" with one output neuron, which always gives 1, whatever the input and the ` +
    `weights, so training cannot change anything (every gradient is 0). For two classes use one sigmoid output with the "bce" loss, ` +
    `or two softmax outputs with "ce" and one-hot targets (oneHot(labels, 2)).`,
  diverged: (epoch: number, step: number, reason: string, optimizer: string, learningRate: number) =>
    `Training diverged in epoch ${epoch} (after ${step} step${step === 1 ? "" : "s"}): ${reason} ` +
    `The likely cause is a learning rate too high for this problem (${optimizer}, learningRate ${learningRate}): ` +
    `try ${+(learningRate / 10).toPrecision(3)}, or standardise the inputs.`,
  exploded: (loss: number, start: number) =>
    `the training loss exploded to ${loss.toPrecision(4)} (it started at ${start.toPrecision(4)}).`,
  unknownOptimizer: (spec: unknown, names: readonly string[]) => `Unknown optimizer ${show(spec)}. Expected one of: ${names.join(", ")}.`,
  optimizerOptions: (name: string) =>
    `optimizer(${name}, options): options only go with a name; set them on the optimizer itself`,
  reservedSlot: (optimizer: string, slot: string) => `${optimizer}: the slot name "${slot}" is taken by state(); pick another`,
  noStepYet: (where: string) => `${where}: no step taken yet (t = 0)`,
  noState: (where: string) => `${where}: no step taken yet, so there is no state`,
  groupSize: (where: string, k: number, name: string, values: number, grads: number) =>
    `${where}: group ${k} ("${name}") has ${values} values but ${grads} grads`,
  groupCount: (where: string, expected: number, got: number) => `${where}: expected ${expected} groups (as on the first step), got ${got}`,
  index: (where: string, what: string, length: number, value: unknown) =>
    `${where}: ${what} must be an integer in [0, ${length}), got ${show(value)}`,
  groupLayout: (where: string, k: number, name: string, expected: number, got: number) =>
    `${where}: group ${k} ("${name}") expected size ${expected} (as on the first step), got ${got}`,
  positive: (where: string, key: string, value: unknown) => `${where}: ${key} must be a finite number > 0, got ${show(value)}`,
  /** A message about one data set, e.g. "validation data: …". */
  inSet: (name: string, message: string) => `${name}: ${message}`,
  samplesShape: (name: string, data: unknown) => `${name}: expected { x: number[][], y: number[][] }, got ${typeof data}.`,
} as const;
