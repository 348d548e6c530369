import { chart, type ChartSpec } from "./spec";

/** A chart as a part of another: without the top-level `$schema` and `config`, which only the outer chart may carry. */
export function part(spec: ChartSpec): Record<string, unknown> {
  const { $schema: _schema, config: _config, ...rest } = spec as unknown as Record<string, unknown>;
  return rest;
}

/** The width a row of charts may take: a notebook's output column (about 840 px in JupyterLab with its file browser open). */
export const ROW_WIDTH = 820;

/** Pixels between two charts. */
const SPACING = 30;

/** A part's width in pixels, guessed from its spec: the plot (or the sum of its own row) plus room for axes and a legend. */
function widthOf(spec: Record<string, unknown>): number {
  const row = spec.hconcat as Record<string, unknown>[] | undefined;
  if (row) return row.reduce((sum, p) => sum + widthOf(p), 0);
  const plot = typeof spec.width === "number" ? spec.width : typeof (spec.spec as { width?: unknown })?.width === "number" ? ((spec.spec as { width: number }).width) : 200; // Vega-Lite's own default
  return plot + 160;
}

/**
 * Charts next to each other (a spec → spec modifier). Each keeps its own
 * scales and legends. When the row would be wider than a notebook's output
 * column, the charts wrap onto further rows instead of scrolling sideways.
 *
 * Syntax:
 *   sideBySide(a, b, …)
 *   sideBySide([a, b], { title })
 *
 * @example
 *   sideBySide(lossCurve(history), decisionBoundary(net, data));
 */
export function sideBySide(...args: ChartSpec[] | [readonly ChartSpec[], { title?: string }?]): ChartSpec {
  const [specs, options] = Array.isArray(args[0]) ? [args[0] as readonly ChartSpec[], (args[1] ?? {}) as { title?: string }] : [args as ChartSpec[], {}];
  const parts = specs.map(part);
  const widths = parts.map(widthOf);
  const total = widths.reduce((sum, w) => sum + w + SPACING, -SPACING);
  const columns = Math.max(1, Math.floor((ROW_WIDTH + SPACING) / (Math.max(...widths) + SPACING)));
  const layout = total <= ROW_WIDTH ? { hconcat: parts } : { concat: parts, columns };
  return chart({
    ...(options.title ? { title: options.title } : {}),
    ...layout,
    resolve: { scale: { color: "independent", fill: "independent", stroke: "independent", opacity: "independent", shape: "independent", strokeWidth: "independent", size: "independent", strokeDash: "independent" } },
    spacing: SPACING,
  });
}
