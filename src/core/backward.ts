import { checkFinite } from "./checks";
import { NonFiniteError } from "./errors";
import { denseBackward } from "./kernels/dense";
import type { Loss } from "./losses";
import { messages } from "./messages";
import type { Pass } from "./pass";

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
 * Returns the mean loss. With a paired loss, the output's da is only for
 * reading (`Grads`); training passes `keepDa` = false to skip it.
 *
 *   output layer:  da = ∂L/∂a,  dz = da ⊙ f'(z)   (or a − y directly for a paired loss)
 *   every layer:   dW = dzᵀ·x / count,  db = Σ dz / count,  da_below = dz·W
 *   hidden layer:  da ⊙= mask (dropout),  dz = da ⊙ f'(z)
 */
export function backward(pass: Pass, count: number, loss: Loss, grads: GradBuffers, keepDa = true): number {
  const { layers } = pass;
  const last = layers.length - 1;
  const mean = lossOf(pass, count, loss);
  const { size, activation } = layers[last];
  const fused = isFused(loss, activation.name);
  for (let s = 0; s < count; s++) {
    const off = s * size;
    if (keepDa || !fused) loss.gradient(pass.a[last], pass.y, pass.da[last], off, size);
    if (fused) loss.pairedGradient!(pass.a[last], pass.y, pass.dz[last], off, size);
    else activation.backward(pass.z[last], pass.a[last], pass.da[last], pass.dz[last], off, size);
  }
  for (let l = last; l >= 0; l--) {
    const { inputs, size } = layers[l];
    const x = l === 0 ? pass.x : pass.out[l - 1];
    const daBelow = l === 0 ? null : pass.da[l - 1];
    const sum = denseBackward(x, pass.weights[l], pass.dz[l], grads.dw[l], grads.db[l], daBelow, count, inputs, size, 1 / count);
    if (!Number.isFinite(sum)) {
      checkFinite("dL/dz", pass.dz[l], l, size, count);
      checkFinite("dL/dw", grads.dw[l], l, inputs, size, "weight");
    }
    if (l === 0) continue;
    const below = layers[l - 1], n = count * below.size, mask = pass.mask[l - 1];
    if (mask !== null) for (let k = 0; k < n; k++) pass.da[l - 1][k] *= mask[k];
    below.activation.backward(pass.z[l - 1], pass.a[l - 1], pass.da[l - 1], pass.dz[l - 1], 0, n);
  }
  return mean;
}

/** True when the loss and the output activation combine into dL/dz = a − y. */
export function isFused(loss: Loss, outputActivation: string): boolean {
  return loss.pairedActivation === outputActivation && loss.pairedGradient !== undefined && loss.pairedValue !== undefined;
}
