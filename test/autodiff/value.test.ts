import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { Value, value } from "../../src/autodiff/value";

/** Step for central differences. */
const h = 1e-6;

interface Slope {
  /** (f(x + h) − f(x − h)) / 2h. */
  slope: number;
  /** How much rounding in f can move that slope: about ε·|f(x)| / h. */
  noise: number;
}

/** The central finite difference of f at x: the slope of f measured with plain numbers. */
function centralDifference(f: (x: number) => number, x: number): Slope {
  const up = f(x + h);
  const down = f(x - h);
  return {
    slope: (up - down) / (2 * h),
    noise: (Number.EPSILON * Math.max(Math.abs(up), Math.abs(down))) / h,
  };
}

/**
 * Expects a gradient from backward() to match a finite difference to a
 * relative error below 1e-6. The only slack is the finite difference's own
 * rounding noise, which matters only where f is too flat for plain numbers to
 * see its slope (σ at +50: f(50 ± h) both round to 1).
 */
function expectMatches(grad: number, numeric: Slope): void {
  const scale = Math.max(Math.abs(grad), Math.abs(numeric.slope));
  expect(Math.abs(grad - numeric.slope)).toBeLessThanOrEqual(1e-6 * scale + numeric.noise);
}

describe("hand-computed gradients", () => {
  it("value(a).mul(b).backward() sets a.grad = b and b.grad = a", () => {
    const a = value(2);
    const b = value(-3);
    const f = a.mul(b);
    f.backward();
    expect(f.data).toBe(-6);
    expect(f.grad).toBe(1);
    expect(a.grad).toBe(-3);
    expect(b.grad).toBe(2);
  });

  it("value(a).add(a).backward() sets a.grad = 2 (a node used twice gets both contributions)", () => {
    const a = value(3);
    const f = a.add(a);
    f.backward();
    expect(f.data).toBe(6);
    expect(a.grad).toBe(2);
  });

  it("value(a).mul(a).backward() sets a.grad = 2a", () => {
    const a = value(3);
    a.mul(a).backward();
    expect(a.grad).toBe(6);
  });

  it("a.mul(b).add(c).tanh().backward() with a = 2, b = −3, c = 10 gives the chain rule by hand", () => {
    const a = value(2, "a");
    const b = value(-3, "b");
    const c = value(10, "c");
    const e = a.mul(b); // e = a·b = −6
    const d = e.add(c); // d = e + c = 4
    const f = d.tanh(); // f = tanh(4)
    f.backward();

    const t = Math.tanh(4);
    const dfdd = 1 - t * t; // tanh' = 1 − tanh²
    expect(f.data).toBe(t);
    expect(d.grad).toBeCloseTo(dfdd, 15);
    expect(e.grad).toBeCloseTo(dfdd, 15); // ∂d/∂e = 1
    expect(c.grad).toBeCloseTo(dfdd, 15); // ∂d/∂c = 1
    expect(a.grad).toBeCloseTo(dfdd * -3, 15); // ∂e/∂a = b
    expect(b.grad).toBeCloseTo(dfdd * 2, 15); // ∂e/∂b = a
  });

  it("value(a).mul(3).add(1) accepts plain numbers as operands", () => {
    const a = value(2);
    const f = a.mul(3).add(1);
    f.backward();
    expect(f.data).toBe(7);
    expect(a.grad).toBe(3);
  });
});

describe("each op's gradient matches a central finite difference (h = 1e-6)", () => {
  const unary: { call: string; op: (x: Value) => Value; points: number[] }[] = [
    { call: "neg()", op: (x) => x.neg(), points: [-2, 0.5, 3] },
    { call: "exp()", op: (x) => x.exp(), points: [-3, 0, 2.5] },
    { call: "log()", op: (x) => x.log(), points: [0.1, 1, 7] },
    { call: "tanh()", op: (x) => x.tanh(), points: [-2, 0, 0.5, 3] },
    { call: "sigmoid()", op: (x) => x.sigmoid(), points: [-50, -3, 0, 0.7, 50] },
    { call: "relu()", op: (x) => x.relu(), points: [-2, 0.5, 3] },
    { call: "leakyRelu()", op: (x) => x.leakyRelu(), points: [-2, 0.5] },
    { call: "leakyRelu(0.2)", op: (x) => x.leakyRelu(0.2), points: [-2, 0.5] },
    { call: "abs()", op: (x) => x.abs(), points: [-2, 0.5] },
    { call: "square()", op: (x) => x.square(), points: [-2, 0, 1.5] },
    { call: "pow(3)", op: (x) => x.pow(3), points: [-2, 0.5, 3] },
    { call: "pow(-2)", op: (x) => x.pow(-2), points: [-1.5, 0.5, 2] },
    { call: "pow(0.5)", op: (x) => x.pow(0.5), points: [0.25, 4] },
    { call: "pow(0)", op: (x) => x.pow(0), points: [0, 2] },
  ];

  for (const { call, op, points } of unary) {
    for (const x of points) {
      it(`value(${x}).${call}.backward() sets x.grad = f'(${x})`, () => {
        const leaf = value(x);
        op(leaf).backward();
        expectMatches(leaf.grad, centralDifference((t) => op(value(t)).data, x));
      });
    }
  }

  const binary: { call: string; op: (a: Value, b: Value) => Value }[] = [
    { call: "add(b)", op: (a, b) => a.add(b) },
    { call: "sub(b)", op: (a, b) => a.sub(b) },
    { call: "mul(b)", op: (a, b) => a.mul(b) },
    { call: "div(b)", op: (a, b) => a.div(b) },
  ];
  const pairs = [
    [2, -3],
    [0.5, 4],
    [-1.5, -0.25],
  ];

  for (const { call, op } of binary) {
    for (const [a, b] of pairs) {
      it(`value(${a}).${call} with b = ${b}: backward() sets a.grad = ∂f/∂a and b.grad = ∂f/∂b`, () => {
        const va = value(a);
        const vb = value(b);
        op(va, vb).backward();
        expectMatches(va.grad, centralDifference((t) => op(value(t), value(b)).data, a));
        expectMatches(vb.grad, centralDifference((t) => op(value(a), value(t)).data, b));
      });
    }
  }
});

describe("numerical care", () => {
  it("value(50).sigmoid().backward() sets x.grad = e⁻⁵⁰ / (1 + e⁻⁵⁰)², not 0", () => {
    // σ(50) rounds to 1, so σ(1 − σ) would give 0; the true slope is tiny but not 0.
    const x = value(50);
    x.sigmoid().backward();
    const e = Math.exp(-50);
    const exact = e / (1 + e) ** 2;
    expect(Math.abs(x.grad - exact) / exact).toBeLessThan(1e-12);
  });

  it("value(±1000).sigmoid() gives 1 and 0 with grad 0, never NaN", () => {
    for (const [x, s] of [
      [1000, 1],
      [-1000, 0],
    ]) {
      const leaf = value(x);
      const f = leaf.sigmoid();
      f.backward();
      expect(f.data).toBe(s);
      expect(leaf.grad).toBe(0);
    }
  });

  it("value(0).log() throws, naming 0", () => {
    expect(() => value(0).log()).toThrow("Value.log(): log is defined only for positive numbers, got 0.");
  });

  it("value(-1).log() throws, naming -1", () => {
    expect(() => value(-1).log()).toThrow("Value.log(): log is defined only for positive numbers, got -1.");
  });

  it("value(-1, \"x\").log() names the label too", () => {
    expect(() => value(-1, "x").log()).toThrow(/got -1 \(label "x"\)/);
  });

  it("value(-8).pow(1 / 3) throws: a negative base to a non-integer power", () => {
    expect(() => value(-8).pow(1 / 3)).toThrow(/negative base.*-8/);
  });

  it("value(-2).pow(3) is −8 with grad 3·(−2)² = 12", () => {
    const x = value(-2);
    const f = x.pow(3);
    f.backward();
    expect(f.data).toBe(-8);
    expect(x.grad).toBe(12);
  });

  it("value(x).add(1) chained 100 000 times: backward() runs without a stack overflow", () => {
    const x = value(0);
    let y = x;
    for (let i = 0; i < 100_000; i++) y = y.add(1);
    expect(y.nodes()).toHaveLength(200_001); // x, and for each step a constant 1 and a "+"
    y.backward();
    expect(y.data).toBe(100_000);
    expect(x.grad).toBe(1);
    y.zeroGrad();
    expect(x.grad).toBe(0);
  });
});

describe("the graph", () => {
  it("value(a).mul(b) has op \"*\" and children [a, b]; a leaf has op \"\" and no children", () => {
    const a = value(2, "a");
    const b = value(3);
    const f = a.mul(b);
    expect(f.op).toBe("*");
    expect(f.children).toEqual([a, b]);
    expect(a.op).toBe("");
    expect(a.children).toEqual([]);
    expect(a.label).toBe("a");
    expect(b.label).toBeUndefined();
  });

  it("f.nodes() lists every node once, each after its children", () => {
    const a = value(2);
    const b = value(-3);
    const c = value(10);
    const e = a.mul(b);
    const f = e.add(c).add(e).tanh(); // e is used twice
    const order = f.nodes();
    expect(order).toHaveLength(7); // a, b, e, c, e+c, (e+c)+e, f
    expect(new Set(order).size).toBe(order.length);
    for (const node of order) {
      for (const child of node.children) expect(order.indexOf(child)).toBeLessThan(order.indexOf(node));
    }
    expect(order[order.length - 1]).toBe(f);
  });

  it("f.backward() twice adds ∂f/∂x twice; f.zeroGrad() clears every node", () => {
    const x = value(3);
    const y = x.mul(x);
    const f = y.add(1);
    f.backward();
    expect(x.grad).toBe(6);
    f.backward();
    expect(x.grad).toBe(12); // accumulated, exactly twice
    expect(y.grad).toBe(1); // intermediate grads are recomputed, not accumulated
    f.zeroGrad();
    expect(f.nodes().map((n) => n.grad)).toEqual([0, 0, 0, 0]);
    f.backward();
    expect(x.grad).toBe(6);
  });

  it("Value.sum([a, b, a]) is one \"+\" node; backward() sets a.grad = 2, b.grad = 1", () => {
    const a = value(1);
    const b = value(2);
    const s = Value.sum([a, b, a]);
    expect(s.data).toBe(4);
    expect(s.op).toBe("+");
    expect(s.children).toEqual([a, b, a]);
    s.backward();
    expect(a.grad).toBe(2);
    expect(b.grad).toBe(1);
  });

  it("Value.sum([]) is 0", () => {
    expect(Value.sum([]).data).toBe(0);
  });

  it("Value.dot(w, x).backward() sets w.grad = x and x.grad = w", () => {
    const w = [value(0.5), value(-1)];
    const x = [value(2), value(3)];
    const f = Value.dot(w, x);
    expect(f.data).toBe(-2);
    f.backward();
    expect(w.map((v) => v.grad)).toEqual([2, 3]);
    expect(x.map((v) => v.grad)).toEqual([0.5, -1]);
  });

  it("Value.dot(a, b) throws when a and b differ in length", () => {
    expect(() => Value.dot([value(1)], [value(1), value(2)])).toThrow(/same length, got 1 and 2/);
  });

  it("value(0).sigmoid() after backward() prints as Value(data=0.5, grad=1)", () => {
    const f = value(0).sigmoid();
    f.backward();
    expect(f.toString()).toBe("Value(data=0.5, grad=1)");
    expect(value(2, "w1").toString()).toBe("Value(data=2, grad=0, label=w1)");
  });

  it("util.inspect(v) shows the same as v.toString()", () => {
    const v = value(0.25, "b");
    expect(inspect(v)).toBe(v.toString());
    expect(inspect([v])).toContain("Value(data=0.25, grad=0, label=b)");
  });
});

describe("independent check: a 2-2-1 network (tanh hidden, sigmoid output, MSE loss)", () => {
  const samples = [
    { x: [0.5, -1.2], y: 1 },
    { x: [-0.3, 0.8], y: 0 },
  ];
  const names = ["w11", "w12", "w21", "w22", "b1", "b2", "v1", "v2", "c"];
  const weights = [
    0.4, -0.7, // hidden neuron 1: w11, w12
    0.9, 0.2, // hidden neuron 2: w21, w22
    0.1, -0.3, // hidden biases: b1, b2
    1.3, -0.6, // output weights: v1, v2
    0.05, // output bias: c
  ];

  /** The loss written with plain numbers and Math, as in the textbook. */
  function lossWithNumbers(p: number[]): number {
    const [w11, w12, w21, w22, b1, b2, v1, v2, c] = p;
    let total = 0;
    for (const { x, y } of samples) {
      const h1 = Math.tanh(w11 * x[0] + w12 * x[1] + b1);
      const h2 = Math.tanh(w21 * x[0] + w22 * x[1] + b2);
      const out = 1 / (1 + Math.exp(-(v1 * h1 + v2 * h2 + c)));
      total += (out - y) ** 2;
    }
    return total / samples.length;
  }

  /** The same loss built from Values. */
  function lossWithValues(p: Value[]): Value {
    const [w11, w12, w21, w22, b1, b2, v1, v2, c] = p;
    const errors = samples.map(({ x, y }) => {
      const h1 = w11.mul(x[0]).add(w12.mul(x[1])).add(b1).tanh();
      const h2 = w21.mul(x[0]).add(w22.mul(x[1])).add(b2).tanh();
      const out = v1.mul(h1).add(v2.mul(h2)).add(c).sigmoid();
      return out.sub(y).square();
    });
    return Value.sum(errors).div(samples.length);
  }

  it("lossWithValues(weights).data equals the plain-Math loss", () => {
    expect(lossWithValues(weights.map((w) => value(w))).data).toBeCloseTo(lossWithNumbers(weights), 14);
  });

  names.forEach((name, k) => {
    it(`loss.backward() sets ${name}.grad = (L(${name} + h) − L(${name} − h)) / 2h`, () => {
      const params = weights.map((w, i) => value(w, names[i]));
      lossWithValues(params).backward();
      const moved = (t: number): number => lossWithNumbers(weights.map((w, i) => (i === k ? t : w)));
      expectMatches(params[k].grad, centralDifference(moved, weights[k]));
    });
  });
});
