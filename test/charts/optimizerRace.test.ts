import { describe, expect, it } from "vitest";
import { adam, optimizerPath, optimizerRace, sgd, Surfaces } from "../../src";
import { contourSegments } from "../../src/charts/contours";
import { expectRenders, rowsOf } from "./check";

describe("optimizerRace", () => {
  it("optimizerRace() races the five optimizers on the valley from one start", () => {
    const spec = optimizerRace();
    expectRenders(spec);
    const paths = rowsOf(spec).filter((r) => r.optimizer !== undefined);
    expect(new Set(paths.map((r) => String(r.optimizer).split(" ")[0]))).toEqual(new Set(["sgd", "momentum", "adagrad", "rmsprop", "adam"]));
    for (const r of paths.filter((p) => p.step === 0)) expect([r.w1, r.w2]).toEqual([-4.5, 1.5]);
  });

  it("optimizerPath(surface, sgd, start, 1) takes one step of w ← w − η·∇L", () => {
    const [p0, p1] = optimizerPath(Surfaces.valley, sgd({ learningRate: 0.1 }), [2, 1], 1);
    expect(p0).toEqual({ step: 0, w1: 2, w2: 1, loss: 0.1 * 4 + 2 });
    expect(p1.w1).toBeCloseTo(2 - 0.1 * 0.4, 12);
    expect(p1.w2).toBeCloseTo(1 - 0.1 * 4, 12);
  });

  it("optimizerPath(surface, sgd with too large η, …) stops the path where it diverges", () => {
    const path = optimizerPath(Surfaces.valley, sgd({ learningRate: 5 }), [1, 1], 100);
    expect(path.length).toBeLessThan(100);
  });

  it("optimizerRace({ surface: 'rosenbrock', optimizers: { … } }) takes labelled optimizer objects", () => {
    const spec = optimizerRace({ surface: "rosenbrock", optimizers: { "adam η=0.05": adam({ learningRate: 0.05 }) }, steps: 100, resolution: 30 });
    expectRenders(spec);
    expect(rowsOf(spec).filter((r) => r.optimizer === "adam η=0.05")).toHaveLength(101);
  });

  it("optimizerRace({ surface: 'nope' }) refuses, listing the surfaces", () => {
    expect(() => optimizerRace({ surface: "nope" as never })).toThrow(/valley, rosenbrock, himmelblau/);
  });

  it("contourSegments(xs, ys, values, [level]) finds where a plane crosses the level", () => {
    const segments = contourSegments([0, 1], [0, 1], [[0, 1], [0, 1]], [0.5]);
    expect(segments).toEqual([{ x: 0.5, y: 0, x2: 0.5, y2: 1, level: 0.5 }]);
  });
});
