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

  it("optimizerRace({ width, height }) draws one unit as long on both axes, so the valley looks as elongated as it is", () => {
    for (const [width, height] of [[460, 300], [300, 460], [500, 250]]) {
      const spec = optimizerRace({ width, height, steps: 5 }) as any;
      const [x, y] = [spec.layer[0].encoding.x.scale.domain, spec.layer[0].encoding.y.scale.domain];
      expect((x[1] - x[0]) / width).toBeCloseTo((y[1] - y[0]) / height, 3);
      // the surface's own extent stays in view
      expect(x[0]).toBeLessThanOrEqual(Surfaces.valley.extent[0][0] + 1e-9);
      expect(y[1]).toBeGreaterThanOrEqual(Surfaces.valley.extent[1][1] - 1e-9);
    }
  });

  it("optimizerRace() keeps every path visible: each one drawn before another is wider than it", () => {
    const spec = optimizerRace({ steps: 5 }) as any;
    const widths = spec.layer.filter((l: any) => l.mark.type === "line").map((l: any) => l.mark.strokeWidth);
    expect(widths).toHaveLength(5);
    for (let k = 1; k < widths.length; k++) expect(widths[k - 1] - widths[k]).toBeGreaterThanOrEqual(1);
    expect(widths[widths.length - 1]).toBeGreaterThanOrEqual(2);
  });

  it("optimizerRace() labels the contour levels with their loss, no two labels touching", () => {
    const spec = optimizerRace({ steps: 5, height: 300 }) as any;
    const rows = rowsOf(spec);
    const levels = new Set(rows.filter((r) => r.x2 !== undefined).map((r) => r.level));
    const labels = rows.filter((r) => r.label !== undefined && r.level !== undefined);
    const labelled = new Set(labels.map((r) => r.level));
    expect(levels.size).toBeGreaterThan(5);
    expect(labelled.size).toBeGreaterThanOrEqual(levels.size / 2);
    for (const l of labelled) expect(levels.has(l)).toBe(true);
    const [y0, y1] = spec.layer[0].encoding.y.scale.domain;
    const ys = [...new Set(labels.map((r) => r.y as number))].sort((a, b) => b - a);
    for (let k = 1; k < ys.length; k++) expect(((ys[k - 1] - ys[k]) / (y1 - y0)) * 300).toBeGreaterThanOrEqual(11);
  });

  it("optimizerRace() has one optimizer legend (the contours use no colour scale)", () => {
    const spec = optimizerRace({ steps: 5 }) as any;
    expect(spec.resolve).toBeUndefined();
    const nominal = spec.layer.filter((l: any) => l.encoding?.color?.field === "optimizer");
    expect(nominal.length).toBe(5);
    expect(spec.layer.filter((l: any) => l.encoding?.color?.field === "level")).toEqual([]);
  });
});
