import type { Activation } from "./activations";
import { messages } from "./messages";
import { checkNeuron } from "./checks";
import { fmt } from "./format";

/**
 * One layer with weights: `size` neurons, each with `inputs` incoming weights
 * and a bias. Neuron j computes z_j = Σ_i w_ji·x_i + b_j and a_j = f(z_j).
 *
 * The numbers live in typed arrays (row-major: neuron j's weights are
 * `weights[j·inputs … j·inputs + inputs − 1]`), which the engine reads
 * directly; `neuron(j)` is a thin, live view for reading and setting them.
 */
export class Layer {
  readonly weights: Float64Array;
  readonly bias: Float64Array;

  constructor(
    /** 0 for the first hidden layer, the last index for the output layer. */
    readonly index: number,
    /** How many values come in (the previous layer's size). */
    readonly inputs: number,
    /** How many neurons this layer has. */
    readonly size: number,
    readonly activation: Activation,
  ) {
    this.weights = new Float64Array(size * inputs);
    this.bias = new Float64Array(size);
  }

  /** A live view of neuron j: reading gives current values, setting changes the layer. */
  neuron(j: number): Neuron { return new Neuron(this, checkNeuron(this.index, j, this.size)); }

  /** Every neuron of this layer, as live views. */
  get neurons(): Neuron[] { return Array.from({ length: this.size }, (_, j) => new Neuron(this, j)); }

  /** The parameters as plain arrays: `weights[j][i]` and `bias[j]` (copies). */
  get parameters(): { weights: number[][]; bias: number[] } {
    return {
      weights: Array.from({ length: this.size }, (_, j) => Array.from(this.weights.subarray(j * this.inputs, (j + 1) * this.inputs))),
      bias: Array.from(this.bias),
    };
  }

  /** How many numbers this layer learns: size·inputs weights plus size biases. */
  get parameterCount(): number { return this.weights.length + this.bias.length; }
}

/**
 * One neuron's parameters, read from and written to its layer.
 *
 * @example
 *   const n = net.neuron(0, 1);
 *   n.weights = [0.5, -0.25];   // sets both incoming weights
 *   n.bias = 0.1;
 *   n.setWeight(0, 2);          // one weight
 *   n.weights;                  // [2, -0.25] (a frozen copy: assign the array to change it)
 */
export class Neuron {
  constructor(
    private readonly layer: Layer,
    /** Which neuron of the layer. */
    readonly index: number,
  ) {}

  get weights(): readonly number[] {
    const { inputs } = this.layer;
    return Object.freeze(Array.from(this.layer.weights.subarray(this.index * inputs, (this.index + 1) * inputs)));
  }

  set weights(values: readonly number[]) {
    const { inputs, index: l } = this.layer;
    if (!Array.isArray(values)) throw new TypeError(messages.notArray(`The weights of layer ${l}, neuron ${this.index}`, values));
    if (values.length !== inputs) throw new RangeError(messages.weightsLength(l, this.index, inputs, values.length));
    values.forEach((w, i) => checkFinite(w, `Weight ${i}`, l, this.index));
    this.layer.weights.set(values, this.index * inputs);
  }

  get bias(): number { return this.layer.bias[this.index]; }

  set bias(value: number) {
    checkFinite(value, "The bias", this.layer.index, this.index);
    this.layer.bias[this.index] = value;
  }

  /** Sets the weight from input i to this neuron. */
  setWeight(i: number, value: number): void {
    const { inputs, index: l } = this.layer;
    if (!Number.isInteger(i) || i < 0 || i >= inputs) throw new RangeError(messages.weightIndex(i, l, this.index, inputs));
    checkFinite(value, `Weight ${i}`, l, this.index);
    this.layer.weights[this.index * inputs + i] = value;
  }

  /** Sets weights and bias together. */
  set(values: { weights?: readonly number[]; bias?: number }): this {
    if (values.weights !== undefined) this.weights = values.weights;
    if (values.bias !== undefined) this.bias = values.bias;
    return this;
  }

  get activation(): string { return this.layer.activation.name; }

  toJSON(): { weights: number[]; bias: number } {
    return { weights: [...this.weights], bias: this.bias };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `Neuron(layer ${this.layer.index}, #${this.index}) { weights: [${fmt(this.weights)}], bias: ${+this.bias.toPrecision(4)}, activation: ${this.activation} }`;
  }
}

function checkFinite(value: unknown, what: string, l: number, j: number): void {
  if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError(messages.parameterNotFinite(what, l, j, value));
}
