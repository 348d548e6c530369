/**
 * A small hand-written Float64Array multilayer perceptron trainer: the speed
 * nnlab is measured against. Plain loops, four samples at a time in the inner
 * loops (each weight is loaded once for four samples), mini-batch SGD.
 * Written independently of src/core: it shares no code with the engine.
 */
export type Hidden = "tanh" | "relu";
export type Output = "sigmoid-bce" | "softmax-ce";

export class ReferenceMlp {
  readonly w: Float64Array[];
  readonly b: Float64Array[];
  readonly dw: Float64Array[];
  readonly db: Float64Array[];
  private readonly z: Float64Array[];
  private readonly a: Float64Array[];
  private readonly d: Float64Array[];
  private readonly xb: Float64Array;
  private readonly yb: Float64Array;

  constructor(readonly sizes: number[], readonly hidden: Hidden, readonly output: Output, readonly batch: number) {
    const layers = sizes.length - 1;
    const make = (n: (l: number) => number) => Array.from({ length: layers }, (_, l) => new Float64Array(n(l)));
    this.w = make((l) => sizes[l] * sizes[l + 1]);
    this.b = make((l) => sizes[l + 1]);
    this.dw = make((l) => sizes[l] * sizes[l + 1]);
    this.db = make((l) => sizes[l + 1]);
    this.z = make((l) => batch * sizes[l + 1]);
    this.a = make((l) => batch * sizes[l + 1]);
    this.d = make((l) => batch * sizes[l + 1]);
    this.xb = new Float64Array(batch * sizes[0]);
    this.yb = new Float64Array(batch * sizes[layers]);
  }

  /** Trains with SGD over `epochs`, taking the samples in the order `orderFor(epoch)` gives. */
  train(x: Float64Array, y: Float64Array, n: number, epochs: number, lr: number, orderFor: (epoch: number) => Uint32Array): void {
    const nIn = this.sizes[0], nOut = this.sizes[this.sizes.length - 1];
    for (let e = 1; e <= epochs; e++) {
      const order = orderFor(e);
      for (let start = 0; start < n; start += this.batch) {
        const m = Math.min(this.batch, n - start);
        for (let s = 0; s < m; s++) {
          const r = order[start + s];
          for (let i = 0; i < nIn; i++) this.xb[s * nIn + i] = x[r * nIn + i];
          for (let k = 0; k < nOut; k++) this.yb[s * nOut + k] = y[r * nOut + k];
        }
        this.gradients(m);
        this.sgd(lr);
      }
    }
  }

  /** Forward and backward over the first m rows of the batch buffers; fills dw, db (batch means). */
  gradients(m: number): void {
    const L = this.sizes.length - 1;
    let input = this.xb;
    for (let l = 0; l < L; l++) {
      const nIn = this.sizes[l], nOut = this.sizes[l + 1];
      affine(input, this.w[l], this.b[l], this.z[l], m, nIn, nOut);
      const z = this.z[l], a = this.a[l];
      if (l < L - 1) {
        if (this.hidden === "tanh") for (let k = 0; k < m * nOut; k++) a[k] = Math.tanh(z[k]);
        else for (let k = 0; k < m * nOut; k++) a[k] = z[k] > 0 ? z[k] : 0;
      } else if (this.output === "sigmoid-bce") {
        for (let k = 0; k < m * nOut; k++) a[k] = 1 / (1 + Math.exp(-z[k]));
      } else {
        for (let s = 0; s < m; s++) {
          let max = -Infinity, sum = 0;
          for (let k = 0; k < nOut; k++) max = Math.max(max, z[s * nOut + k]);
          for (let k = 0; k < nOut; k++) sum += a[s * nOut + k] = Math.exp(z[s * nOut + k] - max);
          for (let k = 0; k < nOut; k++) a[s * nOut + k] /= sum;
        }
      }
      input = a;
    }
    // Output delta: a − y (divided by the outputs for mean bce; ce sums over classes).
    const nOut = this.sizes[L];
    const scale = this.output === "sigmoid-bce" ? 1 / nOut : 1;
    for (let k = 0; k < m * nOut; k++) this.d[L - 1][k] = (this.a[L - 1][k] - this.yb[k]) * scale;
    for (let l = L - 1; l >= 0; l--) {
      const nIn = this.sizes[l], nOutL = this.sizes[l + 1];
      const inputL = l === 0 ? this.xb : this.a[l - 1];
      weightGradients(inputL, this.d[l], this.dw[l], this.db[l], m, nIn, nOutL);
      if (l > 0) {
        const below = this.d[l - 1], a = this.a[l - 1];
        backInto(this.d[l], this.w[l], below, m, nIn, nOutL);
        if (this.hidden === "tanh") for (let k = 0; k < m * nIn; k++) below[k] *= 1 - a[k] * a[k];
        else for (let k = 0; k < m * nIn; k++) if (a[k] <= 0) below[k] = 0;
      }
    }
  }

  private sgd(lr: number): void {
    for (let l = 0; l < this.w.length; l++) {
      const w = this.w[l], dw = this.dw[l], b = this.b[l], db = this.db[l];
      for (let k = 0; k < w.length; k++) w[k] -= lr * dw[k];
      for (let k = 0; k < b.length; k++) b[k] -= lr * db[k];
    }
  }
}

/** z = x·Wᵀ + b, four samples at a time. */
function affine(x: Float64Array, w: Float64Array, b: Float64Array, z: Float64Array, m: number, nIn: number, nOut: number): void {
  let s = 0;
  for (; s + 4 <= m; s += 4) {
    const x0 = s * nIn, x1 = x0 + nIn, x2 = x1 + nIn, x3 = x2 + nIn;
    for (let j = 0; j < nOut; j++) {
      const wo = j * nIn;
      let s0 = b[j], s1 = b[j], s2 = b[j], s3 = b[j];
      for (let i = 0; i < nIn; i++) {
        const wi = w[wo + i];
        s0 += wi * x[x0 + i]; s1 += wi * x[x1 + i]; s2 += wi * x[x2 + i]; s3 += wi * x[x3 + i];
      }
      z[s * nOut + j] = s0; z[(s + 1) * nOut + j] = s1; z[(s + 2) * nOut + j] = s2; z[(s + 3) * nOut + j] = s3;
    }
  }
  for (; s < m; s++) {
    for (let j = 0; j < nOut; j++) {
      let sum = b[j];
      for (let i = 0; i < nIn; i++) sum += w[j * nIn + i] * x[s * nIn + i];
      z[s * nOut + j] = sum;
    }
  }
}

/** dw = dᵀ·x / m, db = Σ d / m, four samples at a time. */
function weightGradients(x: Float64Array, d: Float64Array, dw: Float64Array, db: Float64Array, m: number, nIn: number, nOut: number): void {
  const inv = 1 / m;
  for (let j = 0; j < nOut; j++) {
    const wo = j * nIn;
    let s = 0, bsum = 0;
    for (let i = 0; i < nIn; i++) dw[wo + i] = 0;
    for (; s + 4 <= m; s += 4) {
      const d0 = d[s * nOut + j], d1 = d[(s + 1) * nOut + j], d2 = d[(s + 2) * nOut + j], d3 = d[(s + 3) * nOut + j];
      bsum += d0 + d1 + d2 + d3;
      const x0 = s * nIn, x1 = x0 + nIn, x2 = x1 + nIn, x3 = x2 + nIn;
      for (let i = 0; i < nIn; i++) dw[wo + i] += d0 * x[x0 + i] + d1 * x[x1 + i] + d2 * x[x2 + i] + d3 * x[x3 + i];
    }
    for (; s < m; s++) {
      const ds = d[s * nOut + j];
      bsum += ds;
      for (let i = 0; i < nIn; i++) dw[wo + i] += ds * x[s * nIn + i];
    }
    for (let i = 0; i < nIn; i++) dw[wo + i] *= inv;
    db[j] = bsum * inv;
  }
}

/** below = d·W: the gradient flowing to the layer's inputs. */
function backInto(d: Float64Array, w: Float64Array, below: Float64Array, m: number, nIn: number, nOut: number): void {
  for (let s = 0; s < m; s++) {
    const bo = s * nIn;
    for (let i = 0; i < nIn; i++) below[bo + i] = 0;
    for (let j = 0; j < nOut; j++) {
      const ds = d[s * nOut + j];
      const wo = j * nIn;
      for (let i = 0; i < nIn; i++) below[bo + i] += ds * w[wo + i];
    }
  }
}
