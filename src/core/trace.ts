import { checkLayer, checkNeuron, checkSample } from "./checks";
import { fmt } from "./format";
import type { Pass } from "./pass";

/** One layer's numbers for one sample after a forward pass. */
export interface LayerTrace {
  /** The values that came in (the previous layer's output, or the input). */
  readonly inputs: number[];
  /** Weighted sums z_j = Σ_i w_ji·x_i + b_j. */
  readonly z: number[];
  /** Activations a_j = f(z_j). */
  readonly a: number[];
  /** With dropout: 1 where neuron j was kept, 0 where it was dropped. */
  readonly mask?: number[];
  /** What flows on to the next layer: a, or with dropout a_j·mask_j/(1 − p). */
  readonly out: number[];
  /** The activation's name. */
  readonly activation: string;
  /** The dropout rate applied (0 when none). */
  readonly dropout: number;
}

/** One neuron's forward story: z = Σ w·x + b, a = f(z). */
export interface NeuronTrace {
  readonly layer: number;
  readonly index: number;
  readonly inputs: number[];
  readonly weights: number[];
  readonly bias: number;
  readonly z: number;
  readonly a: number;
  readonly activation: string;
  /** False when dropout switched this neuron off in this pass. */
  readonly kept: boolean;
  /** What this neuron passed on (a, 0 if dropped, or a/(1 − p) if kept under dropout). */
  readonly out: number;
}

/**
 * Everything that happened in one sample's forward pass, readable per layer
 * and per neuron. The trace keeps its own copy of the numbers (and of the
 * weights it used), so it does not change when the network trains on.
 *
 * @example
 *   const trace = net.forward([1, 2]);
 *   trace.layers[0].z[1];   // the weighted sum of neuron 1 in the first hidden layer
 *   trace.neuron(0, 1);     // { inputs, weights, bias, z, a, … }
 *   trace.output;           // the network's output
 */
export class Trace {
  private cachedLayers: LayerTrace[] | undefined;

  /** @internal Use `net.forward(x)`. */
  constructor(
    /** @internal */ readonly pass: Pass,
    /** @internal Which row of the pass this trace reads. */ readonly row = 0,
  ) {}

  /** The input sample. */
  get input(): number[] { return this.pass.row(this.pass.x, this.row, this.pass.layers[0].inputs); }

  /** The network's output for this sample (the last layer's a). */
  get output(): number[] {
    const last = this.pass.layers.length - 1;
    return this.pass.row(this.pass.a[last], this.row, this.pass.layers[last].size);
  }

  get layers(): LayerTrace[] {
    const { pass, row } = this;
    return (this.cachedLayers ??= pass.layers.map((layer, l) => {
      const mask = pass.mask[l], rate = pass.rates[l], width = layer.size;
      return {
        inputs: l === 0 ? this.input : pass.row(pass.out[l - 1], row, layer.inputs),
        z: pass.row(pass.z[l], row, width),
        a: pass.row(pass.a[l], row, width),
        ...(mask !== null && rate > 0 ? { mask: pass.row(mask, row, width).map((m) => (m === 0 ? 0 : 1)) } : {}),
        out: pass.row(pass.out[l], row, width),
        activation: layer.activation.name,
        dropout: rate,
      };
    }));
  }

  /** Neuron j of layer l: its inputs, weights, bias, z and a in this pass. */
  neuron(l: number, j: number): NeuronTrace {
    const layer = this.pass.layers[checkLayer(l, this.pass.layers.length)];
    checkNeuron(l, j, layer.size);
    const t = this.layers[l];
    const { inputs } = layer;
    return {
      layer: l,
      index: j,
      inputs: t.inputs,
      weights: Array.from(this.pass.weights[l].subarray(j * inputs, (j + 1) * inputs)),
      bias: this.pass.bias[l][j],
      z: t.z[j],
      a: t.a[j],
      activation: t.activation,
      kept: t.mask === undefined || t.mask[j] === 1,
      out: t.out[j],
    };
  }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    const lines = this.layers.map(
      (t, l) => `  layer ${l} (${t.activation}${t.dropout ? `, dropout ${t.dropout}` : ""}): z = [${fmt(t.z)}], a = [${fmt(t.a)}]`,
    );
    return `Trace { input: [${fmt(this.input)}]\n${lines.join("\n")}\n  output: [${fmt(this.output)}] }`;
  }
}

/** The forward pass of a whole batch: `sample(s)` is sample s's Trace. */
export class BatchTrace {
  /** @internal Use `net.forward(rows)`. */
  constructor(/** @internal */ readonly pass: Pass) {}

  /** How many samples. */
  get size(): number { return this.pass.count; }

  /** Every sample's output. */
  get outputs(): number[][] { return Array.from({ length: this.size }, (_, s) => this.sample(s).output); }

  /** Sample s's forward story. */
  sample(s: number): Trace { return new Trace(this.pass, checkSample(s, this.size)); }

  /** Every sample's Trace (made when asked for). */
  get samples(): Trace[] { return Array.from({ length: this.size }, (_, s) => new Trace(this.pass, s)); }

  [Symbol.for("nodejs.util.inspect.custom")](): string {
    return `BatchTrace { ${this.size} samples, outputs: [${this.outputs.slice(0, 5).map((o) => `[${fmt(o)}]`).join(", ")}${this.size > 5 ? ", …" : ""}] }`;
  }
}
