import type { TopLevelSpec } from "vega-lite";
import { describeChart } from "./describe";
import { theme } from "./theme";

/** The one `$schema` every nnlab chart carries: Vega-Lite 5, which JupyterLab 4 and VS Code render. */
export const VEGA_LITE_SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json";

/** A chart: a plain Vega-Lite v5 spec object, nothing more. */
export type ChartSpec = TopLevelSpec;

/** A row of inline data. */
export type Row = Record<string, string | number | boolean | null>;

/**
 * Finishes a spec body into a chart: `$schema` first, nnlab's theme as the
 * config (the spec's own config entries win), and a hidden (non-enumerable)
 * `util.inspect.custom` that prints one line saying what the chart is. How a
 * chart shows in a notebook is src/notebook's business (its display registry).
 *
 * @example
 *   chart({ data: { values: [] }, mark: "point" }).$schema;  // VEGA_LITE_SCHEMA
 */
export function chart(body: Record<string, unknown>): ChartSpec {
  const { config, ...rest } = body as { config?: Record<string, unknown> };
  const spec = { $schema: VEGA_LITE_SCHEMA, ...rest, config: { ...theme, ...config } } as unknown as ChartSpec;
  Object.defineProperty(spec, Symbol.for("nodejs.util.inspect.custom"), {
    value: () => describeChart(spec),
    enumerable: false, configurable: true,
  });
  return spec;
}

/** Rounds to `digits` significant digits, so inline data stays small and readable (exact values go in tooltips). */
export function round(value: number, digits = 6): number {
  return Number.isFinite(value) ? +value.toPrecision(digits) : value;
}

/**
 * The mark of a map's many cells (a decision map, neuron maps, image pixels):
 * no ARIA label for each. Vega would give every cell its own ("x1: −4.28; x2:
 * −5.35; x1hi: …"), which tells a screen reader nothing across a thousand
 * cells and made up half of such a chart's SVG; the chart keeps its title and
 * description, and where it has a tooltip, that still shows each cell's values.
 */
export const cellMark = { type: "rect", aria: false } as const;

/**
 * Heatmap cells (`cellMark`) drawn half a pixel larger up and right, so
 * neighbouring cells overlap instead of showing hairline seams of background
 * between them.
 */
export const seamless = { ...cellMark, x2Offset: 0.5, y2Offset: -0.5 } as const;
