import type { Loss } from "./losses";
import type { Random } from "./random";
import type { Pass } from "./pass";
import { denseBackward, denseForward } from "./dense";
import { NonFiniteError } from "./errors";
import { messages } from "./messages";

/** Gradient accumulators, one pair per layer, in the layers' parameter layout. */
export interface GradBuffers {
  readonly dw: Float64Array[];
  readonly db: Float64Array[];
}

export function gradBuffers(pass: Pass): GradBuffers {
  return {
    dw: pass.layers.map((layer) => new Float64Array(layer.weights.length)),
    db: pass.layers.map((layer) => new Float64Array(layer.size)),
  };
}

/** Dropout for a training pass: a rate per layer (0 for none, always 0 for the output) and the generator for masks. */
export interface Dropout {
  readonly rates: readonly number[];
  readonly rng: Random;
}

/**
 * The forward pass over the first `count` rows of `pass.x`:
 * z = W·x + b, a = f(z), and in training with dropout out = a ⊙ mask/(1 − p).
 */
export function forward(pass: Pass, count: number, dropout?: Dropout): void {
  const { layers } = pass;
  pass.count = count;
  let input = pass.x;
  for (let l = 0; l < layers.length; l++) {
    const { inputs, size, activation } = layers[l];
    const z = pass.z[l], a = pass.a[l];
    const check = denseForward(input, pass.weights[l], pass.bias[l], z, count, inputs, size);
    if (!Number.isFinite(check)) checkFinite("z", z, l, size, count);
    if (activation.vector) for (let s = 0; s < count; s++) activation.forward(z, a, s * size, size);
    else activation.forward(z, a, 0, count * size);
    if (isCustom(activation.name) && !Number.isFinite(sum(a, count * size))) checkFinite("a", a, l, size, count);
    const rate = dropout?.rates[l] ?? 0;
    pass.rates[l] = rate;
    const mask = pass.mask[l];
    if (mask !== null) applyDropout(a, pass.out[l], mask, rate, count * size, dropout?.rng);
    input = pass.out[l];
  }
}

function applyDropout(a: Float64Array, out: Float64Array, mask: Float64Array, rate: number, n: number, rng?: Random): void {
  if (rate === 0 || rng === undefined) {
    mask.fill(1, 0, n);
    out.set(a.subarray(0, n));
    return;
  }
  const scale = 1 / (1 - rate);
  for (let k = 0; k < n; k++) {
    const m = rng.next() < rate ? 0 : scale;
    mask[k] = m;
    out[k] = a[k] * m;
  }
}

/**
 * The loss of each of the first `count` samples against `pass.y` (after a
 * forward pass), into `pass.loss`; returns their mean.
 */
export function lossOf(pass: Pass, count: number, loss: Loss): number {
  const last = pass.layers.length - 1;
  const { size, activation } = pass.layers[last];
  const fused = isFused(loss, activation.name);
  const z = pass.z[last], a = pass.a[last];
  let total = 0;
  for (let s = 0; s < count; s++) {
    const off = s * size;
    const value = fused ? loss.pairedValue!(z, pass.y, off, size) : loss.value(a, pass.y, off, size);
    if (!Number.isFinite(value)) throw new NonFiniteError(messages.nonFiniteLoss(loss.name, value, s), "loss", value, last, undefined, s);
    pass.loss[s] = value;
    total += value;
  }
  return total / count;
}

/**
 * The backward pass (after `forward`): each sample's da and dz in `pass`, and
 * the batch-mean gradients ∂L/∂w and ∂L/∂b written into `grads`.
 * Returns the mean loss.
 *
 *   output layer:  dz = da ⊙ f'(z)   (or a − y directly for a paired loss)
 *   every layer:   dW = dzᵀ·x / count,  db = Σ dz / count,  da_prev = dz·W
 *   hidden layer:  da ⊙= mask (dropout), dz = da ⊙ f'(z)
 */
export function backward(pass: Pass, count: number, loss: Loss, grads: GradBuffers): number {
  const { layers } = pass;
  const last = layers.length - 1;
  const mean = lossOf(pass, count, loss);
  const { size, activation } = layers[last];
  const fused = isFused(loss, activation.name);
  for (let s = 0; s < count; s++) {
    const off = s * size;
    loss.gradient(pass.a[last], pass.y, pass.da[last], off, size);
    if (fused) loss.pairedGradient!(pass.a[last], pass.y, pass.dz[last], off, size);
    else activation.backward(pass.z[last], pass.a[last], pass.da[last], pass.dz[last], off, size);
  }
  for (let l = last; l >= 0; l--) {
    const layer = layers[l];
    const input = l === 0 ? pass.x : pass.out[l - 1];
    const dx = l === 0 ? null : pass.da[l - 1];
    const check = denseBackward(input, pass.weights[l], pass.dz[l], grads.dw[l], grads.db[l], dx, count, layer.inputs, layer.size, 1 / count);
    if (!Number.isFinite(check)) {
      checkFinite("dL/dz", pass.dz[l], l, layer.size, count);
      checkFinite("dL/dw", grads.dw[l], l, layer.inputs, layer.size, "weight");
    }
    if (l === 0) continue;
    const below = layers[l - 1];
    const n = count * below.size;
    const mask = pass.mask[l - 1];
    if (mask !== null) for (let k = 0; k < n; k++) pass.da[l - 1][k] *= mask[k];
    below.activation.backward(pass.z[l - 1], pass.a[l - 1], pass.da[l - 1], pass.dz[l - 1], 0, n);
  }
  return mean;
}

/** True when the loss and the output activation combine into dL/dz = a − y. */
export function isFused(loss: Loss, outputActivation: string): boolean {
  return loss.pairedActivation === outputActivation && loss.pairedGradient !== undefined && loss.pairedValue !== undefined;
}

const builtIn = new Set(["sigmoid", "tanh", "relu", "linear", "softmax"]);
function isCustom(name: string): boolean {
  return !builtIn.has(name) && !name.startsWith("leakyRelu");
}

function sum(values: Float64Array, n: number): number {
  let total = 0;
  for (let k = 0; k < n; k++) total += values[k];
  return total;
}

/**
 * Throws, naming where, if any value is NaN or ±Infinity. Rows are samples of
 * `width` neurons; for a weight array (`per` = "weight") rows are neurons of
 * `width` incoming weights.
 */
function checkFinite(what: string, values: Float64Array, l: number, width: number, rows: number, per: "sample" | "weight" = "sample"): void {
  for (let k = 0; k < rows * width; k++) {
    if (Number.isFinite(values[k])) continue;
    const [row, column] = [Math.floor(k / width), k % width];
    if (per === "weight") throw new NonFiniteError(messages.nonFiniteWeightGradient(what, values[k], l, row, column), what, values[k], l, row);
    throw new NonFiniteError(messages.nonFinite(what, values[k], l, column, row), what, values[k], l, column, row);
  }
}
