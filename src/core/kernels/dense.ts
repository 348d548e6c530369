/**
 * The inner loops of a fully connected layer over a batch of `count` samples,
 * on row-major typed arrays:
 *
 *   forward:  z[s][j] = b[j] + Σ_i w[j][i]·x[s][i]
 *   backward: dw[j][i] = scale·Σ_s dz[s][j]·x[s][i],  db[j] = scale·Σ_s dz[s][j],
 *             dx[s][i] = Σ_j dz[s][j]·w[j][i]
 *
 * Everything else in the engine is bookkeeping around these. They are blocked
 * so that each number loaded from memory serves several products (four samples
 * by two neurons in the forward pass, two neurons by four samples for dw, four
 * samples for dx), yet every sum is added up in the same order as the plain
 * loops above, so the results are the same to the last bit.
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
    let j = 0;
    for (; j + 2 <= size; j += 2) {
      const u = j * inputs, v = u + inputs;
      let a0 = b[j], a1 = a0, a2 = a0, a3 = a0;
      let c0 = b[j + 1], c1 = c0, c2 = c0, c3 = c0;
      for (let i = 0; i < inputs; i++) {
        const wu = w[u + i], wv = w[v + i];
        const p = x[x0 + i], q = x[x1 + i], r = x[x2 + i], t = x[x3 + i];
        a0 += wu * p; a1 += wu * q; a2 += wu * r; a3 += wu * t;
        c0 += wv * p; c1 += wv * q; c2 += wv * r; c3 += wv * t;
      }
      z[z0 + j] = a0; z[z1 + j] = a1; z[z2 + j] = a2; z[z3 + j] = a3;
      z[z0 + j + 1] = c0; z[z1 + j + 1] = c1; z[z2 + j + 1] = c2; z[z3 + j + 1] = c3;
      check += a0 + a1 + a2 + a3 + c0 + c1 + c2 + c3;
    }
    for (; j < size; j++) {
      const u = j * inputs;
      let a0 = b[j], a1 = a0, a2 = a0, a3 = a0;
      for (let i = 0; i < inputs; i++) {
        const wu = w[u + i];
        a0 += wu * x[x0 + i]; a1 += wu * x[x1 + i]; a2 += wu * x[x2 + i]; a3 += wu * x[x3 + i];
      }
      z[z0 + j] = a0; z[z1 + j] = a1; z[z2 + j] = a2; z[z3 + j] = a3;
      check += a0 + a1 + a2 + a3;
    }
  }
  for (; s < count; s++) {
    const xo = s * inputs, zo = s * size;
    for (let j = 0; j < size; j++) {
      const u = j * inputs;
      let sum = b[j];
      for (let i = 0; i < inputs; i++) sum += w[u + i] * x[xo + i];
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
  let j = 0;
  for (; j + 2 <= size; j += 2) {
    const u = j * inputs, v = u + inputs;
    dw.fill(0, u, v + inputs);
    let sumU = 0, sumV = 0;
    let s = 0;
    for (; s + 4 <= count; s += 4) {
      const d0 = dz[s * size + j], d1 = dz[(s + 1) * size + j], d2 = dz[(s + 2) * size + j], d3 = dz[(s + 3) * size + j];
      const e0 = dz[s * size + j + 1], e1 = dz[(s + 1) * size + j + 1], e2 = dz[(s + 2) * size + j + 1], e3 = dz[(s + 3) * size + j + 1];
      sumU += d0 + d1 + d2 + d3;
      sumV += e0 + e1 + e2 + e3;
      const x0 = s * inputs, x1 = x0 + inputs, x2 = x1 + inputs, x3 = x2 + inputs;
      for (let i = 0; i < inputs; i++) {
        const p = x[x0 + i], q = x[x1 + i], r = x[x2 + i], t = x[x3 + i];
        dw[u + i] += d0 * p + d1 * q + d2 * r + d3 * t;
        dw[v + i] += e0 * p + e1 * q + e2 * r + e3 * t;
      }
    }
    for (; s < count; s++) {
      const d = dz[s * size + j], e = dz[s * size + j + 1];
      sumU += d;
      sumV += e;
      const xo = s * inputs;
      for (let i = 0; i < inputs; i++) {
        dw[u + i] += d * x[xo + i];
        dw[v + i] += e * x[xo + i];
      }
    }
    for (let i = u; i < v + inputs; i++) check += dw[i] *= scale;
    db[j] = sumU * scale;
    db[j + 1] = sumV * scale;
    check += sumU + sumV;
  }
  for (; j < size; j++) {
    const u = j * inputs;
    dw.fill(0, u, u + inputs);
    let sum = 0;
    let s = 0;
    for (; s + 4 <= count; s += 4) {
      const d0 = dz[s * size + j], d1 = dz[(s + 1) * size + j], d2 = dz[(s + 2) * size + j], d3 = dz[(s + 3) * size + j];
      sum += d0 + d1 + d2 + d3;
      const x0 = s * inputs, x1 = x0 + inputs, x2 = x1 + inputs, x3 = x2 + inputs;
      for (let i = 0; i < inputs; i++) dw[u + i] += d0 * x[x0 + i] + d1 * x[x1 + i] + d2 * x[x2 + i] + d3 * x[x3 + i];
    }
    for (; s < count; s++) {
      const d = dz[s * size + j];
      sum += d;
      const xo = s * inputs;
      for (let i = 0; i < inputs; i++) dw[u + i] += d * x[xo + i];
    }
    for (let i = u; i < u + inputs; i++) check += dw[i] *= scale;
    db[j] = sum * scale;
    check += sum;
  }
  if (dx !== null) backToInputs(w, dz, dx, count, inputs, size);
  return check;
}

/** dx = dz·W, four samples at a time (each weight loaded once for four), terms added in the order of j. */
function backToInputs(w: Float64Array, dz: Float64Array, dx: Float64Array, count: number, inputs: number, size: number): void {
  dx.fill(0, 0, count * inputs);
  let s = 0;
  for (; s + 4 <= count; s += 4) {
    const x0 = s * inputs, x1 = x0 + inputs, x2 = x1 + inputs, x3 = x2 + inputs;
    for (let j = 0; j < size; j++) {
      const d0 = dz[s * size + j], d1 = dz[(s + 1) * size + j], d2 = dz[(s + 2) * size + j], d3 = dz[(s + 3) * size + j];
      if (d0 === 0 && d1 === 0 && d2 === 0 && d3 === 0) continue;
      const u = j * inputs;
      for (let i = 0; i < inputs; i++) {
        const wi = w[u + i];
        dx[x0 + i] += d0 * wi; dx[x1 + i] += d1 * wi; dx[x2 + i] += d2 * wi; dx[x3 + i] += d3 * wi;
      }
    }
  }
  for (; s < count; s++) {
    const xo = s * inputs, zo = s * size;
    for (let j = 0; j < size; j++) {
      const d = dz[zo + j];
      if (d === 0) continue;
      const u = j * inputs;
      for (let i = 0; i < inputs; i++) dx[xo + i] += d * w[u + i];
    }
  }
}
