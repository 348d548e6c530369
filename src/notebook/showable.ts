import type { TopLevelSpec } from "vega-lite";
import { VEGA_LITE_SCHEMA } from "../charts/spec";
import type { Bundle } from "../jupyter/display";

/**
 * Something nnlab can show that knows its own bundle (explanations, live
 * displays). Such a class also defines `[JUPYTER_DISPLAY]()` (its data, for a
 * cell's last expression) and `util.inspect.custom` (a one-line summary) in
 * its own body.
 */
export interface Showable {
  toBundle(): Bundle;
}

export function isShowable(value: unknown): value is Showable {
  return value !== null && typeof value === "object" && typeof (value as Showable).toBundle === "function";
}

/** A chart: an object with nnlab's Vega-Lite `$schema` (what every chart builder returns). */
export function isChartSpec(value: unknown): value is TopLevelSpec {
  return value !== null && typeof value === "object" && (value as { $schema?: unknown }).$schema === VEGA_LITE_SCHEMA;
}
