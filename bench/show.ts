/**
 * show()'s cost: the bundle of a chart (Vega-Lite spec, PNG at 2×, SVG), for
 * charts like the lessons' — a small diagram, a decision map, neuron maps, a
 * fit, and the heaviest kind, loss curves of three 1000-epoch runs with
 * validation (lesson 9). Prints the first chart's time (it loads Vega,
 * Vega-Lite and resvg) and each chart's median over fresh renders, with its
 * time to SVG and to PNG. NNLAB_BENCH_FAST=1: 3 renders each instead of 7.
 */
import * as os from "os";
import { circle, curve1d, spiral } from "../src/data";
import { mlp, train } from "../src";
import { decisionBoundary, fit1d, lossCurve, networkDiagram, neuronMaps, type ChartSpec } from "../src/charts";
import { chartBundle } from "../src/notebook/bundle";
import { renderSvg, toPng } from "../src/notebook/render";

const FAST = process.env.NNLAB_BENCH_FAST === "1";
const RENDERS = FAST ? 3 : 7;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function ms(run: () => unknown): number {
  const t0 = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function charts(): Record<string, ChartSpec> {
  const ring = circle({ n: 200, seed: 1 });
  const small = mlp([2, 3, 2, 1], { seed: 1 });
  const deep = mlp([2, 8, 8, 1], { hidden: "tanh", seed: 1 });
  train(deep, spiral({ n: 200, seed: 1 }), { epochs: 50, batchSize: 20, seed: 1 });
  const data = curve1d({ n: 20, seed: 1 });
  const validation = curve1d({ n: 60, seed: 2 });
  const runs: Record<string, ReturnType<typeof train>> = {};
  const nets = [0, 0.001, 0.01].map((l2) => {
    const net = mlp([1, 16, 1], { hidden: "tanh", seed: 1 });
    runs[`L2 ${l2}`] = train(net, data, { epochs: 1000, batchSize: 20, optimizer: "adam", learningRate: 0.005, validation, seed: 1, l2 });
    return net;
  });
  return {
    "networkDiagram [2, 3, 2, 1]": networkDiagram(small, { width: 420, height: 240 }),
    "decisionBoundary, resolution 40": decisionBoundary(deep, ring, { resolution: 40 }),
    "neuronMaps, 8 neurons": neuronMaps(deep, ring, { layer: 0, columns: 8, size: 90 }),
    "fit1d, 3 models": fit1d({ a: nets[0], b: nets[1], c: nets[2] }, data),
    "lossCurve, 3 runs × 1000 epochs + validation": lossCurve(runs, { scale: "log", width: 560 }),
  };
}

function main(): void {
  const specs = charts();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  console.log(`show() bundles (Vega-Lite + PNG at 2× + SVG), median of ${RENDERS} — ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, load ${load}`);
  const [firstName, firstSpec] = Object.entries(specs)[0];
  console.log(`  first chart in the process (loads Vega, Vega-Lite, resvg): ${ms(() => chartBundle(firstSpec)).toFixed(0)} ms (${firstName})`);
  for (const [name, spec] of Object.entries(specs)) {
    chartBundle(spec);
    const bundle: number[] = [], svg: number[] = [], png: number[] = [];
    let sizes = "";
    for (let r = 0; r < RENDERS; r++) {
      bundle.push(ms(() => chartBundle(spec)));
      let drawn = { svg: "" };
      svg.push(ms(() => (drawn = renderSvg(spec as never))));
      let bytes = new Uint8Array();
      png.push(ms(() => (bytes = toPng(drawn.svg, 2))));
      sizes = `SVG ${Math.round(drawn.svg.length / 1024)} KiB, PNG ${Math.round(bytes.length / 1024)} KiB`;
    }
    console.log(`  ${name.padEnd(46)} ${median(bundle).toFixed(0).padStart(5)} ms  (to SVG ${median(svg).toFixed(0)} ms, SVG to PNG ${median(png).toFixed(0)} ms; ${sizes})`);
  }
}

main();
