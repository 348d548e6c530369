import { readFileSync } from "fs";
import * as vega from "vega";
import { compile } from "vega-lite";
import { describe, expect, it } from "vitest";
import { activationPlot, chart, lossCurve, mlp, render, renderSvg, circle, train } from "../../src";
import { anchorClips, leafOpacity, toPng, viewSize } from "../../src/notebook/render";

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

  it("renderSvg(spec) is exactly vega's own view.toSVG(), size and origin included (guards the private View fields it reads)", async () => {
    const specs = [
      lossCurve(train(mlp([2, 2, 1], { output: "sigmoid" }), circle({ n: 20 }), { epochs: 3 })),
      activationPlot(["tanh", "relu"], { samples: 11 }),
      chart({ title: "t", data: { values: [{ x: 1, c: "a" }, { x: 2, c: "b" }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" }, color: { field: "c", type: "nominal" } } }),
    ];
    for (const spec of specs) {
      const ours = renderSvg(spec); // first: it installs the DejaVu text metrics both renderings then use
      const view = new vega.View(vega.parse(compile(spec).spec), { renderer: "none" });
      const theirs = await view.toSVG();
      expect(viewSize(view)).toEqual({ width: ours.width, height: ours.height });
      view.finalize();
      expect(ours.svg).toBe(theirs.replace(/^<\?xml[^>]*\?>\s*/, ""));
    }
  });

  it("vega is the exact version package.json pins, and its View still has _viewWidth and _viewHeight", () => {
    const { peerDependencies, devDependencies } = JSON.parse(readFileSync("package.json", "utf8"));
    const pinned = peerDependencies.vega;
    expect(devDependencies.vega).toBe(pinned);
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(vega.version).toBe(pinned);
    const view = new vega.View(vega.parse(compile(activationPlot(["relu"], { samples: 3 })).spec), { renderer: "none" }).run();
    const fields = view as unknown as Record<string, unknown>;
    expect([typeof fields._viewWidth, typeof fields._viewHeight]).toEqual(["number", "number"]);
    view.finalize();
  });

  it("render(spec) reports a broken encoding as a warning", () => {
    const broken = chart({ data: { values: [{ x: 1 }] }, mark: "point", encoding: { x: { field: "x", type: "quantitative" }, color: { type: "nominal" } } });
    expect(render(broken).warnings.join(" ")).toMatch(/color/);
  });

  it("render(spec, { scale: 3 }) gives a PNG three times the CSS size", () => {
    const r = render(activationPlot(["relu"], { samples: 3 }), { scale: 3 });
    expect(Buffer.from(r.png).readUInt32BE(16)).toBe(Math.round(r.width * 3));
  });

  it("toPng(svg) draws a clipped group whose marks all lie outside its clip (resvg 2.6 would abort the process)", () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><g clip-path="url(#c)"><path transform="translate(50,-1000)" d="M2,0A2,2,0,1,1,-2,0A2,2,0,1,1,2,0"/></g><defs><clipPath id="c"><rect x="0" y="0" width="200" height="100"/></clipPath></defs></svg>';
    expect(anchorClips(svg)).toContain('clip-path="url(#c)"><rect x="0" y="0" width="1" height="1" fill="white" fill-opacity="0" stroke="none"/>');
    const png = toPng(svg, 1);
    expect(Array.from(png.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]); // "PNG"
  });

  it("render(chart with clip: true and every point above the axis) gives a PNG", () => {
    const spec = chart({
      width: 100, height: 60,
      data: { values: [{ x: 1, y: 1000 }, { x: 2, y: 2000 }] },
      mark: { type: "line", point: true, clip: true },
      encoding: { x: { field: "x", type: "quantitative" }, y: { field: "y", type: "quantitative", scale: { domain: [0, 1] } } },
    });
    expect(render(spec).png.length).toBeGreaterThan(100);
  });

  it("leafOpacity(svg) turns a shape's opacity into fill and stroke opacity (resvg 2.6 aborts on a translucent shape outside its clip)", () => {
    expect(leafOpacity('<path d="M0,0" fill="red" opacity="0.7"/>')).toBe('<path d="M0,0" fill="red" fill-opacity="0.7" stroke-opacity="0.7"/>');
    expect(leafOpacity('<path d="M0,0" fill-opacity="0.5" opacity="0.5"/>')).toBe('<path d="M0,0" fill-opacity="0.25" stroke-opacity="0.5"/>');
    expect(leafOpacity('<path d="M0,0" opacity="1"/>')).toBe('<path d="M0,0" opacity="1"/>');
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><g fill="none"><g clip-path="url(#c)"><path transform="translate(50,50)" d="M2,0A2,2,0,1,1,-2,0A2,2,0,1,1,2,0" fill="red" opacity="0.7"/><path transform="translate(50,-1000)" d="M2,0A2,2,0,1,1,-2,0A2,2,0,1,1,2,0" fill="red" opacity="0.7"/></g></g><defs><clipPath id="c"><rect x="0" y="0" width="200" height="100"/></clipPath></defs></svg>';
    expect(toPng(svg, 1).length).toBeGreaterThan(50);
  });

  it("render(lossCurve with a run far above the axis, translucent points) gives a PNG", () => {
    const run = (values: number[]) => ({ epochs: values.map((trainLoss, epoch) => ({ epoch, trainLoss })) as never, bestEpoch: 0 });
    const spec = lossCurve({ good: run([0.4, 0.3, 0.2]), diverged: run([0.4, 3, 12, 1, 110, 1600, 3500, 150000]) }, { scale: "log", best: false });
    expect(render(spec).png.length).toBeGreaterThan(1000);
  });
});
