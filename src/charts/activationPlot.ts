import { activation, type ActivationLike } from "../core";
import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import { chart, round, type ChartSpec, type Row } from "./spec";
import { colors } from "./theme";

export interface ActivationPlotOptions {
  /** The z interval (default [-5, 5]). */
  range?: readonly [number, number];
  /** Points per curve (default 201). */
  samples?: number;
  /** Panels per row (default 3). */
  columns?: number;
  title?: string;
  width?: number;
  height?: number;
}

const defaults = { range: [-5, 5] as const, samples: 201, columns: 3, width: 180, height: 140 };

/**
 * Activation functions a = f(z) and their derivatives f'(z), one panel each:
 * where a function saturates its derivative goes to 0 — the vanishing gradient.
 *
 * Syntax:
 *   activationPlot()                                  // sigmoid, tanh, relu
 *   activationPlot(["sigmoid", "leakyRelu", "x / (1 + abs(x))"], { range, samples, columns })
 *
 * @example
 *   activationPlot(["sigmoid", "tanh"], { range: [-6, 6] });
 */
export function activationPlot(names: readonly ActivationLike[] = ["sigmoid", "tanh", "relu"], options: ActivationPlotOptions = {}): ChartSpec {
  const { range, samples, columns, width, height } = { ...defaults, ...options };
  const builder = "activationPlot";
  if (!(range[0] < range[1])) throw new RangeError(messages.badRange(builder, range));
  checkCount(builder, "points", names.length * samples * 2, limits.rows, "Pass fewer { samples }.");
  const rows: Row[] = [];
  for (const spec of names) {
    const f = activation(spec);
    if (f.vector) throw new Error(messages.vectorActivation(builder, f.name));
    for (let k = 0; k < samples; k++) {
      const z = round(range[0] + ((range[1] - range[0]) * k) / (samples - 1), 8);
      const a = f.f(z);
      rows.push({ activation: f.name, z, curve: "f(z)", value: round(a, 8) }, { activation: f.name, z, curve: "f′(z)", value: round(f.df(z, a), 8) });
    }
  }
  return chart({
    title: options.title ?? "Activation functions and their derivatives",
    data: { values: rows },
    columns,
    facet: { field: "activation", type: "nominal", title: null, sort: names.map((n) => activation(n).name) },
    spec: {
      width, height,
      mark: { type: "line", strokeWidth: 2 },
      encoding: {
        x: { field: "z", type: "quantitative", title: "z" },
        y: { field: "value", type: "quantitative", title: "a = f(z), and f′(z)" },
        color: { field: "curve", type: "nominal", title: null, scale: { domain: ["f(z)", "f′(z)"], range: [colors.function, colors.derivative] } },
        strokeDash: { field: "curve", type: "nominal", title: null, scale: { domain: ["f(z)", "f′(z)"], range: [[1, 0], [5, 3]] } },
        tooltip: [{ field: "activation", type: "nominal" }, { field: "curve", type: "nominal" }, { field: "z", type: "quantitative" }, { field: "value", type: "quantitative", format: ".6~g" }],
      },
    },
    resolve: { scale: { y: "independent" } },
  });
}
