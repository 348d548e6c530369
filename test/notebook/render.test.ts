import * as vega from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { activationPlot, chart, lossCurve, mlp, render, renderSvg, circle, train } from "../../src";

describe("render", () => {
  it("renderSvg(spec) draws what vega's own async view.toSVG() draws", async () => {
    const spec = lossCurve(train(mlp([2, 2, 1], { output: "sigmoid" }), circle({ n: 20 }), { epochs: 3 }));
    const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
    const expected = await view.toSVG();
    view.finalize();
    // Same marks and layout; only the text widths may differ (ours measure with DejaVu Sans).
    const strip = (svg: string) => svg.replace(/translate\([^)]*\)|d="[^"]*"|width="[^"]*"|height="[^"]*"|viewBox="[^"]*"/g, "");
    expect(strip(renderSvg(spec).svg).length).toBeGreaterThan(1000);
    expect(strip(renderSvg(spec).svg).match(/<path/g)?.length).toBe(strip(expected).match(/<path/g)?.length);
  });

  it("render(spec) reports a broken encoding as a warning", () => {
    const broken = chart({ data: { values: [{ x: 1 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" }, color: { type: "nominal" } } });
    expect(render(broken).warnings.join(" ")).toMatch(/color/);
  });

  it("render(spec, { scale: 3 }) gives a PNG three times the CSS size", () => {
    const r = render(activationPlot(["relu"], { samples: 3 }), { scale: 3 });
    expect(Buffer.from(r.png).readUInt32BE(16)).toBe(Math.round(r.width * 3));
  });
});
