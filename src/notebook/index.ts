/**
 * Showing nnlab in a notebook: MIME bundles (live Vega-Lite chart + PNG + SVG,
 * or Markdown with LaTeX), `show`, `save`, `explain` and live training displays.
 * The only part of nnlab that knows about Jupyter.
 */
import { chartDisplay } from "../charts/display";
import { chartBundle } from "./bundle";
import { installEngineDisplays } from "./engineDisplays";

// Charts returned as a cell's last expression show as live chart + pictures.
// The PNG is at 1× here: this path carries no metadata to scale a 2× picture down.
chartDisplay.bundle = (spec) => chartBundle(spec, { scale: 1 }).data;
// Traces, gradients and histories show as tables and the loss curve.
installEngineDisplays();

export { MIME, chartBundle, type Bundle, type ChartBundleOptions } from "./bundle";
export { render, renderSvg, toPng, type Rendered, type RenderOptions } from "./render";
export { show, bundleOf } from "./show";
export { save } from "./save";
export { send, inKernel, type SendOptions } from "./send";
export { isShowable, type Showable } from "./showable";
export { explain, Explanation, type ExplainOptions } from "./explain";
export { num } from "../core/format";
export { liveTraining, LiveTraining, type LiveTrainingOptions } from "./live";
