import { Grads, Trace } from "../core";
import { History } from "../training";
import { lossCurve } from "../charts/lossCurve";
import { chartBundle, MIME } from "./bundle";
import { explain } from "./explain";
import { num } from "../core/format";

/**
 * Rich displays for the engine's records, added here so that src/core stays
 * free of Jupyter: a cell ending in `net.forward(x)` shows every layer's z and
 * a as a table, `net.backward(…)` the gradients, `train(…)` the loss curve.
 * Only `Symbol.for("Jupyter.display")` is added (non-enumerable); each class
 * keeps its own `util.inspect.custom` text, which becomes the bundle's text/plain.
 */
export function installEngineDisplays(): void {
  define(Trace.prototype, function (this: Trace) {
    const e = explain(this);
    return { [MIME.markdown]: e.markdown, [MIME.text]: e.text };
  });
  define(Grads.prototype, function (this: Grads) {
    const head = `**Gradients** (loss ${this.lossFunction.name}, L = ${num(this.loss)}${this.size > 1 ? `, mean of ${this.size} samples` : ""})`;
    const tables = this.layers.map((g, l) => [
      `*Layer ${l}*`, "", "| neuron | da | dz | db |", "| ---: | ---: | ---: | ---: |",
      ...g.dz.map((dz, j) => `| ${j} | ${num(g.da[j])} | ${num(dz)} | ${num(g.db[j])} |`),
    ].join("\n"));
    return { [MIME.markdown]: [head, ...tables].join("\n\n"), [MIME.text]: inspectText(this) };
  });
  define(History.prototype, function (this: History) {
    if (this.epochs.length === 0) return { [MIME.text]: inspectText(this) };
    return { ...chartBundle(lossCurve(this), { scale: 1, text: inspectText(this) }).data };
  });
}

function define(prototype: object, display: (this: never) => Record<string, unknown>): void {
  const key = Symbol.for("Jupyter.display");
  if (Object.prototype.hasOwnProperty.call(prototype, key)) return;
  Object.defineProperty(prototype, key, { value: display, enumerable: false, configurable: true });
}

function inspectText(value: object): string {
  const custom = (value as Record<symbol, unknown>)[Symbol.for("nodejs.util.inspect.custom")];
  return typeof custom === "function" ? String(custom.call(value)) : String(value);
}
