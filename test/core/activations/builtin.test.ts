import { describe, expect, it } from "vitest";
import {
  activation,
  Activations,
  leakyRelu,
  linear,
  relu,
  sigmoid,
  softmax,
  tanh,
  type Activation,
} from "../../../src";

const h = 1e-6;

/** Points spread over [−6, 6], none within 1e-3 of the kink at 0. */
const POINTS = Array.from({ length: 61 }, (_, k) => -6 + k * 0.2).map((z) => (Math.abs(z) < 1e-3 ? 0.05 : z));

/**
 * Expects df(z, f(z)) to match the central difference (f(z + h) − f(z − h)) / 2h
 * to 1e-8 relative, plus the difference's own rounding noise ε·|f|/h.
 */
function expectSlopeMatches(f: Activation, z: number): void {
  const up = f.f(z + h), down = f.f(z - h);
  const numeric = (up - down) / (2 * h);
  const analytic = f.df(z, f.f(z));
  const noise = (4 * Number.EPSILON * Math.max(Math.abs(up), Math.abs(down))) / h;
  expect(Math.abs(analytic - numeric), `${f.name}'(${z}): ${analytic} vs ${numeric}`).toBeLessThanOrEqual(
    1e-8 * Math.max(Math.abs(analytic), Math.abs(numeric)) + noise,
  );
}

/** Runs the activation's row loops on z (inside a padded array, at offset 2) and returns [a, dz]. */
function rowLoops(f: Activation, z: number[], da: number[]): [number[], number[]] {
  const n = z.length, off = 2, size = n + 4;
  const Z = new Float64Array(size).fill(7), A = new Float64Array(size).fill(-5);
  const DA = new Float64Array(size).fill(3), DZ = new Float64Array(size).fill(-9);
  Z.set(z, off);
  DA.set(da, off);
  f.forward(Z, A, off, n);
  f.backward(Z, A, DA, DZ, off, n);
  // Nothing outside [off, off + n) is touched.
  for (const k of [0, 1, n + 2, n + 3]) {
    expect(A[k]).toBe(-5);
    expect(DZ[k]).toBe(-9);
  }
  return [Array.from(A.subarray(off, off + n)), Array.from(DZ.subarray(off, off + n))];
}

describe("sigmoid", () => {
  it("sigmoid.f(z) by hand: 1/2 at 0, 3/4 at ln 3, 1/4 at −ln 3", () => {
    expect(sigmoid.f(0)).toBe(0.5);
    expect(sigmoid.f(Math.log(3))).toBeCloseTo(0.75, 15);
    expect(sigmoid.f(-Math.log(3))).toBeCloseTo(0.25, 15);
    expect(sigmoid.f(2)).toBeCloseTo(1 / (1 + Math.exp(-2)), 15);
  });

  it("sigmoid.f(z) never overflows: 1 at +800, 0 at −800, e^−40/(1 + e^−40) at −40", () => {
    expect(sigmoid.f(800)).toBe(1);
    expect(sigmoid.f(-800)).toBe(0);
    expect(sigmoid.f(-40)).toBeCloseTo(Math.exp(-40), 30);
    expect(sigmoid.f(-40) / Math.exp(-40)).toBeCloseTo(1, 14);
  });

  it("sigmoid.df(z, a) = a(1 − a) by hand: 1/4 at 0, 3/16 at ln 3", () => {
    expect(sigmoid.df(0, 0.5)).toBe(0.25);
    expect(sigmoid.df(Math.log(3), 0.75)).toBeCloseTo(0.1875, 15);
    expect(sigmoid.df(800, 1)).toBe(0);
  });

  it("sigmoid.df agrees with central differences on [−6, 6]", () => {
    for (const z of POINTS) expectSlopeMatches(sigmoid, z);
  });
});

describe("tanh", () => {
  it("tanh.f(z) by hand: 0 at 0, 3/5 at ln 2, −3/5 at −ln 2", () => {
    expect(tanh.f(0)).toBe(0);
    expect(tanh.f(Math.log(2))).toBeCloseTo(0.6, 15); // (2 − 1/2)/(2 + 1/2)
    expect(tanh.f(-Math.log(2))).toBeCloseTo(-0.6, 15);
    expect(tanh.f(800)).toBe(1);
  });

  it("tanh.df(z, a) = 1 − a² by hand: 1 at 0, 16/25 at ln 2", () => {
    expect(tanh.df(0, 0)).toBe(1);
    expect(tanh.df(Math.log(2), 0.6)).toBeCloseTo(0.64, 15);
  });

  it("tanh.df agrees with central differences on [−6, 6]", () => {
    for (const z of POINTS) expectSlopeMatches(tanh, z);
  });
});

describe("relu", () => {
  it("relu.f(z) = max(0, z) by hand", () => {
    expect([relu.f(-2), relu.f(0), relu.f(3), relu.f(1e-300)]).toEqual([0, 0, 3, 1e-300]);
  });

  it("relu.df(z, a) is 1 for z > 0 and 0 for z ≤ 0 (0 at the kink)", () => {
    expect([relu.df(-2, 0), relu.df(0, 0), relu.df(3, 3)]).toEqual([0, 0, 1]);
  });

  it("relu.df agrees with central differences away from 0", () => {
    for (const z of POINTS) expectSlopeMatches(relu, z);
  });
});

describe("leakyRelu", () => {
  it("leakyRelu().f(z) is z for z > 0 and 0.01·z otherwise, by hand", () => {
    const f = leakyRelu();
    expect([f.f(-2), f.f(0), f.f(3)]).toEqual([-0.02, 0, 3]);
    expect(Activations.leakyRelu.f(-2)).toBe(-0.02);
    expect(activation("leakyRelu").f(-100)).toBe(-1);
  });

  it("leakyRelu(slope).f and .df use the slope", () => {
    const f = leakyRelu(0.1);
    expect(f.f(-2)).toBeCloseTo(-0.2, 15);
    expect([f.df(-2, -0.2), f.df(0, 0), f.df(5, 5)]).toEqual([0.1, 0.1, 1]);
    expect(leakyRelu(0).f(-3) === 0).toBe(true); // −0: slope 0 is plain ReLU
  });

  it("leakyRelu().df(z, a) is 1 for z > 0 and 0.01 for z ≤ 0", () => {
    const f = leakyRelu();
    expect([f.df(-2, -0.02), f.df(0, 0), f.df(3, 3)]).toEqual([0.01, 0.01, 1]);
  });

  it("leakyRelu(slope).df agrees with central differences away from 0", () => {
    for (const f of [leakyRelu(), leakyRelu(0.3)]) for (const z of POINTS) expectSlopeMatches(f, z);
  });

  it("leakyRelu(slope) accepts slopes in [0, 1) and rejects others with a message", () => {
    for (const slope of [-0.1, 1, 2, NaN, Infinity]) {
      expect(() => leakyRelu(slope)).toThrow(`leakyRelu(slope): slope must be a number in [0, 1), got ${slope}.`);
    }
    expect(() => leakyRelu(0)).not.toThrow();
    expect(() => leakyRelu(0.999)).not.toThrow();
  });

  it("leakyRelu(slope).name is \"leakyRelu\" for the default slope and shows any other slope", () => {
    expect(leakyRelu().name).toBe("leakyRelu");
    expect(leakyRelu(0.01).name).toBe("leakyRelu");
    expect(leakyRelu(0.2).name).toBe("leakyRelu(0.2)");
  });
});

describe("linear", () => {
  it("linear.f(z) = z and linear.df = 1", () => {
    expect([linear.f(-2.5), linear.f(0), linear.f(1.5)]).toEqual([-2.5, 0, 1.5]);
    expect([linear.df(-2.5, -2.5), linear.df(7, 7)]).toEqual([1, 1]);
    for (const z of POINTS) expectSlopeMatches(linear, z);
  });
});

describe("element-wise row loops", () => {
  it.each([sigmoid, tanh, relu, leakyRelu(), leakyRelu(0.2), linear])("$name.forward / .backward on a row equal f(z) and da·df(z, a)", (f) => {
    const z = [-3, -0.5, 0, 0.25, 4];
    const da = [0.5, -2, 1, 3, -0.25];
    const [a, dz] = rowLoops(f, z, da);
    expect(a).toEqual(z.map((v) => f.f(v)));
    z.forEach((v, k) => expect(dz[k]).toBeCloseTo(da[k] * f.df(v, f.f(v)), 15));
    expect(f.vector).toBe(false);
  });
});

describe("softmax", () => {
  const forward = (z: number[]) => {
    const a = new Float64Array(z.length);
    softmax.forward(Float64Array.from(z), a, 0, z.length);
    return Array.from(a);
  };

  it("softmax.forward([1, 2, 3]) by hand: e^{z_j} / Σ e^{z_k}, summing to 1", () => {
    const a = forward([1, 2, 3]);
    const sum = Math.exp(1) + Math.exp(2) + Math.exp(3);
    expect(a).toEqual([expect.closeTo(Math.exp(1) / sum, 15), expect.closeTo(Math.exp(2) / sum, 15), expect.closeTo(Math.exp(3) / sum, 15)]);
    expect(a[0] + a[1] + a[2]).toBeCloseTo(1, 15);
    expect(forward([0, 0, 0, 0])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it("softmax.forward sums to 1 on random rows", () => {
    for (let t = 0; t < 50; t++) {
      const z = Array.from({ length: 1 + (t % 7) }, (_, k) => Math.sin(3 * t + k) * 20);
      const a = forward(z);
      expect(a.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 14);
      for (const v of a) expect(v).toBeGreaterThanOrEqual(0);
    }
  });

  it("softmax.forward([1000, 1001]) is stable: [1/(1 + e), e/(1 + e)]", () => {
    const e = Math.E;
    for (const z of [[1000, 1001], [-1000, -999], [0, 1]]) {
      const a = forward(z);
      expect(a[0]).toBeCloseTo(1 / (1 + e), 15);
      expect(a[1]).toBeCloseTo(e / (1 + e), 15);
    }
    expect(forward([1000, 0])).toEqual([1, 0]);
    expect(forward([800, 800])).toEqual([0.5, 0.5]);
  });

  it("softmax.forward on one row of a batch leaves the other rows alone", () => {
    const z = Float64Array.of(1, 2, 3, 1000, 1001, 0);
    const a = new Float64Array(6).fill(-1);
    softmax.forward(z, a, 3, 3);
    expect(Array.from(a.subarray(0, 3))).toEqual([-1, -1, -1]);
    expect(a[3] + a[4] + a[5]).toBeCloseTo(1, 15);
  });

  it("softmax.backward equals the Jacobian-vector product Σ_j da_j a_j (δ_jk − a_k), written out", () => {
    for (const [z, da] of [
      [[1, 2, 3], [0.5, -1, 2]],
      [[0.3, -1.2, 2.5, 0], [1, 0, 0, -3]],
      [[1000, 1001], [-0.7, 0.4]],
    ]) {
      const n = z.length;
      const a = forward(z);
      const jacobian = a.map((aj, j) => a.map((ak, k) => aj * ((j === k ? 1 : 0) - ak))); // ∂a_j/∂z_k
      const expected = a.map((_, k) => da.reduce((s, daj, j) => s + daj * jacobian[j][k], 0));
      const [, dz] = rowLoops(softmax, z, da);
      dz.forEach((v, k) => expect(v).toBeCloseTo(expected[k], 14));
      expect(dz).toHaveLength(n);
      // And against central differences of Σ_j da_j a_j(z) in each z_k.
      z.forEach((_, k) => {
        const at = (d: number) => forward(z.map((v, m) => (m === k ? v + d : v))).reduce((s, aj, j) => s + da[j] * aj, 0);
        expect(dz[k]).toBeCloseTo((at(h) - at(-h)) / (2 * h), 8);
      });
    }
  });

  it("softmax.df(z, a) is the Jacobian's diagonal a(1 − a); softmax.f throws (it needs the whole layer)", () => {
    expect(softmax.df(0, 0.25)).toBe(0.1875);
    expect(softmax.vector).toBe(true);
    expect(() => softmax.f(1)).toThrow("whole layer");
  });
});

describe("activation(name)", () => {
  it("activation(name) returns the built-in object, and an Activation object as is", () => {
    expect(activation("sigmoid")).toBe(sigmoid);
    expect(activation("tanh")).toBe(tanh);
    expect(activation("relu")).toBe(relu);
    expect(activation("linear")).toBe(linear);
    expect(activation("softmax")).toBe(softmax);
    expect(activation("leakyRelu")).toBe(Activations.leakyRelu);
    const custom = leakyRelu(0.3);
    expect(activation(custom)).toBe(custom);
  });

  it("every built-in has its name, a LaTeX formula and a LaTeX derivative", () => {
    const expected: [Activation, string, string, string][] = [
      [sigmoid, "sigmoid", "\\sigma(z) = \\frac{1}{1 + e^{-z}}", "\\sigma'(z)"],
      [tanh, "tanh", "\\tanh(z)", "1 - \\tanh^2(z)"],
      [relu, "relu", "\\max(0, z)", "\\operatorname{ReLU}'(z)"],
      [leakyRelu(), "leakyRelu", "0.01\\,z", "0.01"],
      [leakyRelu(0.2), "leakyRelu(0.2)", "0.2\\,z", "0.2"],
      [linear, "linear", "f(z) = z", "f'(z) = 1"],
      [softmax, "softmax", "\\sum_k e^{z_k}", "a_j\\,(\\delta_{jk} - a_k)"],
    ];
    for (const [f, name, latex, derivative] of expected) {
      expect(f.name).toBe(name);
      expect(f.latex).toContain(latex);
      expect(f.derivativeLatex).toContain(derivative);
      for (const tex of [f.latex, f.derivativeLatex]) {
        expect(tex).not.toMatch(/undefined|NaN/);
        expect((tex.match(/{/g) ?? []).length).toBe((tex.match(/}/g) ?? []).length);
      }
    }
  });
});

describe("what an activation knows about itself", () => {
  const zs = Array.from({ length: 801 }, (_, k) => -40 + k / 10);

  it("activation.range bounds every a = f(z), and the bounded ends are reached", () => {
    for (const f of [sigmoid, tanh, relu, leakyRelu(), linear]) {
      const [low, high] = f.range!;
      const as = zs.map((z) => f.f(z));
      expect(as.every((a) => a >= low && a <= high)).toBe(true);
      if (Number.isFinite(low)) expect(Math.min(...as)).toBeCloseTo(low, 6);
      if (Number.isFinite(high)) expect(Math.max(...as)).toBeCloseTo(high, 6);
    }
    expect(softmax.range).toEqual([0, 1]);
  });

  it("activation.symbol names f as the lessons write it", () => {
    expect(sigmoid.symbol).toEqual({ tex: "\\sigma", text: "σ" });
    expect(tanh.symbol.text).toBe("tanh");
    expect(leakyRelu(0.2).symbol.text).toBe("leakyRelu");
  });

  it("leakyRelu(slope).vega carries its own slope", () => {
    expect(leakyRelu(0.2).vega).toBe("datum.z > 0 ? datum.z : 0.2 * datum.z");
    expect(softmax.vega).toBeUndefined();
  });
});
