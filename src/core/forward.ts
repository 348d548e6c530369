import { checkFinite } from "./checks";
import { applyDropout, type Dropout } from "./dropout";
import { denseForward } from "./kernels/dense";
import type { Pass } from "./pass";

/**
 * The forward pass over the first `count` rows of `x` (default `pass.x`), layer by layer:
 *
 *   z = W·x + b,   a = f(z),   and in training with dropout  out = a ⊙ mask/(1 − p)
 *
 * Each layer's `out` is the next layer's x.
 */
export function forward(pass: Pass, count: number, dropout?: Dropout, x = pass.x): void {
  const { layers } = pass;
  pass.count = count;
  for (let l = 0; l < layers.length; l++) {
    const { inputs, size, activation } = layers[l];
    const z = pass.z[l], a = pass.a[l], n = count * size;
    const sum = denseForward(x, pass.weights[l], pass.bias[l], z, count, inputs, size);
    if (!Number.isFinite(sum)) checkFinite("z", z, l, size, count);
    if (activation.vector) for (let s = 0; s < count; s++) activation.forward(z, a, s * size, size);
    else activation.forward(z, a, 0, n);
    // An activation that declares no range (a custom formula) may give NaN for a finite z.
    if (activation.range === undefined && !Number.isFinite(total(a, n))) checkFinite("a", a, l, size, count);
    pass.rates[l] = dropout?.rates[l] ?? 0;
    const mask = pass.mask[l];
    if (mask !== null) applyDropout(a, pass.out[l], mask, pass.rates[l], n, dropout?.rng);
    x = pass.out[l];
  }
}

function total(values: Float64Array, n: number): number {
  let sum = 0;
  for (let k = 0; k < n; k++) sum += values[k];
  return sum;
}
