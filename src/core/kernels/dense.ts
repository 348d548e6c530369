/**
 * The two inner loops of a fully connected layer over a batch of `count`
 * samples, on row-major typed arrays:
 *
 *   forward:  z[s][j] = Σ_i w[j][i]·x[s][i] + b[j]
 *   backward: dw[j][i] = scale·Σ_s dz[s][j]·x[s][i],  db[j] = scale·Σ_s dz[s][j],
 *             dx[s][i] = Σ_j dz[s][j]·w[j][i]
 *
 * Everything else in the engine is bookkeeping around these. Both walk four
 * samples at a time, so each weight is read once for four samples.
 */

/** z = x·Wᵀ + b for `count` samples. Returns Σ z, whose finiteness tells whether any z overflowed. */
export function denseForward(
  x: Float64Array, w: Float64Array, b: Float64Array, z: Float64Array,
  count: number, inputs: number, size: number,
): number {
  let check = 0;
  let s = 0;
  for (; s + 4 <= count; s += 4) {
    const x0 = s * inputs, x1 = x0 + inputs, x2 = x1 + inputs, x3 = x2 + inputs;
    const z0 = s * size, z1 = z0 + size, z2 = z1 + size, z3 = z2 + size;
    for (let j = 0; j < size; j++) {
      const wo = j * inputs;
      let s0 = b[j], s1 = s0, s2 = s0, s3 = s0;
      for (let i = 0; i < inputs; i++) {
        const wi = w[wo + i];
        s0 += wi * x[x0 + i];
        s1 += wi * x[x1 + i];
        s2 += wi * x[x2 + i];
        s3 += wi * x[x3 + i];
      }
      z[z0 + j] = s0;
      z[z1 + j] = s1;
      z[z2 + j] = s2;
      z[z3 + j] = s3;
      check += s0 + s1 + s2 + s3;
    }
  }
  for (; s < count; s++) {
    const xo = s * inputs, zo = s * size;
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
 * Writes dw = scale·dzᵀ·x and db = scale·Σ_s dz (scale = 1/count gives batch
 * means), and, when `dx` is given, dx = dz·W: the gradient that flows back to
 * the layer's inputs. Returns Σ dz + Σ dw, whose finiteness tells whether any
 * dz or dw overflowed.
 */
export function denseBackward(
  x: Float64Array, w: Float64Array, dz: Float64Array, dw: Float64Array, db: Float64Array, dx: Float64Array | null,
  count: number, inputs: number, size: number, scale: number,
): number {
  let check = 0;
  for (let j = 0; j < size; j++) {
    const wo = j * inputs;
    for (let i = 0; i < inputs; i++) dw[wo + i] = 0;
    let sum = 0;
    let s = 0;
    for (; s + 4 <= count; s += 4) {
      const d0 = dz[s * size + j], d1 = dz[(s + 1) * size + j], d2 = dz[(s + 2) * size + j], d3 = dz[(s + 3) * size + j];
      sum += d0 + d1 + d2 + d3;
      const x0 = s * inputs, x1 = x0 + inputs, x2 = x1 + inputs, x3 = x2 + inputs;
      for (let i = 0; i < inputs; i++) dw[wo + i] += d0 * x[x0 + i] + d1 * x[x1 + i] + d2 * x[x2 + i] + d3 * x[x3 + i];
    }
    for (; s < count; s++) {
      const d = dz[s * size + j];
      sum += d;
      const xo = s * inputs;
      for (let i = 0; i < inputs; i++) dw[wo + i] += d * x[xo + i];
    }
    for (let i = 0; i < inputs; i++) check += dw[wo + i] *= scale;
    db[j] = sum * scale;
    check += sum;
  }
  if (dx !== null) {
    for (let s = 0; s < count; s++) {
      const xo = s * inputs, zo = s * size;
      for (let i = 0; i < inputs; i++) dx[xo + i] = 0;
      for (let j = 0; j < size; j++) {
        const d = dz[zo + j];
        if (d === 0) continue;
        const wo = j * inputs;
        for (let i = 0; i < inputs; i++) dx[xo + i] += d * w[wo + i];
      }
    }
  }
  return check;
}
