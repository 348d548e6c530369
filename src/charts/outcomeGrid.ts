import { checkCount, limits } from "./limits";
import { messages } from "./messages";
import type { HistoryLike } from "./runs";
import { chart, round, type ChartSpec, type Row } from "./spec";
import { colors } from "./theme";

/** One finished run of a grid: the two settings it was trained with, and its history. */
export interface GridRun {
  readonly settings: Readonly<Record<string, number>>;
  readonly history: HistoryLike;
}

export interface OutcomeGridOptions {
  /** How to name each setting on the chart, e.g. { learningRate: "learning rate η" } (default: the setting's own name). */
  labels?: Readonly<Record<string, string>>;
  /** "loss" (default) or "accuracy". */
  metric?: "loss" | "accuracy";
  /** The y scale of the curves: "linear" (default) or "log". */
  scale?: "linear" | "log";
  /** The run shown first, by its settings (default: the middle of the grid). */
  initial?: Readonly<Record<string, number>>;
  title?: string | { text: string; subtitle?: string };
}

/**
 * Every run of a grid of two settings (e.g. learning rate × L2 strength),
 * precomputed, explorable in the browser with no kernel: a map of each run's
 * final validation loss (or training loss when there is no validation set),
 * and the loss curves of the run the two sliders pick, outlined on the map.
 * The curves keep one y axis for every run, so moving a slider shows a real
 * change, not a rescaled one. A saved notebook's picture shows the first pick.
 *
 * Syntax:
 *   outcomeGrid([{ settings: { learningRate, l2 }, history }, …], { labels, metric, scale, initial, title })
 *
 * @example
 *   const runs = [];
 *   for (const learningRate of [0.001, 0.01, 0.1]) for (const l2 of [0, 0.001, 0.01])
 *     runs.push({ settings: { learningRate, l2 }, history: train(mlp([1, 16, 1], { seed: 1 }), data, { learningRate, l2, validation }) });
 *   outcomeGrid(runs, { labels: { learningRate: "learning rate η", l2: "L2 strength λ₂" } });
 */
export function outcomeGrid(runs: readonly GridRun[], options: OutcomeGridOptions = {}): ChartSpec {
  const builder = "outcomeGrid";
  if (runs.length === 0) throw new Error(messages.emptyRuns(builder));
  const keys = Object.keys(runs[0].settings);
  if (keys.length !== 2) throw new RangeError(messages.gridSettings(builder, keys));
  const [a, b] = keys;
  for (const run of runs) {
    const own = Object.keys(run.settings);
    if (own.length !== 2 || !own.includes(a) || !own.includes(b)) throw new RangeError(messages.gridSettings(builder, own, keys));
    if (run.history.epochs.length === 0) throw new Error(messages.emptyHistory(builder, describe(run.settings)));
  }
  const valuesOf = (key: string) => [...new Set(runs.map((r) => r.settings[key]))].sort((p, q) => p - q);
  const as = valuesOf(a), bs = valuesOf(b);
  const at = new Map<string, GridRun>();
  for (const run of runs) {
    const cell = `${run.settings[a]}|${run.settings[b]}`;
    if (at.has(cell)) throw new RangeError(messages.gridTwice(builder, describe(run.settings)));
    at.set(cell, run);
  }
  const missing = as.flatMap((x) => bs.filter((y) => !at.has(`${x}|${y}`)).map((y) => describe({ [a]: x, [b]: y })));
  if (missing.length > 0) throw new RangeError(messages.gridMissing(builder, missing));

  const metric = options.metric ?? "loss";
  const key = metric === "loss" ? ({ train: "trainLoss", validation: "valLoss" } as const) : ({ train: "trainAccuracy", validation: "valAccuracy" } as const);
  const label = (k: string) => options.labels?.[k] ?? k;
  const shown = (v: number) => String(round(v, 4));
  const cells: Row[] = [];
  const curves: Row[] = [];
  const hasValidation = runs.some((r) => r.history.epochs.some((e) => e[key.validation] !== undefined));
  runs.forEach((run) => {
    const i = as.indexOf(run.settings[a]), j = bs.indexOf(run.settings[b]);
    const epochs = run.history.epochs;
    const last = epochs[epochs.length - 1];
    const final = hasValidation ? last[key.validation] : last[key.train];
    const ok = final !== undefined && Number.isFinite(final);
    cells.push({
      i, j, a: shown(run.settings[a]), b: shown(run.settings[b]),
      final: ok ? round(final) : null,
      text: ok ? String(round(final, 3)) : "diverged",
      heading: `${label(a)} = ${shown(run.settings[a])}, ${label(b)} = ${shown(run.settings[b])}: final ${hasValidation ? "validation" : "training"} ${metric} ${ok ? round(final, 4) : "— diverged"}`,
    });
    for (const record of epochs) {
      for (const set of ["train", "validation"] as const) {
        const value = record[key[set]];
        if (value !== undefined && Number.isFinite(value) && (options.scale !== "log" || value > 0)) curves.push({ i, j, set, epoch: record.epoch, value: round(value) });
      }
    }
  });
  checkCount(builder, "points", curves.length, limits.rows, "Record fewer epochs, or use fewer runs.");

  const first = options.initial;
  const pickA = first && as.includes(first[a]) ? as.indexOf(first[a]) : Math.floor((as.length - 1) / 2);
  const pickB = first && bs.includes(first[b]) ? bs.indexOf(first[b]) : Math.floor((bs.length - 1) / 2);
  const picked = "datum.i === pickA && datum.j === pickB";
  const sets = (["train", "validation"] as const).filter((set) => curves.some((r) => r.set === set));
  const step = 44;
  const x = { field: "a", type: "ordinal", sort: as.map(shown), title: label(a), axis: { labelAngle: 0 } };
  const y = { field: "b", type: "ordinal", sort: bs.map(shown), title: label(b) };
  const finals = cells.map((c) => c.final).filter((v): v is number => typeof v === "number");
  const middle = (Math.min(...finals) + Math.max(...finals)) / 2;
  // One y axis for every run, so a slider shows real change. It stops at twice the
  // largest starting value: a run that spikes or diverges leaves the chart (clipped)
  // instead of squashing the others.
  const epochs = extentOf(curves.map((r) => r.epoch as number));
  const starts = curves.filter((r) => r.epoch === epochs[0]).map((r) => r.value as number);
  const values = curves.map((r) => r.value as number);
  const yDomain: [number, number] = metric === "loss" ? [Math.min(...values), Math.min(Math.max(...values), 2 * Math.max(...starts))] : extentOf(values);
  const finalTitle = `final ${hasValidation ? "validation" : "training"} ${metric}`;
  const better = metric === "loss" ? "lower is better" : "higher is better";
  return chart({
    title: options.title ?? { text: `${label(a)} × ${label(b)}: every run, precomputed`, subtitle: `move the sliders below the chart to pick a run (outlined); ${finalTitle}, ${better}` },
    params: [
      { name: "pickA", value: pickA, bind: { input: "range", min: 0, max: as.length - 1, step: 1, name: `${label(a)} (position ${0}–${as.length - 1}) ` } },
      { name: "pickB", value: pickB, bind: { input: "range", min: 0, max: bs.length - 1, step: 1, name: `${label(b)} (position ${0}–${bs.length - 1}) ` } },
    ],
    hconcat: [
      {
        width: step * as.length, height: step * bs.length,
        data: { values: cells },
        layer: [
          {
            mark: { type: "rect" },
            encoding: {
              x, y,
              color: {
                field: "final", type: "quantitative", title: finalTitle,
                scale: { scheme: "viridis", reverse: metric === "loss" },
                legend: { orient: "bottom", direction: "horizontal", gradientLength: Math.max(100, step * as.length - 20) },
              },
              tooltip: [{ field: "a", type: "nominal", title: label(a) }, { field: "b", type: "nominal", title: label(b) }, { field: "text", type: "nominal", title: finalTitle }],
            },
          },
          {
            mark: { type: "text", fontSize: 10 },
            encoding: {
              x, y, text: { field: "text" },
              // Viridis is light at one end: dark numbers there, white on the dark end.
              color: { condition: { test: `datum.final === null || datum.final ${metric === "loss" ? "<" : ">"} ${middle}`, value: "#222222" }, value: "#ffffff" },
            },
          },
          { transform: [{ filter: picked }], mark: { type: "rect", fill: null, stroke: "#000000", strokeWidth: 3 }, encoding: { x, y } },
        ],
      },
      {
        width: 340, height: Math.max(200, step * bs.length),
        layer: [
          {
            data: { values: curves },
            transform: [{ filter: picked }],
            mark: { type: "line", strokeWidth: 2, clip: true },
            encoding: {
              x: { field: "epoch", type: "quantitative", title: "epoch", scale: { domain: epochs } },
              y: {
                field: "value", type: "quantitative", title: metric,
                scale: { ...(options.scale === "log" ? { type: "log" } : { zero: metric === "accuracy" }), domain: yDomain },
              },
              color: { field: "set", type: "nominal", title: null, scale: { domain: sets, range: sets.map((s) => colors[s]) }, legend: { orient: "top" } },
            },
          },
          {
            data: { values: cells },
            transform: [{ filter: picked }],
            mark: { type: "text", align: "left", baseline: "bottom", x: 0, y: -6, fontSize: 11, color: "#222222" },
            encoding: { text: { field: "heading" } },
          },
        ],
      },
    ],
  });
}

function describe(settings: Readonly<Record<string, number>>): string {
  return Object.entries(settings).map(([k, v]) => `${k} = ${v}`).join(", ");
}

function extentOf(values: readonly number[]): [number, number] {
  return [Math.min(...values), Math.max(...values)];
}
