import { mkdirSync } from "fs";
import path from "path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  boundaryFrame, circle, decisionBoundary, epochScrubber, fit1d, curve1d, lossCurve, mlp, networkDiagram, neuronSliders, split, train,
  type BoundaryFrame, type ChartSpec,
} from "../../src";
import { ARTIFACTS, hasChromium, launch } from "./chromium";

const ROOT = path.resolve(__dirname, "..", "..");
/** The same lines JupyterLab 4 renders with, loaded from node_modules files (no CDN). */
const scripts = ["vega/build/vega.min.js", "vega-lite/build/vega-lite.min.js", "vega-embed/build/vega-embed.min.js"].map((f) => path.join(ROOT, "node_modules", f));

function specs(): Record<string, ChartSpec> {
  const sets = split(circle({ n: 60, seed: 1 }), 0.75);
  const net = mlp([2, 4, 1], { output: "sigmoid", seed: 2 });
  const extent = [[-6, 6], [-6, 6]] as const;
  const frames: BoundaryFrame[] = [boundaryFrame(net, 0, { extent, resolution: 10 })];
  const history = train(net, sets.train, {
    epochs: 10, optimizer: "adam", learningRate: 0.05, validation: sets.test,
    onEpoch: (r, n) => { if (r.epoch % 5 === 0) frames.push(boundaryFrame(n, r.epoch, { extent, resolution: 10 })); },
  });
  const trace = net.forward([1, -1]);
  return {
    loss: lossCurve(history),
    boundary: decisionBoundary(net, sets, { resolution: 20 }),
    network: networkDiagram(net, { trace, grads: net.backward(trace, [1]) }),
    scrubber: epochScrubber(history, frames, { data: sets.train }),
    sliders: neuronSliders({ weights: [1, -1] }),
    fit: fit1d(mlp([1, 3, 1], { seed: 1 }), curve1d({ n: 10 })),
  };
}

describe.skipIf(!hasChromium())("charts in headless Chromium with vega-embed 6", () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launch(); }, 30_000);
  afterAll(async () => { await browser?.close(); });

  it("vegaEmbed(el, spec) draws every kind of chart without a console error, and a slider moves without one", async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const errors: string[] = [];
    page.on("console", (m) => { if (m.type() === "error" || m.type() === "warning") errors.push(`${m.type()}: ${m.text()}`); });
    page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
    page.on("request", (r) => { if (!r.url().startsWith("data:") && !r.url().startsWith("about:")) errors.push(`network request: ${r.url()}`); });
    await page.setContent("<!doctype html><html><body style='font-family: sans-serif'></body></html>");
    for (const file of scripts) await page.addScriptTag({ path: file });
    const all = specs();
    const result = await page.evaluate(async (list: [string, unknown][]) => {
      const w = globalThis as unknown as { vegaEmbed: (el: unknown, spec: unknown, opts: unknown) => Promise<{ view: { finalize(): void } }>; document: { createElement(t: string): { id: string; querySelector(s: string): unknown }; body: { appendChild(e: unknown): void } }; vegaEmbed_version?: string };
      const out: Record<string, boolean> = {};
      for (const [name, spec] of list) {
        const div = w.document.createElement("div");
        div.id = name;
        w.document.body.appendChild(div);
        await w.vegaEmbed(div, spec, { actions: false });
        out[name] = div.querySelector("canvas") !== null;
      }
      return { drawn: out, version: (w.vegaEmbed as unknown as { version: string }).version };
    }, Object.entries(all));
    expect(result.version).toMatch(/^6\./);
    expect(result.drawn).toEqual(Object.fromEntries(Object.keys(all).map((k) => [k, true])));
    // Move the epoch slider of the scrubber: the map must redraw without an error.
    const slider = page.locator("#scrubber input[type=range]");
    await slider.fill("3");
    await page.waitForTimeout(200);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "charts-vega-embed.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
