import type { TopLevelSpec } from "vega-lite";
import { chartBundle, type Bundle } from "./bundle";
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
 *   show(trace)         // also grads, history: anything with a Jupyter.display hook
 *
 * @example
 *   show(lossCurve(history));
 *   const bundle = show(decisionBoundary(net, data));  // outside a kernel
 */
export function show(x: TopLevelSpec | Showable | object): Bundle | undefined {
  if (showsNothing(x)) return undefined;
  const bundle = bundleOf(x);
  return send(bundle) ? undefined : bundle;
}

/**
 * True for a value whose Jupyter.display hook returns null: it has already
 * reported itself (a wrong exercise check, written to stderr) and shows nothing more.
 */
function showsNothing(x: unknown): boolean {
  const display = (x as Record<symbol, unknown> | null)?.[Symbol.for("Jupyter.display")];
  return typeof display === "function" && display.call(x) == null;
}

/** The bundle `show(x)` sends. */
export function bundleOf(x: TopLevelSpec | Showable | object): Bundle {
  if (isShowable(x)) return x.toBundle();
  if (isChartSpec(x)) return chartBundle(x);
  const display = (x as Record<symbol, unknown> | null)?.[Symbol.for("Jupyter.display")];
  if (typeof display === "function") return { data: display.call(x) as Record<string, unknown>, metadata: {} };
  throw new TypeError(
    `show(x): expected a chart (a Vega-Lite spec from a chart builder such as lossCurve), an explanation from explain(…), a trace, grads or a history, got ${describe(x)}.`,
  );
}

function describe(x: unknown): string {
  if (x === null || typeof x !== "object") return String(x);
  const name = (x as object).constructor?.name;
  return name && name !== "Object" ? `a ${name}` : `an object with keys ${Object.keys(x).slice(0, 5).join(", ")}`;
}
