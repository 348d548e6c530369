import { describe, expect, it } from "vitest";
import { activation, gradCheck, mlp, random, Value, value, type Activation, type LossName, type Network } from "../../src";

/**
 * Backpropagation against two independent references:
 * - finite differences of `net.loss` (the library's `gradCheck`, and our own
 *   loop below that nudges `net.layers[l].weights[k]` and `.bias[j]`), for every
 *   hidden activation × every valid (output activation, loss) pair, on several
 *   shapes, for one sample and for a batch;
 * - a network rebuilt from `Value` (scalar reverse-mode autodiff) with the same
 *   weights.
 */

const SOFTSIGN = "x / (1 + abs(x))";
const HIDDEN = ["sigmoid", "tanh", "relu", "leakyRelu", "linear", SOFTSIGN] as const;

/** Every (output activation, loss) pair the library accepts. */
const HEADS: readonly { output: string; loss: LossName }[] = [
  { output: "sigmoid", loss: "mse" },
  { output: "sigmoid", loss: "bce" }, // fused: dL/dz = (a − y)/n
  { output: "linear", loss: "mse" },
  { output: "tanh", loss: "mse" },
  { output: "relu", loss: "mse" },
  { output: "leakyRelu", loss: "mse" },
  { output: SOFTSIGN, loss: "mse" },
  { output: "softmax", loss: "ce" }, // fused: dL/dz = a − y
  { output: "softmax", loss: "mse" }, // softmax Jacobian-vector product
];

const SHAPES = [[1, 1], [2, 3, 1], [3, 5, 4, 2], [4, 6, 6, 6, 3]] as const;

/** Activations with a kink at z = 0, where finite differences must not straddle it. */
const kinked = (name: string) => name === "relu" || name === "leakyRelu" || name === SOFTSIGN;

/** Each activation built once (a formula is parsed and differentiated by mathjs only here). */
const cache = new Map<string, Activation>();
function built(name: string): Activation {
  if (!cache.has(name)) cache.set(name, activation(name));
  return cache.get(name)!;
}

/** Seeded data: inputs in [−1.5, 1.5]; targets valid for the loss. */
function data(seed: number, count: number, sizes: readonly number[], loss: LossName) {
  const rng = random(seed);
  const inputs = sizes[0], outputs = sizes[sizes.length - 1];
  const xs = Array.from({ length: count }, () => Array.from({ length: inputs }, () => rng.uniform(-1.5, 1.5)));
  const ys = Array.from({ length: count }, () => {
    if (loss === "ce") {
      const y = new Array<number>(outputs).fill(0);
      y[rng.int(outputs)] = 1;
      return y;
    }
    if (loss === "bce") return Array.from({ length: outputs }, (_, k) => (k % 2 === 0 ? rng.next() : rng.int(2)));
    return Array.from({ length: outputs }, () => rng.uniform(-1, 1));
  });
  return { xs, ys };
}

/** The smallest |z| over every neuron and sample of a forward pass. */
function smallestZ(net: Network, xs: number[][]): number {
  const trace = net.forward(xs);
  let min = Infinity;
  for (const t of trace.samples) for (const layer of t.layers) for (const z of layer.z) min = Math.min(min, Math.abs(z));
  return min;
}

/**
 * ∂L/∂θ by our own central differences, for every weight and bias (same order
 * as gradCheck's entries: per neuron, its weights then its bias):
 * (L(θ + h) − L(θ − h)) / 2h with h = 1e-5, ten times gradCheck's step, so the
 * two estimates err differently (truncation ~h²·L‴/6 ≈ 1e-11, rounding ~ε·L/h ≈ 2e-11).
 */
function numericGradients(net: Network, xs: number[][], ys: number[][], loss: LossName): number[] {
  const h = 1e-5;
  const slope = (values: Float64Array, k: number) => {
    const saved = values[k];
    values[k] = saved + h;
    const up = net.loss(xs, ys, loss);
    values[k] = saved - h;
    const down = net.loss(xs, ys, loss);
    values[k] = saved;
    return (up - down) / (2 * h);
  };
  const result: number[] = [];
  net.layers.forEach((layer) => {
    for (let j = 0; j < layer.size; j++) {
      for (let i = 0; i < layer.inputs; i++) result.push(slope(layer.weights, j * layer.inputs + i));
      result.push(slope(layer.bias, j));
    }
  });
  return result;
}

/** The analytic gradients from backward, in the same order. */
function analyticGradients(net: Network, xs: number[][], ys: number[][], loss: LossName, single: boolean): number[] {
  const grads = single ? net.backward(net.forward(xs[0]), ys[0], loss) : net.backward(net.forward(xs), ys, loss);
  const result: number[] = [];
  net.layers.forEach((layer, l) => {
    for (let j = 0; j < layer.size; j++) {
      result.push(...grads.layers[l].dw[j]);
      result.push(grads.layers[l].db[j]);
    }
  });
  return result;
}

/**
 * The rounding noise of a central difference with step h: each loss value
 * carries a rounding error of a few ε·|L|, which the division by 2h magnifies
 * (for gradCheck's h = 1e-6 the measured |analytic − numeric| stayed below
 * 3.4·ε·max(|L|, 1)/h over this suite; 8 leaves a margin). It matters only for
 * gradients below ~1e-3 (e.g. through a leaky ReLU's 0.01 slope, or deep
 * sigmoids), where a central difference cannot resolve a relative error of
 * 1e-6; above that, the relative bound 1e-6 decides (the largest error seen
 * there is about 1/7 of the allowance).
 */
function noise(L: number, h: number): number {
  return (8 * Number.EPSILON * Math.max(Math.abs(L), 1)) / h;
}

/**
 * A seeded network and data set. For activations with a kink, the first seed
 * (from 1) whose every |z| exceeds 1e-3 on both the single sample and the
 * batch, so no finite difference crosses a kink (a nudge of h ≤ 1e-5 moves z by
 * far less than that).
 */
function setup(hidden: string, output: string, loss: LossName, sizes: readonly number[]) {
  const needsMargin = (sizes.length > 2 && kinked(hidden)) || kinked(output);
  for (let seed = 1; seed <= 200; seed++) {
    const net = mlp(sizes, { hidden: built(hidden), output: built(output), seed });
    const { xs, ys } = data(1000 + seed, 5, sizes, loss); // 5 rows: the engine's 4-row blocks and a remainder
    const margin = Math.min(smallestZ(net, xs), smallestZ(net, [xs[0]]));
    if (!needsMargin || margin > 1e-3) return { net, xs, ys, margin, needsMargin };
  }
  throw new Error(`no seed keeps every |z| > 1e-3 for ${hidden}/${output} ${sizes.join("-")}`);
}

const cases = [
  ...HIDDEN.flatMap((hidden) => HEADS.flatMap(({ output, loss }) => SHAPES.map((sizes) => ({ hidden, output, loss, sizes })))),
  // A sigmoid written as a formula: "bce" is then not fused, so dL/da and f'(z) are used separately.
  // (mathjs evaluates formulas slowly, so one shape per hidden activation.)
  ...HIDDEN.map((hidden) => ({ hidden, output: "1 / (1 + exp(-x))", loss: "bce" as const, sizes: [3, 5, 4, 2] as const })),
];

describe("backward(trace, target, loss) agrees with finite differences", () => {
  it.each(cases)("gradCheck(mlp($sizes, { hidden: $hidden, output: $output }), x, y, $loss) for one sample and a batch", ({
    hidden, output, loss, sizes,
  }) => {
    const { net, xs, ys, margin, needsMargin } = setup(hidden, output, loss, sizes);
    if (needsMargin) expect(margin).toBeGreaterThan(1e-3);
    const before = net.toJSON();

    for (const single of [true, false]) {
      const x = single ? xs[0] : xs, y = single ? ys[0] : ys;
      const rows = single ? [xs[0]] : xs, targets = single ? [ys[0]] : ys;

      // The library's own checker (central differences with h = 1e-6).
      const check = gradCheck(net, x, y, loss);
      const L = net.loss(rows, targets, loss);
      expect(check.entries.length).toBe(net.parameterCount);
      for (const e of check.entries) {
        const allowed = 1e-6 * Math.max(Math.abs(e.analytic), Math.abs(e.numeric)) + noise(L, 1e-6);
        expect(Math.abs(e.analytic - e.numeric), `gradCheck entry ${JSON.stringify(e)}`).toBeLessThanOrEqual(allowed);
        if (Math.abs(e.analytic) >= 1e-3) expect(e.relativeError, `gradCheck entry ${JSON.stringify(e)}`).toBeLessThan(1e-6);
      }

      // Our own loop over net.layers[l].weights[k] and .bias[j].
      const analytic = analyticGradients(net, rows, targets, loss, single);
      const numeric = numericGradients(net, rows, targets, loss);
      expect(analytic.length).toBe(net.parameterCount);
      analytic.forEach((g, k) => {
        const allowed = 1e-6 * Math.max(Math.abs(g), Math.abs(numeric[k])) + noise(L, 1e-5);
        expect(Math.abs(g - numeric[k]), `parameter ${k}: analytic ${g}, numeric ${numeric[k]}`).toBeLessThanOrEqual(allowed);
        if (Math.abs(g) >= 1e-3) expect(Math.abs(g - numeric[k]) / Math.abs(g), `parameter ${k}`).toBeLessThan(1e-6);
        expect(check.entries[k].analytic).toBe(g);
      });
    }
    // Nudging restored every parameter exactly.
    expect(net.toJSON()).toEqual(before);
  });
});

describe("backward(trace, target, loss) agrees with a Value network", () => {
  type Hidden = "tanh" | "sigmoid" | "relu";
  const apply = (v: Value, f: string): Value =>
    f === "tanh" ? v.tanh() : f === "sigmoid" ? v.sigmoid() : f === "relu" ? v.relu() : v;

  /** The same network, weight for weight, as a graph of Values; returns the mean loss and the parameter leaves. */
  function valueNetwork(net: Network, xs: number[][], ys: number[][], loss: "mse" | "bce") {
    const params = net.layers.map((layer) => ({
      w: Array.from(layer.weights, (w) => value(w)),
      b: Array.from(layer.bias, (b) => value(b)),
    }));
    const losses = xs.map((x, s) => {
      let input = x.map((v) => value(v));
      net.layers.forEach((layer, l) => {
        input = Array.from({ length: layer.size }, (_, j) => {
          const w = params[l].w.slice(j * layer.inputs, (j + 1) * layer.inputs);
          return apply(Value.dot(w, input).add(params[l].b[j]), layer.activation.name);
        });
      });
      const y = ys[s];
      const terms = input.map((a, k) => {
        if (loss === "mse") return a.sub(y[k]).square();
        // −[y log a + (1 − y) log(1 − a)], leaving out a term whose weight is 0.
        const parts: Value[] = [];
        if (y[k] !== 0) parts.push(a.log().mul(y[k]));
        if (y[k] !== 1) parts.push(value(1).sub(a).log().mul(1 - y[k]));
        return Value.sum(parts).neg();
      });
      return Value.sum(terms).div(terms.length);
    });
    const mean = Value.sum(losses).div(losses.length);
    mean.backward();
    return { mean, params };
  }

  const combos: { hidden: Hidden; output: string; loss: "mse" | "bce" }[] = (["tanh", "sigmoid", "relu"] as const).flatMap(
    (hidden) => [
      { hidden, output: "linear", loss: "mse" as const },
      { hidden, output: "sigmoid", loss: "mse" as const },
      { hidden, output: "tanh", loss: "mse" as const },
      { hidden, output: "sigmoid", loss: "bce" as const },
    ],
  );

  it.each(combos)("backward(net.forward(rows), targets, $loss) equals Value.backward() for hidden $hidden, output $output, to 1e-12", ({
    hidden, output, loss,
  }) => {
    for (const sizes of [[2, 3, 1], [3, 5, 4, 2], [4, 6, 6, 6, 3]]) {
      const net = mlp(sizes, { hidden, output, seed: 11 });
      const { xs, ys } = data(77, 5, sizes, loss);
      for (const rows of [[xs[0]], xs]) {
        const targets = ys.slice(0, rows.length);
        const grads = net.backward(net.forward(rows), targets, loss);
        const { mean, params } = valueNetwork(net, rows, targets, loss);
        expect(relativeError12(grads.loss, mean.data)).toBeLessThan(1e-12);
        net.layers.forEach((layer, l) => {
          for (let j = 0; j < layer.size; j++) {
            for (let i = 0; i < layer.inputs; i++) {
              const ours = grads.layers[l].dw[j][i], theirs = params[l].w[j * layer.inputs + i].grad;
              expect(relativeError12(ours, theirs), `dw[${l}][${j}][${i}]: ${ours} vs ${theirs}`).toBeLessThan(1e-12);
            }
            const ours = grads.layers[l].db[j], theirs = params[l].b[j].grad;
            expect(relativeError12(ours, theirs), `db[${l}][${j}]: ${ours} vs ${theirs}`).toBeLessThan(1e-12);
          }
        });
      }
    }
  });

  /** Relative error; two exact zeros (a dead ReLU) agree. */
  function relativeError12(a: number, b: number): number {
    const scale = Math.max(Math.abs(a), Math.abs(b));
    return scale === 0 ? 0 : Math.abs(a - b) / scale;
  }
});
