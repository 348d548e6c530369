import { describe, expect, it } from "vitest";
import { activationPlot, chart, sideBySide, VEGA_LITE_SCHEMA, withTooltip } from "../../src";
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
