import type { Network } from "../core";
import { messages } from "./messages";
import { classOf } from "./points";
import { chart, type ChartSpec, type Row } from "./spec";

/** What a confusion matrix needs of a model: outputs for a batch of inputs. */
export type Predictor = Pick<Network, "predict">;

/** Labelled examples: inputs, and targets as one-hot rows (or one 0/1 value for two classes). */
export interface LabelledLike {
  readonly x: readonly (readonly number[])[];
  readonly y: readonly (readonly number[])[];
  readonly description?: { readonly classes?: readonly string[] };
}

/**
 * counts[t][p]: how many examples of true class t the model puts in class p.
 * The diagonal holds the correct answers; each row sums to the number of
 * examples of that class. A row's class is `classOf`'s: with one output, 1
 * when it is at least 0.5; with several, the largest — the rule accuracy uses.
 *
 * @example
 *   const counts = confusionCounts(net, validation);
 *   counts[4][9]; // fours taken for nines
 */
export function confusionCounts(model: Predictor, data: LabelledLike): number[][] {
  if (data.x.length === 0) throw new RangeError(messages.noExamples("confusionCounts"));
  if (data.x.length !== data.y.length) throw new RangeError(messages.examplesMismatch("confusionCounts", data.x.length, data.y.length));
  const width = data.y[0].length;
  const classes = width === 1 ? 2 : width;
  const counts = Array.from({ length: classes }, () => new Array<number>(classes).fill(0));
  const outputs = model.predict(data.x as number[][]);
  outputs.forEach((output, s) => {
    counts[classOf(data.y[s])][classOf(output)]++;
  });
  return counts;
}

export interface ConfusionMatrixOptions {
  /** The classes' names (default: the data set's own, else 0, 1, 2, …). */
  classes?: readonly string[];
  /** What a class is, for the axis titles (default "class"; e.g. "digit"). */
  noun?: string;
  title?: string | { text: string; subtitle?: string };
  /** Side of the square in pixels (default 26 per class, at least 180). */
  size?: number;
}

/**
 * Which classes a classifier mixes up: one row per true class, one column per
 * predicted class, each cell the number of examples. The diagonal (blue) is
 * what it gets right; an orange cell off it is a confusion ("4 taken for 9"),
 * darker = more — on a scale of its own, so a few mix-ups next to hundreds of
 * right answers still show.
 *
 * Syntax:
 *   confusionMatrix(net, data)
 *   confusionMatrix(net, data, { classes, noun, title, size })
 *
 * @example
 *   confusionMatrix(net, validation, { noun: "digit" });
 */
export function confusionMatrix(model: Predictor, data: LabelledLike, options: ConfusionMatrixOptions = {}): ChartSpec {
  const counts = confusionCounts(model, data);
  const k = counts.length;
  const names = options.classes ?? data.description?.classes ?? Array.from({ length: k }, (_, c) => String(c));
  if (names.length !== k) throw new RangeError(messages.classNames("confusionMatrix", names.length, k));
  const noun = options.noun ?? "class";
  const rows: Row[] = [];
  counts.forEach((row, t) => {
    const total = row.reduce((a, b) => a + b, 0);
    row.forEach((count, p) => rows.push({ truth: names[t], predicted: names[p], count, share: total > 0 ? count / total : 0, kind: t === p ? "right" : "confused" }));
  });
  // Right answers (the diagonal) and confusions get a scale each: a handful of
  // confusions next to hundreds of right answers would be invisible on one.
  const most = (kind: string) => Math.max(1, ...rows.filter((r) => r.kind === kind).map((r) => r.count as number));
  const right = most("right"), confused = most("confused");
  const correct = counts.reduce((sum, row, c) => sum + row[c], 0);
  const total = data.x.length;
  const size = options.size ?? Math.max(180, 26 * k);
  const x = { field: "predicted", type: "ordinal", sort: names, title: `predicted ${noun}`, axis: { labelAngle: 0, orient: "top" } };
  const y = { field: "truth", type: "ordinal", sort: names, title: `true ${noun}` };
  const tooltip = [
    { field: "truth", type: "ordinal", title: `true ${noun}` },
    { field: "predicted", type: "ordinal", title: `predicted ${noun}` },
    { field: "count", type: "quantitative", title: "examples" },
    { field: "share", type: "quantitative", title: `share of this true ${noun}`, format: ".1%" },
  ];
  const cells = (kind: string, scale: Record<string, unknown>, title: string) => ({
    transform: [{ filter: `datum.kind === "${kind}"` }],
    mark: { type: "rect", stroke: "#dddddd", strokeWidth: 0.5 },
    encoding: {
      x, y, tooltip,
      // Two legends stacked beside the square: each half its height, whole numbers only.
      color: { field: "count", type: "quantitative", title, scale, legend: { gradientLength: Math.max(60, size / 2 - 40), format: "d", tickMinStep: 1 } },
    },
  });
  return chart({
    title: options.title ?? {
      text: `Confusion matrix: which ${noun === "class" ? "classes" : `${noun}s`} are mixed up`,
      subtitle: `${correct} of ${total} right (${((100 * correct) / total).toFixed(1)} %): the blue diagonal; orange cells off it are mix-ups, darker = more`,
    },
    width: size, height: size,
    data: { values: rows },
    layer: [
      // White at 0 on both. Lab, not Vega-Lite's default HCL: white has no hue, and HCL would tint it.
      cells("right", { range: ["#ffffff", "#08519c"], interpolate: "lab", domain: [0, right] }, "right (examples)"),
      cells("confused", { range: ["#ffffff", "#d94801"], interpolate: "lab", domain: [0, confused] }, "mixed up (examples)"),
      {
        transform: [{ filter: "datum.count > 0" }],
        mark: { type: "text", fontSize: 10 },
        encoding: {
          x, y, text: { field: "count", type: "quantitative" },
          // Numbers on dark cells (above about half of their scale) are white.
          color: {
            condition: { test: `datum.kind === "right" ? datum.count > ${right / 2} : datum.count > ${confused / 2}`, value: "#ffffff" },
            value: "#222222",
          },
        },
      },
    ],
    resolve: { scale: { color: "independent" } },
  });
}
