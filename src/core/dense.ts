/**
 * The two inner loops of a fully connected layer over a batch of `count`
 * samples, on row-major typed arrays:
 *
 *   forward:  z[s][j] = Σ_i w[j][i]·x[s][i] + b[j]
 *   backward: dw[j][i] += Σ_s dz[s][j]·x[s][i],  db[j] += Σ_s dz[s][j],
 *             dx[s][i] = Σ_j dz[s][j]·w[j][i]
 *
 * Everything else in the engine is bookkeeping around these.
 */

/** z = x·Wᵀ + b for `count` samples. Returns Σ z, whose finiteness tells whether any z overflowed. */
export function denseForward(
  x: Float64Array, w: Float64Array, b: Float64Array, z: Float64Array,
  count: number, inputs: number, size: number,
): number {
  let check = 0;
  for (let s = 0; s < count; s++) {
    const xo = s * inputs;
    const zo = s * size;
    for (let j = 0; j < size; j++) {
      const wo = j * inputs;
      let sum = b[j];
      for (let i = 0; i < inputs; i++) sum += w[wo + i] * x[xo + i];
      z[zo + j] = sum;
      check += sum;
    }
  }
  return check;
}

/**
 * Accumulates dw += dzᵀ·x and db += Σ dz, and (when `dx` is given) writes
 * dx = dz·W, the gradient that flows back to the layer's inputs.
 * Returns Σ dz, whose finiteness tells whether any dz overflowed.
 */
export function denseBackward(
  x: Float64Array, w: Float64Array, dz: Float64Array, dw: Float64Array, db: Float64Array, dx: Float64Array | null,
  count: number, inputs: number, size: number,
): number {
  let check = 0;
  if (dx !== null) dx.fill(0, 0, count * inputs);
  for (let s = 0; s < count; s++) {
    const xo = s * inputs;
    const zo = s * size;
    for (let j = 0; j < size; j++) {
      const g = dz[zo + j];
      if (g === 0) continue;
      check += g;
      db[j] += g;
      const wo = j * inputs;
      for (let i = 0; i < inputs; i++) dw[wo + i] += g * x[xo + i];
      if (dx !== null) for (let i = 0; i < inputs; i++) dx[xo + i] += g * w[wo + i];
    }
  }
  return check;
}
