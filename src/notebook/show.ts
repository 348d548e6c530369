import type { TopLevelSpec } from "vega-lite";
import { displayOf, type Bundle, type MimeData } from "../jupyter/display";
import { chartBundle } from "./bundle";
import { messages } from "./messages";
import { send } from "./send";
import { isChartSpec, isShowable, type Showable } from "./showable";

/**
 * Shows a chart or an explanation in the notebook: one display_data bundle
 * with the live Vega-Lite chart, a PNG and an SVG (charts), or Markdown with
 * LaTeX (explanations), and a line of text.
 *
 * Inside a kernel it sends the bundle and returns undefined (so the cell does
 * not show it twice); outside one (tests, scripts) it returns the bundle.
 *
 * Syntax:
 *   show(spec)          // any chart builder's result
 *   show(explanation)   // explain(trace, …)
 *   show(trace)         // also grads, history: anything the display registry knows
 *
 * @example
 *   show(lossCurve(history));
 *   const bundle = show(decisionBoundary(net, data));  // outside a kernel
 */
export function show(x: TopLevelSpec | Showable | object): Bundle | undefined {
  const bundle = bundleOrNothing(x);
  return bundle === undefined || send(bundle) ? undefined : bundle;
}

/** The bundle `show(x)` sends. */
export function bundleOf(x: TopLevelSpec | Showable | object): Bundle {
  const bundle = bundleOrNothing(x);
  if (bundle === undefined) throw new TypeError(messages.nothingToShow(x));
  return bundle;
}

/**
 * The bundle for `x` (a chart's PNG at 2×, with its CSS size in the
 * metadata), or undefined when its display gives null: it has already
 * reported itself (a wrong exercise check, written to stderr). The display
 * runs once.
 */
function bundleOrNothing(x: TopLevelSpec | Showable | object): Bundle | undefined {
  if (isShowable(x)) return x.toBundle();
  if (isChartSpec(x)) return chartBundle(x);
  const display = displayOf(x);
  if (!display) throw new TypeError(messages.notShowable(x));
  const data = display() as MimeData | null | undefined;
  return data == null ? undefined : { data, metadata: {} };
}
