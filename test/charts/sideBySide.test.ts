import { describe, expect, it } from "vitest";
import { activationPlot, chart, circle, decisionBoundary, mlp, networkDiagram, sideBySide, VEGA_LITE_SCHEMA, withTooltip } from "../../src";
import { renderSvg } from "../../src/notebook/render";
import { expectRenders } from "./check";

const a = chart({ data: { values: [{ x: 1, y: 2 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative" } } });

describe("sideBySide", () => {
  it("sideBySide(a, b) puts charts in one row, with one $schema and config at the top", () => {
    const spec = sideBySide(a, activationPlot(["tanh"], { samples: 11 }));
    expectRenders(spec);
    const parts = (spec as unknown as { hconcat: Record<string, unknown>[] }).hconcat;
    expect(parts).toHaveLength(2);
    for (const p of parts) { expect(p.$schema).toBeUndefined(); expect(p.config).toBeUndefined(); }
  });

  it("sideBySide(diagram, diagram) keeps each diagram's own edge widths (no shared-scale warning)", () => {
    const small = mlp([2, 2, 1], { init: { weights: [[[0.1, -0.1], [0.05, 0.1]], [[0.1, 0.2]]], biases: [[0, 0], [0]] } });
    const big = mlp([2, 2, 1], { init: { weights: [[[5, -4], [3, 2]], [[4, -6]]], biases: [[0, 0], [0]] } });
    expectRenders(sideBySide(networkDiagram(small), networkDiagram(big))); // expectRenders fails on any Vega-Lite warning
  });

  it("sideBySide(a, b, c) wraps onto rows rather than grow wider than a notebook's output column", () => {
    const map = (title: string) => decisionBoundary(mlp([2, 3, 1], { output: "sigmoid" }), circle({ n: 20 }), { width: 210, height: 210, resolution: 10, title });
    for (const n of [2, 3, 4]) {
      const spec = sideBySide(Array.from({ length: n }, (_, k) => map(`map ${k}`)));
      const { width } = renderSvg(spec);
      expect(width, `${n} maps`).toBeLessThanOrEqual(840);
    }
    expect((sideBySide(a, a) as { hconcat?: unknown[] }).hconcat).toHaveLength(2);
  });

  it("sideBySide([a, b], { title }) takes a title", () => {
    expect((sideBySide([a, a], { title: "Two" }) as { title: string }).title).toBe("Two");
  });
});

describe("withTooltip", () => {
  it("withTooltip(spec) shows every field of the datum", () => {
    const spec = withTooltip(a);
    expectRenders(spec);
    expect((spec as { mark: unknown }).mark).toEqual({ type: "point", tooltip: { content: "data" } });
    expect(spec.$schema).toBe(VEGA_LITE_SCHEMA);
  });

  it("withTooltip(spec, fields) shows the given fields, in every layer", () => {
    const layered = chart({ data: { values: [{ x: 1, y: 2 }] }, layer: [(a as { mark: unknown }), (a as { mark: unknown })].map((_, k) => ({ mark: k ? "line" : "point", encoding: (a as { encoding: unknown }).encoding })) });
    const spec = withTooltip(layered, ["x"]);
    expectRenders(spec);
    expect(JSON.stringify(spec).match(/"tooltip":\[\{"field":"x"\}\]/g)).toHaveLength(2);
  });

  it("withTooltip(spec) leaves the input spec unchanged", () => {
    const before = JSON.stringify(a);
    withTooltip(a);
    expect(JSON.stringify(a)).toBe(before);
  });
});
