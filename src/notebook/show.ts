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
  const bundle = bundleOrNothing(x);
  return bundle === undefined || send(bundle) ? undefined : bundle;
}

/** The bundle `show(x)` sends. */
export function bundleOf(x: TopLevelSpec | Showable | object): Bundle {
  const bundle = bundleOrNothing(x);
  if (bundle === undefined) throw new TypeError(`show(x): ${describe(x)} has nothing to show (it already reported itself, as a wrong exercise check does on stderr).`);
  return bundle;
}

/**
 * The bundle for `x`, or undefined when its Jupyter.display hook returns null:
 * it has already reported itself (a wrong exercise check, written to stderr).
 * The hook runs once.
 */
function bundleOrNothing(x: TopLevelSpec | Showable | object): Bundle | undefined {
  if (isShowable(x)) return x.toBundle();
  if (isChartSpec(x)) return chartBundle(x);
  const display = (x as Record<symbol, unknown> | null)?.[Symbol.for("Jupyter.display")];
  if (typeof display === "function") {
    const data = display.call(x) as Record<string, unknown> | null | undefined;
    return data == null ? undefined : { data, metadata: {} };
  }
  throw new TypeError(
    `show(x): expected a chart (a Vega-Lite spec from a chart builder such as lossCurve), an explanation from explain(…), a trace, grads or a history, got ${describe(x)}.`,
  );
}

function describe(x: unknown): string {
  if (x === null || typeof x !== "object") return String(x);
  const name = (x as object).constructor?.name;
  return name && name !== "Object" ? `a ${name}` : `an object with keys ${Object.keys(x).slice(0, 5).join(", ")}`;
}
