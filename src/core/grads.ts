import type { Loss } from "./losses";
import type { Pass } from "./pass";
import type { GradBuffers } from "./backward";
import { checkLayer, checkNeuron, checkSample } from "./checks";
import { fmt } from "./format";

/** One layer's gradients. For a batch, da and dz are the means over its samples; dw and db are always batch means. */
export interface LayerGrads {
  /** ∂L/∂a_j: how the loss changes with neuron j's activation. */
  readonly da: number[];
  /** ∂L/∂z_j = ∂L/∂a_j · da_j/dz_j. */
  readonly dz: number[];
  /** ∂L/∂w_ji = ∂L/∂z_j · x_i, for the weight from input i to neuron j. */
  readonly dw: number[][];
  /** ∂L/∂b_j = ∂L/∂z_j. */
  readonly db: number[];
}

/** One neuron's backward story: dz = da · f'(z), dw_i = dz · x_i, db = dz. */
export interface NeuronGrads {
  readonly layer: number;
  readonly index: number;
  /** ∂L/∂a. */
  readonly da: number;
  /** The local derivative da/dz = f'(z) (0 for a neuron that dropout switched off; for softmax, the diagonal ∂a_j/∂z_j). */
  readonly dadz: number;
  /** ∂L/∂z. */
  readonly dz: number;
  /** ∂L/∂w_i for each incoming weight. */
  readonly dw: number[];
  /** ∂L/∂b. */
  readonly db: number;
  /** The inputs x_i this neuron saw (for a batch, their mean). */
  readonly inputs: number[];
  /** The neuron's weights in the pass. */
  readonly weights: number[];
}

/**
 * The gradients of one backward pass: per layer and per neuron, with the loss.
 * For a batch, dw and db are averaged over the samples (what gradient descent
 * uses); `sample(s)` gives one sample's own gradients.
 *
 * @example
 *   const grads = net.backward(net.forward([1, 2]), [1], "mse");
 *   grads.loss;
 *   grads.layers[1].dz[0];    // ∂L/∂z of the output neuron
 *   grads.neuron(0, 1);       // { da, dadz, dz, dw, db, … }
 */
export class Grads {
  private cachedLayers: LayerGrads[] | undefined;

  /** @internal Use `net.backward(trace, target, loss)`. */
  constructor(
    /** @internal */ readonly pass: Pass,
    /** @internal */ readonly buffers: GradBuffers,
    /** The loss used. */ readonly lossFunction: Loss,
    /** The (mean) loss. */ readonly loss: number,
    /** @internal For a single sample taken from a batch: which row. */ private readonly row?: number,
  ) {}

  /** How many samples these gradients average over. */
  get size(): number { return this.row === undefined ? this.pass.count : 1; }

  /** The target(s) the loss compared against. */
  get target(): number[] { return this.pass.row(this.pass.y, this.row ?? 0, this.pass.layers[this.pass.layers.length - 1].size); }

  get layers(): LayerGrads[] {
    return (this.cachedLayers ??= this.pass.layers.map(({ size, inputs }, l) => ({
      da: this.mean(this.pass.da[l], size),
      dz: this.mean(this.pass.dz[l], size),
      dw: Array.from({ length: size }, (_, j) => Array.from(this.buffers.dw[l].subarray(j * inputs, (j + 1) * inputs))),
      db: Array.from(this.buffers.db[l]),
    })));
  }

  /** Neuron j of layer l: da, the local derivative da/dz, dz, dw and db. */
  neuron(l: number, j: number): NeuronGrads {
    const { pass } = this;
    const { size, inputs, activation } = pass.layers[checkLayer(l, pass.layers.length)];
    checkNeuron(l, j, size);
    const rows = this.rows(), mask = pass.mask[l];
    let dadz = 0;
    for (const s of rows) {
      const k = s * size + j;
      if (mask === null || mask[k] !== 0) dadz += activation.df(pass.z[l][k], pass.a[l][k]);
    }
    const { da, dz, dw, db } = this.layers[l];
    return {
      layer: l, index: j, da: da[j], dadz: dadz / rows.length, dz: dz[j], dw: dw[j], db: db[j],
      inputs: this.mean(l === 0 ? pass.x : pass.out[l - 1], inputs),
      weights: Array.from(pass.weights[l].subarray(j * inputs, (j + 1) * inputs)),
    };
  }

  /** Sample s's own gradients (dw = dz·xᵀ for that sample alone). */
  sample(s: number): Grads {
    if (this.row !== undefined) return this;
    checkSample(s, this.pass.count);
    const { pass } = this;
    const buffers: GradBuffers = {
      dw: pass.layers.map((layer, l) => {
        const input = l === 0 ? pass.x : pass.out[l - 1];
        const dw = new Float64Array(layer.weights.length);
        for (let j = 0; j < layer.size; j++) {
          const g = pass.dz[l][s * layer.size + j];
          for (let i = 0; i < layer.inputs; i++) dw[j * layer.inputs + i] = g * input[s * layer.inputs + i];
        }
        return dw;
      }),
      db: pass.layers.map((layer, l) => pass.dz[l].slice(s * layer.size, (s + 1) * layer.size)),
    };
    return new Grads(pass, buffers, this.lossFunction, pass.loss[s], s);
  }

  /** Every sample's own gradients (made when asked for). */
  get samples(): Grads[] { return Array.from({ length: this.size }, (_, s) => this.sample(s)); }

  private rows(): number[] { return this.row === undefined ? Array.from({ length: this.pass.count }, (_, s) => s) : [this.row]; }

  private mean(values: Float64Array, size: number): number[] {
    const rows = this.rows();
    const result = new Array<number>(size).fill(0);
    for (const s of rows) for (let j = 0; j < size; j++) result[j] += values[s * size + j];
    return result.map((v) => v / rows.length);
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    const lines = this.layers.map((g, l) => `  layer ${l}: da = [${fmt(g.da)}], dz = [${fmt(g.dz)}], db = [${fmt(g.db)}]`);
    return `Grads { loss (${this.lossFunction.name}): ${+this.loss.toPrecision(6)}${this.size > 1 ? `, mean of ${this.size} samples` : ""}\n${lines.join("\n")} }`;
  }
}
