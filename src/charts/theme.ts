/**
 * nnlab's chart look: one font everywhere (the PNG is drawn with DejaVu Sans,
 * so the live chart asks for it first), quiet axes, and the colours the
 * lessons use for training vs validation data.
 */
export const theme = {
  font: "DejaVu Sans, Verdana, sans-serif",
  background: "white",
  view: { stroke: null },
  axis: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal", gridColor: "#e6e6e6" },
  legend: { labelFontSize: 11, titleFontSize: 12, titleFontWeight: "normal" },
  title: { fontSize: 14, fontWeight: "normal", subtitleFontSize: 11, subtitleColor: "#555" },
  header: { labelFontSize: 12, titleFontSize: 12 },
} as const;

/** Colours with a meaning in every lesson. */
export const colors = {
  train: "#1f77b4",
  validation: "#ff7f0e",
  truth: "#2ca02c",
  prediction: "#d62728",
  data: "#555555",
  positive: "#e45756",
  negative: "#4c78a8",
  /** A function and its derivative (not blue and orange, which mean training and validation). */
  function: "#222222",
  derivative: "#9467bd",
} as const;

/** Colours for classes (decision maps, class legends): Tableau 10. */
export const classColors = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac", "#eeca3b"] as const;

/**
 * Colours for several runs drawn together, in order. No blue and no orange:
 * those mean training and validation data in every lesson, and a run's colour
 * must never be mistaken for a data set.
 */
export const runColors = ["#2ca02c", "#9467bd", "#d62728", "#17becf", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#393b79", "#637939"] as const;

/**
 * One colour per optimizer, the same in every chart (the race, the loss
 * curves, the tables): a run whose name starts with an optimizer's name
 * ("adam (η = 0.05)") gets that optimizer's colour.
 */
export const optimizerColors = {
  sgd: "#7f7f7f",
  momentum: "#2ca02c",
  nesterov: "#17becf",
  adagrad: "#9467bd",
  rmsprop: "#8c564b",
  adam: "#d62728",
} as const;

/**
 * The colour of each named run, in order: an optimizer's own colour when the
 * name starts with an optimizer's name, else the next unused run colour.
 *
 * @example
 *   runColorsFor(["sgd (η = 0.1)", "adam (η = 0.05)", "my run"]); // ["#7f7f7f", "#d62728", "#2ca02c"]
 */
export function runColorsFor(names: readonly string[]): string[] {
  const named: (string | undefined)[] = names.map((name) => {
    const first = /^[A-Za-z]+/.exec(name.trim())?.[0]?.toLowerCase() ?? "";
    return Object.prototype.hasOwnProperty.call(optimizerColors, first) ? optimizerColors[first as keyof typeof optimizerColors] : undefined;
  });
  const free = runColors.filter((c) => !named.includes(c));
  let next = 0;
  return named.map((c) => c ?? free[next++ % free.length]);
}

/** A colour made darker: each channel times `factor` (0 black … 1 unchanged), as #rrggbb. */
export function darker(hex: string, factor = 0.45): string {
  const channel = (k: number) => Math.round(parseInt(hex.slice(k, k + 2), 16) * factor).toString(16).padStart(2, "0");
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
