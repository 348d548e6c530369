import { Grads, Trace } from "../core";
import { History } from "../training";
import { num } from "../core/format";
import { lossCurve } from "../charts/lossCurve";
import { instanceOf, MIME, registerDisplay, type MimeData } from "../jupyter/display";
import { chartBundle } from "./bundle";
import { explain } from "./explain";
import { isChartSpec } from "./showable";

/**
 * How values of other layers show as a cell's last expression, registered in
 * the display registry (src/jupyter/display.ts) when src/notebook is loaded:
 * a chart spec as the live chart with its pictures, `net.forward(x)` as every
 * layer's z and a, `net.backward(…)` as the gradients, `train(…)` as the loss
 * curve. The engine and the charts stay free of Jupyter; their classes and
 * objects are not touched. Each engine record keeps its own `util.inspect.custom`
 * text, which becomes the bundle's text/plain.
 */
export function registerDisplays(): void {
  // The PNG is at 1× here: a cell's result carries no metadata to scale a 2× picture down.
  registerDisplay(isChartSpec, (spec) => chartBundle(spec, { scale: 1 }).data);
  registerDisplay(instanceOf(Trace), traceData);
  registerDisplay(instanceOf(Grads), gradsData);
  registerDisplay(instanceOf(History), historyData);
}

/** Every layer's z and a as tables. */
function traceData(trace: Trace): MimeData {
  const e = explain(trace);
  return { [MIME.markdown]: e.markdown, [MIME.text]: e.text };
}

/** Every layer's da, dz and db as tables, with the engine's own text. */
function gradsData(grads: Grads): MimeData {
  const head = `**Gradients** (loss ${grads.lossFunction.name}, L = ${num(grads.loss)}${grads.size > 1 ? `, mean of ${grads.size} samples` : ""})`;
  const tables = grads.layers.map((g, l) => [
    `*Layer ${l}*`, "", "| neuron | da | dz | db |", "| ---: | ---: | ---: | ---: |",
    ...g.dz.map((dz, j) => `| ${j} | ${num(g.da[j])} | ${num(dz)} | ${num(g.db[j])} |`),
  ].join("\n"));
  return { [MIME.markdown]: [head, ...tables].join("\n\n"), [MIME.text]: inspectText(grads) };
}

/** The loss curve, with the engine's summary as text (just the text before any epoch). */
function historyData(history: History): MimeData {
  if (history.epochs.length === 0) return { [MIME.text]: inspectText(history) };
  return { ...chartBundle(lossCurve(history), { scale: 1, text: inspectText(history) }).data };
}

function inspectText(value: object): string {
  const custom = (value as Record<symbol, unknown>)[Symbol.for("nodejs.util.inspect.custom")];
  return typeof custom === "function" ? String(custom.call(value)) : String(value);
}
