import type { ChartSpec } from "./spec";

/** The MIME type JupyterLab 4 and VS Code draw a live Vega-Lite 5 chart from. */
export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

/**
 * How a chart shows itself when it is a cell's last expression. Charts never
 * render or send: src/notebook fills in `bundle` (adding the PNG and SVG
 * pictures) when it is loaded; without it a chart shows as its spec and a
 * line of text.
 */
export const chartDisplay: { bundle?: (spec: ChartSpec) => Record<string, unknown> } = {};

/** One line that says what a chart is: `Vega-Lite chart "Loss per epoch" (layer of 5, 32 data rows)`. */
export function describeChart(spec: ChartSpec): string {
  const s = spec as { title?: unknown; layer?: unknown[]; hconcat?: unknown[]; vconcat?: unknown[]; facet?: unknown };
  const title = typeof s.title === "string" ? s.title : (s.title as { text?: string } | undefined)?.text;
  const kind = s.layer ? `layer of ${s.layer.length}` : s.hconcat ? `${s.hconcat.length} side by side` : s.vconcat ? `${s.vconcat.length} stacked` : s.facet ? "faceted" : "single view";
  return `Vega-Lite chart${title ? ` "${title}"` : ""} (${kind}, ${countRows(spec)} data rows)`;
}

function countRows(spec: unknown): number {
  if (spec === null || typeof spec !== "object") return 0;
  const s = spec as { data?: { values?: unknown[] }; datasets?: Record<string, unknown[]> };
  let n = Array.isArray(s.data?.values) ? s.data!.values!.length : 0;
  for (const [key, value] of Object.entries(spec)) {
    if (key === "data" || key === "config") continue;
    if (Array.isArray(value)) for (const item of value) n += countRows(item);
    else if (typeof value === "object") n += countRows(value);
  }
  return n;
}

/**
 * Gives a spec its display methods as hidden (non-enumerable) symbol
 * properties: the spec stays a plain object to JSON, Vega-Lite and `toEqual`.
 */
export function displayable(spec: ChartSpec): ChartSpec {
  Object.defineProperty(spec, Symbol.for("Jupyter.display"), {
    value: () => chartDisplay.bundle?.(spec) ?? { [VEGA_LITE_MIME]: JSON.parse(JSON.stringify(spec)), "text/plain": describeChart(spec) },
    enumerable: false, configurable: true,
  });
  Object.defineProperty(spec, Symbol.for("nodejs.util.inspect.custom"), {
    value: () => describeChart(spec),
    enumerable: false, configurable: true,
  });
  return spec;
}
