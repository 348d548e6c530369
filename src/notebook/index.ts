/**
 * Showing nnlab in a notebook: MIME bundles (live Vega-Lite chart + PNG + SVG,
 * or Markdown with LaTeX), `show`, `save`, `explain` and live training displays.
 * The library's side of Jupyter; the kernel's is src/kernel, and the contract
 * between the two is src/jupyter/display.ts.
 */
import { registerDisplays } from "./displays";

// Charts, traces, gradients and histories returned as a cell's last expression
// show as live chart + pictures, tables and the loss curve (the display registry).
registerDisplays();

export { MIME, type Bundle } from "../jupyter/display";
export { chartBundle, type ChartBundleOptions } from "./bundle";
export { render, renderSvg, toPng, type Rendered, type RenderOptions } from "./render";
export { show, bundleOf } from "./show";
export { save } from "./save";
export { send, inKernel, type SendOptions } from "./send";
export { isShowable, type Showable } from "./showable";
export { explain, Explanation, type ExplainOptions } from "./explain";
export { num } from "../core/format";
export { liveTraining, LiveTraining, type LiveTrainingOptions } from "./live";
