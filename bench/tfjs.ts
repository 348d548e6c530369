/**
 * The same training with TensorFlow.js (its CPU or WebAssembly backend): raw variables, matMul,
 * its own losses and autodiff, SGD. Used for speed and as an independent
 * autodiff to check nnlab's gradients against.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import type { Hidden, Output } from "./reference";

export type Backend = "cpu" | "wasm";

/**
 * Switches TensorFlow.js to a backend and says which variant runs: the WASM
 * backend picks its SIMD build when the runtime supports it (Node does), and
 * threads only with SharedArrayBuffer workers (not in Node's CommonJS), so it
 * runs SIMD on one thread here.
 */
export async function useBackend(name: Backend): Promise<string> {
  if (!(await tf.setBackend(name))) throw new Error(`TensorFlow.js could not start its ${name} backend`);
  await tf.ready();
  if (tf.getBackend() !== name) throw new Error(`TensorFlow.js backend is ${tf.getBackend()}, expected ${name}`);
  if (name === "cpu") return "CPU backend (JavaScript)";
  const simd = await tf.env().getAsync("WASM_HAS_SIMD_SUPPORT");
  const threads = await tf.env().getAsync("WASM_HAS_MULTITHREAD_SUPPORT");
  return `WebAssembly backend (${simd ? "SIMD" : "no SIMD"}, ${threads ? "multi-threaded" : "one thread"})`;
}

export class TfMlp {
  readonly w: tf.Variable[];
  readonly b: tf.Variable[];

  /** weights[l] is nnlab's layout [j][i]; TensorFlow.js wants [i][j]. */
  constructor(weights: number[][][], biases: number[][], readonly hidden: Hidden, readonly output: Output) {
    this.w = weights.map((w) => tf.variable(tf.tensor2d(w).transpose()));
    this.b = biases.map((b) => tf.variable(tf.tensor1d(b)));
  }

  private loss(x: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
    let h: tf.Tensor2D = x;
    const L = this.w.length;
    for (let l = 0; l < L; l++) {
      const z = tf.add(tf.matMul(h, this.w[l]), this.b[l]) as tf.Tensor2D;
      h = l < L - 1 ? (this.hidden === "tanh" ? tf.tanh(z) : tf.relu(z)) : z;
    }
    return this.output === "sigmoid-bce"
      ? (tf.losses.sigmoidCrossEntropy(y, h) as tf.Scalar)
      : (tf.losses.softmaxCrossEntropy(y, h) as tf.Scalar);
  }

  /** The gradients of the mean loss on one batch, in nnlab's layout: dw[l][j][i], db[l][j]. */
  gradients(x: number[][], y: number[][]): { dw: number[][][]; db: number[][] } {
    return tf.tidy(() => {
      const { grads } = tf.variableGrads(() => this.loss(tf.tensor2d(x), tf.tensor2d(y)));
      return {
        dw: this.w.map((w) => (grads[w.name].transpose().arraySync() as number[][])),
        db: this.b.map((b) => grads[b.name].arraySync() as number[]),
      };
    });
  }

  /** SGD over `epochs` with the given sample order per epoch. */
  train(x: Float64Array, y: Float64Array, n: number, nIn: number, nOut: number, epochs: number, batch: number, lr: number, orderFor: (epoch: number) => Uint32Array): void {
    const optimizer = tf.train.sgd(lr);
    const xb = new Float32Array(batch * nIn), yb = new Float32Array(batch * nOut);
    for (let e = 1; e <= epochs; e++) {
      const order = orderFor(e);
      for (let start = 0; start < n; start += batch) {
        const m = Math.min(batch, n - start);
        for (let s = 0; s < m; s++) {
          const r = order[start + s];
          xb.set(x.subarray(r * nIn, (r + 1) * nIn), s * nIn);
          yb.set(y.subarray(r * nOut, (r + 1) * nOut), s * nOut);
        }
        tf.tidy(() => {
          const xt = tf.tensor2d(xb.subarray(0, m * nIn), [m, nIn]);
          const yt = tf.tensor2d(yb.subarray(0, m * nOut), [m, nOut]);
          optimizer.minimize(() => this.loss(xt, yt));
        });
      }
    }
    optimizer.dispose();
  }

  dispose(): void {
    for (const v of [...this.w, ...this.b]) v.dispose();
  }
}
