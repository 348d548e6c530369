import { describe, expect, it } from "vitest";
import { bce, ce, loss, Losses, mlp, mse, random, sigmoid, softmax, type Loss } from "../../src";

const f64 = (values: number[]) => Float64Array.from(values);

/** L for one row given as plain arrays, placed at offset 2 of padded arrays (as row 1 of a batch would be). */
function valueOf(l: Loss, a: number[], y: number[]): number {
  const pad = [9, 9];
  return l.value(f64([...pad, ...a]), f64([...pad, ...y]), 2, a.length);
}

/** dL/da for one row, at offset 2; checks nothing outside the row is written. */
function gradientOf(l: Loss, a: number[], y: number[]): number[] {
  const n = a.length;
  const da = new Float64Array(n + 4).fill(-7);
  l.gradient(f64([0.5, 0.5, ...a, 0.5, 0.5]), f64([0, 0, ...y, 0, 0]), da, 2, n);
  expect([da[0], da[1], da[n + 2], da[n + 3]]).toEqual([-7, -7, -7, -7]);
  return Array.from(da.subarray(2, 2 + n));
}

function pairedValueOf(l: Loss, z: number[], y: number[]): number {
  return l.pairedValue!(f64([1, ...z]), f64([1, ...y]), 1, z.length);
}

function pairedGradientOf(l: Loss, a: number[], y: number[]): number[] {
  const dz = new Float64Array(a.length + 1).fill(-7);
  l.pairedGradient!(f64([0.5, ...a]), f64([0, ...y]), dz, 1, a.length);
  expect(dz[0]).toBe(-7);
  return Array.from(dz.subarray(1));
}

const sigmoidOf = (z: number[]) => z.map((v) => sigmoid.f(v));
function softmaxOf(z: number[]): number[] {
  const a = new Float64Array(z.length);
  softmax.forward(f64(z), a, 0, z.length);
  return Array.from(a);
}

describe("mse", () => {
  it("mse.value(a, y) = mean over outputs of (a − y)², by hand", () => {
    expect(valueOf(mse, [0.8], [1])).toBeCloseTo(0.04, 15);
    expect(valueOf(mse, [0.8, 0.1], [1, 0])).toBeCloseTo((0.04 + 0.01) / 2, 15);
    expect(valueOf(mse, [3, -1, 2], [1, 1, 2])).toBeCloseTo((4 + 4 + 0) / 3, 15);
  });

  it("mse.gradient(a, y) = 2(a − y)/n, by hand", () => {
    expect(gradientOf(mse, [0.8], [1])).toEqual([expect.closeTo(-0.4, 15)]);
    expect(gradientOf(mse, [0.8, 0.1], [1, 0])).toEqual([expect.closeTo(-0.2, 15), expect.closeTo(0.1, 15)]);
    expect(gradientOf(mse, [3, -1, 2], [1, 1, 2])).toEqual([expect.closeTo(4 / 3, 15), expect.closeTo(-4 / 3, 15), 0]);
  });

  it("mse has no paired activation", () => {
    expect(mse.pairedActivation).toBeUndefined();
    expect(mse.pairedValue).toBeUndefined();
  });
});

describe("bce", () => {
  it("bce.value(a, y) = −mean[y log a + (1 − y) log(1 − a)], by hand", () => {
    expect(valueOf(bce, [0.9], [1])).toBeCloseTo(-Math.log(0.9), 15);
    expect(valueOf(bce, [0.9], [0])).toBeCloseTo(-Math.log(0.1), 15);
    expect(valueOf(bce, [0.9, 0.2], [1, 0])).toBeCloseTo((-Math.log(0.9) - Math.log(0.8)) / 2, 15);
    expect(valueOf(bce, [0.6], [0.3])).toBeCloseTo(-(0.3 * Math.log(0.6) + 0.7 * Math.log(0.4)), 15);
  });

  it("bce.value(a, y) leaves out 0·log 0: a = y = 0 and a = y = 1 cost exactly 0", () => {
    expect(valueOf(bce, [0, 1], [0, 1])).toBe(0);
  });

  it("bce.gradient(a, y) = (1/n)(−y/a + (1 − y)/(1 − a)), by hand", () => {
    expect(gradientOf(bce, [0.9], [1])).toEqual([expect.closeTo(-1 / 0.9, 14)]);
    expect(gradientOf(bce, [0.9, 0.2], [1, 0])).toEqual([expect.closeTo(-1 / 0.9 / 2, 14), expect.closeTo(1 / 0.8 / 2, 14)]);
    expect(gradientOf(bce, [0.6], [0.3])).toEqual([expect.closeTo(-0.3 / 0.6 + 0.7 / 0.4, 14)]);
  });

  it("bce.pairedValue(z, y) equals bce.value(σ(z), y) where σ is not saturated", () => {
    const rng = random(3);
    for (let t = 0; t < 200; t++) {
      const n = 1 + (t % 4);
      const z = Array.from({ length: n }, () => rng.uniform(-8, 8));
      const y = Array.from({ length: n }, (_, k) => (k % 2 ? rng.next() : rng.int(2)));
      expect(pairedValueOf(bce, z, y)).toBeCloseTo(valueOf(bce, sigmoidOf(z), y), 11);
    }
  });

  it("bce.pairedValue(z, y) stays finite at z = ±800, where bce.value(σ(z), y) is Infinity", () => {
    expect(pairedValueOf(bce, [800], [0])).toBe(800);
    expect(pairedValueOf(bce, [800], [1])).toBe(0);
    expect(pairedValueOf(bce, [-800], [1])).toBe(800);
    expect(pairedValueOf(bce, [-800], [0])).toBe(0);
    expect(pairedValueOf(bce, [800, -800], [0.25, 0.5])).toBe((0.75 * 800 + 0.5 * 800) / 2);
    expect(valueOf(bce, sigmoidOf([800]), [0])).toBe(Infinity); // why the pairing exists
  });

  it("bce.pairedGradient(a, y) = (a − y)/n equals bce.gradient(a, y) · σ'(z)", () => {
    const rng = random(4);
    for (let t = 0; t < 100; t++) {
      const n = 1 + (t % 3);
      const z = Array.from({ length: n }, () => rng.uniform(-6, 6));
      const y = Array.from({ length: n }, () => rng.next());
      const a = sigmoidOf(z);
      const paired = pairedGradientOf(bce, a, y);
      const chained = gradientOf(bce, a, y).map((g, k) => g * sigmoid.df(z[k], a[k]));
      paired.forEach((g, k) => {
        expect(g).toBeCloseTo((a[k] - y[k]) / n, 15);
        expect(g).toBeCloseTo(chained[k], 12);
      });
    }
  });

  it("mlp with a sigmoid output saturated at z = ±800: loss and gradients stay finite with \"bce\"", () => {
    const net = mlp([1, 1], { output: "sigmoid", init: { weights: [[[800]]] } });
    const grads = net.backward(net.forward([[1], [-1]]), [[0], [0]], "bce");
    expect(grads.loss).toBe(400); // (800 + 0) / 2
    expect(grads.layers[0].dz).toEqual([0.5]); // mean of a − y = 1 and 0
    expect(grads.layers[0].dw[0][0]).toBe(0.5); // (1·1 + 0·(−1)) / 2
    expect(net.loss([[1]], [[1]], "bce")).toBe(0);
  });

  it("bce pairs with sigmoid", () => {
    expect(bce.pairedActivation).toBe("sigmoid");
  });
});

describe("ce", () => {
  it("ce.value(a, y) = −Σ y log a, by hand", () => {
    expect(valueOf(ce, [0.7, 0.2, 0.1], [1, 0, 0])).toBeCloseTo(-Math.log(0.7), 15);
    expect(valueOf(ce, [0.7, 0.2, 0.1], [0, 0, 1])).toBeCloseTo(-Math.log(0.1), 15);
    expect(valueOf(ce, [0.5, 0.5], [0.25, 0.75])).toBeCloseTo(Math.log(2), 15);
    expect(valueOf(ce, [0, 1], [0, 1])).toBe(0); // 0·log 0 left out
  });

  it("ce.gradient(a, y) = −y/a, by hand (0 where y = 0)", () => {
    expect(gradientOf(ce, [0.7, 0.2, 0.1], [1, 0, 0])).toEqual([expect.closeTo(-1 / 0.7, 14), 0, 0]);
    expect(gradientOf(ce, [0.5, 0.5], [0.25, 0.75])).toEqual([-0.5, -1.5]);
  });

  it("ce.pairedValue(z, y) equals ce.value(softmax(z), y) where softmax is not saturated", () => {
    const rng = random(5);
    for (let t = 0; t < 200; t++) {
      const n = 2 + (t % 4);
      const z = Array.from({ length: n }, () => rng.uniform(-8, 8));
      const y = new Array<number>(n).fill(0);
      y[rng.int(n)] = 1;
      expect(pairedValueOf(ce, z, y)).toBeCloseTo(valueOf(ce, softmaxOf(z), y), 11);
      const soft = Array.from({ length: n }, () => rng.next() / n); // probabilities not summing to 1
      expect(pairedValueOf(ce, z, soft)).toBeCloseTo(valueOf(ce, softmaxOf(z), soft), 11);
    }
  });

  it("ce.pairedValue(z, y) stays finite at z = ±800, where ce.value(softmax(z), y) is Infinity", () => {
    expect(pairedValueOf(ce, [800, -800, 0], [0, 1, 0])).toBe(1600);
    expect(pairedValueOf(ce, [800, -800, 0], [1, 0, 0])).toBe(0);
    expect(pairedValueOf(ce, [-800, 800], [1, 0])).toBe(1600);
    expect(valueOf(ce, softmaxOf([800, -800, 0]), [0, 1, 0])).toBe(Infinity);
  });

  it("ce.pairedGradient(a, y) = a·Σy − y equals softmax's backward of ce.gradient(a, y)", () => {
    const rng = random(6);
    for (let t = 0; t < 100; t++) {
      const n = 2 + (t % 4);
      const z = Array.from({ length: n }, () => rng.uniform(-5, 5));
      const a = softmaxOf(z);
      const oneHot = new Array<number>(n).fill(0);
      oneHot[rng.int(n)] = 1;
      const soft = Array.from({ length: n }, () => rng.next() / n);
      for (const y of [oneHot, soft]) {
        const paired = pairedGradientOf(ce, a, y);
        const da = f64(gradientOf(ce, a, y));
        const chained = new Float64Array(n);
        softmax.backward(f64(z), f64(a), da, chained, 0, n);
        const total = y.reduce((s, v) => s + v, 0);
        paired.forEach((g, k) => {
          expect(g).toBeCloseTo(a[k] * total - y[k], 15);
          expect(g).toBeCloseTo(chained[k], 12);
        });
      }
    }
  });

  it("mlp with a softmax output saturated at z = ±800: loss and gradients stay finite with \"ce\"", () => {
    const net = mlp([1, 2], { output: "softmax", init: { weights: [[[800], [-800]]] } });
    const grads = net.backward(net.forward([1]), [0, 1], "ce");
    expect(grads.loss).toBe(1600);
    expect(grads.layers[0].dz).toEqual([1, -1]);
    expect(grads.layers[0].dw).toEqual([[1], [-1]]);
  });

  it("ce pairs with softmax", () => {
    expect(ce.pairedActivation).toBe("softmax");
  });
});

describe("loss(name)", () => {
  it("loss(name) returns the built-in loss, and a Loss object as is", () => {
    expect(loss("mse")).toBe(mse);
    expect(loss("bce")).toBe(bce);
    expect(loss("ce")).toBe(ce);
    expect(Losses).toEqual({ mse, bce, ce });
    const custom: Loss = { ...mse, name: "half-mse" };
    expect(loss(custom)).toBe(custom);
  });

  it("every built-in loss has a name, a title and LaTeX for its value and gradient", () => {
    const expected: [Loss, string, string][] = [
      [mse, "mse", "mean squared error"],
      [bce, "bce", "binary cross-entropy"],
      [ce, "ce", "softmax cross-entropy"],
    ];
    for (const [l, name, title] of expected) {
      expect(l.name).toBe(name);
      expect(l.title).toBe(title);
      expect(l.latex).toMatch(/^L = /);
      expect(l.gradientLatex).toContain("\\partial L");
    }
    expect(bce.pairedGradientLatex).toContain("(a_k - y_k)");
    expect(ce.pairedGradientLatex).toContain("a_k - y_k");
  });
});
