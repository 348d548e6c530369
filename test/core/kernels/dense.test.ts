import { describe, expect, it } from "vitest";
import { random } from "../../../src";
import { denseBackward, denseForward } from "../../../src/core/kernels/dense";

/** The plain loops the kernels block: each sum added up in the order of its index. */
function plainForward(x: Float64Array, w: Float64Array, b: Float64Array, count: number, inputs: number, size: number): Float64Array {
  const z = new Float64Array(count * size);
  for (let s = 0; s < count; s++) {
    for (let j = 0; j < size; j++) {
      let sum = b[j];
      for (let i = 0; i < inputs; i++) sum += w[j * inputs + i] * x[s * inputs + i];
      z[s * size + j] = sum;
    }
  }
  return z;
}

/** dw and db summed over samples in blocks of four (four terms added at once, as the reference and the kernels do); dx in the order of j. */
function plainBackward(x: Float64Array, w: Float64Array, dz: Float64Array, count: number, inputs: number, size: number, scale: number) {
  const dw = new Float64Array(size * inputs), db = new Float64Array(size), dx = new Float64Array(count * inputs);
  for (let j = 0; j < size; j++) {
    let sum = 0;
    for (let s = 0; s < count; s += 4) {
      const rows = Math.min(4, count - s);
      if (rows === 4) sum += dz[s * size + j] + dz[(s + 1) * size + j] + dz[(s + 2) * size + j] + dz[(s + 3) * size + j];
      else for (let r = 0; r < rows; r++) sum += dz[(s + r) * size + j];
      for (let i = 0; i < inputs; i++) {
        if (rows < 4) {
          for (let r = 0; r < rows; r++) dw[j * inputs + i] += dz[(s + r) * size + j] * x[(s + r) * inputs + i];
          continue;
        }
        const [d0, d1, d2, d3] = [0, 1, 2, 3].map((r) => dz[(s + r) * size + j]);
        const [x0, x1, x2, x3] = [0, 1, 2, 3].map((r) => x[(s + r) * inputs + i]);
        dw[j * inputs + i] += d0 * x0 + d1 * x1 + d2 * x2 + d3 * x3;
      }
    }
    for (let i = 0; i < inputs; i++) dw[j * inputs + i] *= scale;
    db[j] = sum * scale;
  }
  for (let s = 0; s < count; s++) {
    for (let j = 0; j < size; j++) for (let i = 0; i < inputs; i++) dx[s * inputs + i] += dz[s * size + j] * w[j * inputs + i];
  }
  return { dw, db, dx };
}

const rng = random(5);
const values = (n: number, zeros = 0) => Float64Array.from({ length: n }, () => (rng.next() < zeros ? 0 : rng.normal()));

describe("dense kernels", () => {
  // Sizes that leave every remainder of the blocking: samples mod 4, neurons mod 2.
  const shapes = [[1, 1, 1], [3, 2, 5], [4, 3, 2], [5, 8, 8], [10, 2, 8], [7, 9, 1], [32, 13, 11], [6, 4, 9], [11, 5, 6]] as const;

  it("denseForward(x, w, b, z, …) gives z = W·x + b to the last bit, for every remainder of its blocking", () => {
    for (const [count, inputs, size] of shapes) {
      const x = values(count * inputs), w = values(size * inputs), b = values(size);
      const z = new Float64Array(count * size);
      const sum = denseForward(x, w, b, z, count, inputs, size);
      expect(Array.from(z)).toEqual(Array.from(plainForward(x, w, b, count, inputs, size)));
      expect(sum).toBeCloseTo(z.reduce((a, v) => a + v, 0), 9);
    }
  });

  it("denseBackward(…) gives dw, db and dx to the last bit, also with rows of zero dz (ReLU)", () => {
    for (const [count, inputs, size] of shapes) {
      const x = values(count * inputs), w = values(size * inputs), dz = values(count * size, 0.4);
      const dw = new Float64Array(size * inputs).fill(7), db = new Float64Array(size), dx = new Float64Array(count * inputs).fill(7);
      denseBackward(x, w, dz, dw, db, dx, count, inputs, size, 1 / count);
      const plain = plainBackward(x, w, dz, count, inputs, size, 1 / count);
      expect(Array.from(dw)).toEqual(Array.from(plain.dw));
      expect(Array.from(db)).toEqual(Array.from(plain.db));
      expect(Array.from(dx)).toEqual(Array.from(plain.dx));
    }
  });
});
