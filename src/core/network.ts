import { backward, gradBuffers, lossOf, type GradBuffers } from "./backward";
import { checkInput, checkLayer, checkTarget, isBatch } from "./checks";
import { dropoutRates, type DropoutLike } from "./dropout";
import { forward } from "./forward";
import { Grads } from "./grads";
import { Layer, type Neuron } from "./layer";
import { defaultLoss, loss as lossFrom, type Loss, type LossLike } from "./losses";
import { messages } from "./messages";
import { Pass } from "./pass";
import { random } from "./random";
import { BatchTrace, Trace } from "./trace";

/**
 * One block of parameters an optimizer updates: a layer's weights or its biases,
 * with the gradient of the (penalised) loss for each of them.
 */
export interface ParamGroup {
  /** Readable label, e.g. "layer 1 weights". */
  readonly name: string;
  /** The parameters, updated in place by `step`. */
  readonly values: Float64Array;
  /** ∂L/∂value for each parameter, same layout as `values`. */
  readonly grads: Float64Array;
}

/** Options of a forward pass in training mode. */
export interface ForwardOptions {
  /** Dropout rate(s) for the hidden layers; the trace then shows each layer's mask. */
  dropout?: DropoutLike;
  /** Seed for the dropout masks (default 1). */
  seed?: number;
}

/**
 * A multilayer perceptron: layers of neurons, each computing z = W·x + b and
 * a = f(z). Build one with `mlp(sizes, options)`.
 *
 * Layer l = 0 is the first hidden layer; the last layer is the output.
 */
export class Network {
  constructor(readonly layers: readonly Layer[]) {
    if (layers.length === 0) throw new Error(messages.sizes([]));
  }

  /** Layer sizes, inputs first: e.g. [2, 8, 8, 1]. */
  get sizes(): number[] { return [this.layers[0].inputs, ...this.layers.map((layer) => layer.size)]; }

  /** How many inputs the network takes. */
  get inputs(): number { return this.layers[0].inputs; }

  /** How many outputs it gives. */
  get outputs(): number { return this.output.size; }

  /** The output layer. */
  get output(): Layer { return this.layers[this.layers.length - 1]; }

  /** How many numbers the network learns. */
  get parameterCount(): number { return this.layers.reduce((n, layer) => n + layer.parameterCount, 0); }

  /** Neuron j of layer l, as a live view: read or set its weights and bias. */
  neuron(l: number, j: number): Neuron { return this.layers[checkLayer(l, this.layers.length)].neuron(j); }

  /**
   * Runs the network on one sample (→ Trace) or a batch of rows (→ BatchTrace),
   * keeping every neuron's z and a. With `dropout`, runs in training mode.
   *
   * @example
   *   net.forward([0.5, -1]).layers[0].z;
   *   net.forward([[0, 0], [0, 1]]).outputs;
   */
  forward(x: readonly number[], options?: ForwardOptions): Trace;
  forward(x: readonly (readonly number[])[], options?: ForwardOptions): BatchTrace;
  forward(x: readonly number[] | readonly (readonly number[])[], options: ForwardOptions = {}): Trace | BatchTrace {
    const batch = isBatch(x);
    const rows = (batch ? x : [x]) as readonly (readonly number[])[];
    if (rows.length === 0) throw new RangeError(messages.emptyBatch());
    rows.forEach((row, s) => checkInput(row, this.inputs, batch ? s : undefined));
    const rates = dropoutRates(options.dropout, this.layers.length);
    const pass = new Pass(
      this.layers, rows.length, rates.map((p) => p > 0),
      this.layers.map((layer) => layer.weights.slice()), this.layers.map((layer) => layer.bias.slice()),
    );
    rows.forEach((row, s) => pass.setRow(s, row));
    const dropout = rates.some((p) => p > 0) ? { rates, rng: random(options.seed ?? 1) } : undefined;
    forward(pass, rows.length, dropout);
    return batch ? new BatchTrace(pass) : new Trace(pass);
  }

  /** The network's output for one sample, or for each row of a batch (evaluation mode: no dropout). */
  predict(x: readonly number[]): number[];
  predict(x: readonly (readonly number[])[]): number[][];
  predict(x: readonly number[] | readonly (readonly number[])[]): number[] | number[][] {
    if (isBatch(x)) return this.forward(x as readonly (readonly number[])[]).outputs;
    return this.forward(x as readonly number[]).output;
  }

  /**
   * Backpropagation: from a trace and its target(s), the gradient of the loss
   * with respect to every activation, weighted sum, weight and bias. For a
   * batch, dw and db are the means over the samples.
   *
   * The loss defaults to the natural one for the output activation:
   * "bce" after sigmoid, "ce" after softmax, "mse" otherwise.
   *
   * @example
   *   const grads = net.backward(net.forward([1, 0]), [1], "bce");
   *   grads.neuron(0, 0).dw;
   */
  backward(trace: Trace, target: readonly number[], loss?: LossLike): Grads;
  backward(trace: BatchTrace, targets: readonly (readonly number[])[], loss?: LossLike): Grads;
  backward(trace: Trace | BatchTrace, target: readonly number[] | readonly (readonly number[])[], loss?: LossLike): Grads {
    if (trace.pass.layers !== this.layers) throw new Error(messages.traceMismatch());
    const lossFunction = this.lossFor(loss);
    const single = trace instanceof Trace;
    const rows = (single ? [target] : target) as readonly (readonly number[])[];
    const pass = single ? trace.pass.snapshot(trace.row, 1) : trace.pass.snapshot();
    if (rows.length !== pass.count) throw new RangeError(messages.batchMismatch(pass.count, rows.length));
    rows.forEach((row, s) => this.setTarget(pass, s, row, lossFunction, single ? undefined : s));
    const buffers = gradBuffers(pass);
    const mean = backward(pass, pass.count, lossFunction, buffers);
    return new Grads(pass, buffers, lossFunction, mean);
  }

  /**
   * The mean loss over a data set, in evaluation mode.
   *
   * @example
   *   net.loss([[0, 0], [1, 1]], [[0], [1]], "bce");
   */
  loss(x: readonly (readonly number[])[], y: readonly (readonly number[])[], loss?: LossLike): number {
    const lossFunction = this.lossFor(loss);
    if (x.length !== y.length) throw new RangeError(messages.batchMismatch(x.length, y.length));
    if (x.length === 0) throw new RangeError(messages.emptyBatch());
    const pass = new Pass(this.layers, x.length);
    x.forEach((row, s) => {
      checkInput(row, this.inputs, s);
      pass.setRow(s, row);
      this.setTarget(pass, s, y[s], lossFunction, s);
    });
    forward(pass, x.length);
    return lossOf(pass, x.length, lossFunction);
  }

  /**
   * One step of gradient descent with the gradients of a backward pass:
   * w ← w − η·∂L/∂w for a learning rate η, or the optimizer's own rule.
   */
  update(grads: Grads, optimizer: { step(groups: readonly ParamGroup[]): void } | number): void {
    if (grads.pass.layers !== this.layers) throw new Error(messages.traceMismatch());
    const groups = this.paramGroups(grads.buffers);
    if (typeof optimizer !== "number") return optimizer.step(groups);
    const eta = optimizer;
    if (!(Number.isFinite(eta) && eta > 0)) throw new Error(messages.option("update", "learningRate", "a finite number > 0", eta));
    for (const { values: w, grads: dw } of groups) for (let k = 0; k < w.length; k++) w[k] -= eta * dw[k];
  }

  /** @internal The parameter blocks an optimizer updates, paired with their gradients. */
  paramGroups(buffers: GradBuffers): ParamGroup[] {
    return this.layers.flatMap((layer, l) => [
      { name: `layer ${l} weights`, values: layer.weights, grads: buffers.dw[l] },
      { name: `layer ${l} biases`, values: layer.bias, grads: buffers.db[l] },
    ]);
  }

  /** Checks target row s (named `sample` in messages) and writes it into the pass. */
  private setTarget(pass: Pass, s: number, row: readonly number[], lossFunction: Loss, sample?: number): void {
    checkTarget(row, this.outputs, sample);
    lossFunction.checkTarget?.(row, s);
    pass.y.set(row, s * this.outputs);
  }

  /** Resolves a loss option, checking that it fits the output activation. */
  lossFor(loss?: LossLike): Loss {
    const lossFunction = lossFrom(loss ?? defaultLoss(this.output.activation.name));
    lossFunction.checkOutput?.(this.output.activation.name, this.outputs, this.output.activation);
    return lossFunction;
  }

  /** An independent copy with the same parameters. */
  clone(): Network {
    return new Network(this.layers.map((layer) => {
      const twin = new Layer(layer.index, layer.inputs, layer.size, layer.activation);
      twin.weights.set(layer.weights);
      twin.bias.set(layer.bias);
      return twin;
    }));
  }

  /** The parameters as plain arrays: `weights[l][j][i]`, `biases[l][j]` (the shape `mlp`'s `init` accepts). */
  toJSON(): { sizes: number[]; activations: string[]; weights: number[][][]; biases: number[][] } {
    return {
      sizes: this.sizes,
      activations: this.layers.map((layer) => layer.activation.name),
      weights: this.layers.map((layer) => layer.parameters.weights),
      biases: this.layers.map((layer) => layer.parameters.bias),
    };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    const layers = this.layers.map((layer) => `${layer.size} ${layer.activation.name}`).join(" → ");
    return `Network [${this.sizes.join(", ")}] (${this.inputs} inputs → ${layers}; ${this.parameterCount} parameters)`;
  }
}
