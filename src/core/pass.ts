import type { Layer } from "./layer";

/**
 * The working memory of one forward/backward pass over up to `capacity`
 * samples: for every layer its z, a, the dropout mask and what flows on
 * (`out` = a ⊙ mask, or `a` itself without dropout), and the gradients da, dz.
 * Row s of a layer's array is sample s.
 *
 * Training reuses one Pass for every mini-batch, so nothing is allocated in
 * the loop; a trace keeps its own Pass, so its numbers stay readable.
 */
export class Pass {
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly z: Float64Array[];
  readonly a: Float64Array[];
  readonly out: Float64Array[];
  readonly mask: (Float64Array | null)[];
  readonly da: Float64Array[];
  readonly dz: Float64Array[];
  /** Each sample's loss, after a backward pass. */
  readonly loss: Float64Array;
  /** How many samples the last pass used. */
  count = 0;
  /** The dropout rate used in each layer by the last forward pass (0 = none). */
  readonly rates: number[];

  constructor(
    readonly layers: readonly Layer[],
    readonly capacity: number,
    /** Which layers may apply dropout (a mask array is kept for them). */
    dropoutLayers: readonly boolean[] = [],
    /** The parameters the pass reads: the layers' own arrays, or a snapshot. */
    readonly weights: readonly Float64Array[] = layers.map((layer) => layer.weights),
    readonly bias: readonly Float64Array[] = layers.map((layer) => layer.bias),
  ) {
    const first = layers[0];
    const last = layers[layers.length - 1];
    this.x = new Float64Array(capacity * first.inputs);
    this.y = new Float64Array(capacity * last.size);
    this.z = layers.map((layer) => new Float64Array(capacity * layer.size));
    this.a = layers.map((layer) => new Float64Array(capacity * layer.size));
    this.mask = layers.map((layer, l) => (dropoutLayers[l] ? new Float64Array(capacity * layer.size) : null));
    this.out = layers.map((layer, l) => (this.mask[l] ? new Float64Array(capacity * layer.size) : this.a[l]));
    this.da = layers.map((layer) => new Float64Array(capacity * layer.size));
    this.dz = layers.map((layer) => new Float64Array(capacity * layer.size));
    this.loss = new Float64Array(capacity);
    this.rates = layers.map(() => 0);
  }

  /**
   * A copy of rows [from, from + count) with its own arrays and its own snapshot
   * of the parameters, so later passes or weight updates do not change what it shows.
   */
  snapshot(from = 0, count = this.count - from): Pass {
    const copy = new Pass(
      this.layers, Math.max(count, 1), this.mask.map((m) => m !== null),
      this.weights.map((w) => w.slice()), this.bias.map((b) => b.slice()),
    );
    copy.count = count;
    const rows = (source: Float64Array, target: Float64Array, width: number) =>
      target.set(source.subarray(from * width, (from + copy.capacity) * width));
    rows(this.x, copy.x, this.layers[0].inputs);
    rows(this.y, copy.y, this.layers[this.layers.length - 1].size);
    rows(this.loss, copy.loss, 1);
    this.layers.forEach(({ size }, l) => {
      for (const key of ["z", "a", "da", "dz", "out"] as const) rows(this[key][l], copy[key][l], size);
      if (copy.mask[l] !== null) rows(this.mask[l]!, copy.mask[l]!, size);
      copy.rates[l] = this.rates[l];
    });
    return copy;
  }

  /** Copies sample rows into the pass's input (and target) arrays, at row `row`. */
  setRow(row: number, x: ArrayLike<number>, y?: ArrayLike<number>): void {
    this.x.set(x, row * this.layers[0].inputs);
    if (y !== undefined) this.y.set(y, row * this.layers[this.layers.length - 1].size);
  }

  /** A row of one of the pass's per-layer arrays, as a plain array. */
  row(array: Float64Array, s: number, width: number): number[] { return Array.from(array.subarray(s * width, (s + 1) * width)); }
}
