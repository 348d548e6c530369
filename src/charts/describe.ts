import type { TopLevelSpec } from "vega-lite";

/** One line that says what a chart is: `Vega-Lite chart "Loss per epoch" (layer of 5, 32 data rows)`. */
export function describeChart(spec: TopLevelSpec): string {
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
