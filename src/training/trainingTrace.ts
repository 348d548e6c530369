import type { Pass } from "../core/pass";
import type { Layer } from "../core/layer";
import { checkLayer, checkSample } from "../core/checks";

/** One layer's recorded numbers: row s is training sample s (in the data's order, not the shuffled one). */
export interface RecordedLayer {
  readonly size: number;
  /** z of every sample, row-major (samples × size). */
  readonly z: Float64Array;
  /** a = f(z) of every sample. */
  readonly a: Float64Array;
  /** ∂L/∂z of every sample (each sample's own loss). */
  readonly dz: Float64Array;
}

/**
 * Every neuron's z, a and dz for every training sample, as computed during
 * the most recent epoch of `train(…, { trace: true })` (in training mode, so
 * with dropout if it was on). The arrays are allocated once and overwritten
 * each epoch.
 *
 * @example
 *   const history = train(net, data, { epochs: 10, trace: true });
 *   history.trace!.sample(3).layers[0].z;   // sample 3's weighted sums in the first hidden layer, epoch 10
 */
export class TrainingTrace {
  readonly layers: RecordedLayer[];
  /** The epoch the numbers come from. */
  epoch = 0;

  constructor(layers: readonly Layer[], readonly count: number) {
    this.layers = layers.map(({ size }) => ({
      size,
      z: new Float64Array(count * size),
      a: new Float64Array(count * size),
      dz: new Float64Array(count * size),
    }));
  }

  /** Copies the batch's z, a and dz rows into the rows of the samples they came from. */
  record(pass: Pass, count: number, order: Uint32Array, start: number): void {
    for (let l = 0; l < this.layers.length; l++) {
      const { size, z, a, dz } = this.layers[l];
      const pz = pass.z[l], pa = pass.a[l], pdz = pass.dz[l];
      for (let s = 0; s < count; s++) {
        const to = order[start + s] * size, from = s * size;
        for (let j = 0; j < size; j++) {
          z[to + j] = pz[from + j];
          a[to + j] = pa[from + j];
          dz[to + j] = pdz[from + j];
        }
      }
    }
  }

  /** Sample s's recorded numbers, layer by layer. */
  sample(s: number): { layers: { z: number[]; a: number[]; dz: number[] }[] } {
    checkSample(s, this.count);
    return {
      layers: this.layers.map(({ size, z, a, dz }) => ({
        z: Array.from(z.subarray(s * size, (s + 1) * size)),
        a: Array.from(a.subarray(s * size, (s + 1) * size)),
        dz: Array.from(dz.subarray(s * size, (s + 1) * size)),
      })),
    };
  }

  /** Neuron j of layer l over every sample: its z, a and dz as arrays indexed by sample. */
  neuron(l: number, j: number): { z: number[]; a: number[]; dz: number[] } {
    const { size, z, a, dz } = this.layers[checkLayer(l, this.layers.length)];
    const column = (values: Float64Array) => Array.from({ length: this.count }, (_, s) => values[s * size + j]);
    return { z: column(z), a: column(a), dz: column(dz) };
  }
}
