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
} as const;

/** Colours for several runs or optimizers drawn together (Tableau 10). */
export const runColors = ["#4c78a8", "#f58518", "#54a24b", "#e45756", "#72b7b2", "#b279a2", "#ff9da6", "#9d755d", "#bab0ac", "#eeca3b"] as const;

/** A colour made darker: each channel times `factor` (0 black … 1 unchanged), as #rrggbb. */
export function darker(hex: string, factor = 0.45): string {
  const channel = (k: number) => Math.round(parseInt(hex.slice(k, k + 2), 16) * factor).toString(16).padStart(2, "0");
  return `#${channel(1)}${channel(3)}${channel(5)}`;
}
