import type { TopLevelSpec } from "vega-lite";
import { describeChart } from "../charts/describe";
import { MIME, type Bundle } from "../jupyter/display";
import { render } from "./render";

export interface ChartBundleOptions {
  /** PNG pixels per CSS pixel (default 2); the metadata tells front ends the CSS size. */
  scale?: number;
  /** The text/plain line (default: what the chart is). */
  text?: string;
}

/**
 * A chart's bundle: the live Vega-Lite spec for JupyterLab and VS Code, a PNG
 * and an SVG drawn in the kernel for Classic Notebook, GitHub, nbviewer and
 * nbconvert, and a line of text.
 *
 * @example
 *   const { data } = chartBundle(lossCurve(history));
 *   Object.keys(data);  // vega-lite JSON, image/png, image/svg+xml, text/plain
 */
export function chartBundle(spec: TopLevelSpec, options: ChartBundleOptions = {}): Bundle {
  const scale = options.scale ?? 2;
  const { svg, png, width, height } = render(spec, { scale });
  return {
    data: {
      [MIME.vegaLite]: JSON.parse(JSON.stringify(spec)),
      [MIME.png]: Buffer.from(png).toString("base64"),
      [MIME.svg]: svg,
      [MIME.text]: options.text ?? describeChart(spec),
    },
    metadata: scale === 1 ? {} : { [MIME.png]: { width, height } },
  };
}
