import type * as ResvgJs from "@resvg/resvg-js";
import type * as Vega from "vega";
import type * as VegaLite from "vega-lite";
import type { TopLevelSpec } from "vega-lite";
import { requireOptional } from "../optional";
import { FONT_FAMILY, fontFiles, fontMetrics } from "./font";
import { messages } from "./messages";

/**
 * Vega, Vega-Lite and resvg, loaded by the first chart drawn (~150 ms), not
 * by `import ... from "nnlab"`: a notebook that draws nothing never pays.
 */
let renderers: { vega: typeof Vega; vegaLite: typeof VegaLite; resvg: typeof ResvgJs } | undefined;
const libs = () =>
  (renderers ??= { vega: requireOptional("vega", "Drawing a chart"), vegaLite: requireOptional("vega-lite", "Drawing a chart"), resvg: requireOptional("@resvg/resvg-js", "Drawing a chart") });

/** A chart drawn in Node: SVG text, PNG bytes, its size in CSS pixels, and what Vega and Vega-Lite warned about. */
export interface Rendered {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
  warnings: string[];
}

export interface RenderOptions {
  /** Pixels per CSS pixel in the PNG (default 2, sharp on high-density screens). */
  scale?: number;
}

/**
 * Compiles a Vega-Lite spec, renders it to SVG with Vega in Node (no canvas,
 * no browser) and rasterises the SVG to PNG with resvg, using DejaVu Sans for
 * both the layout (text widths) and the drawing. Synchronous, so `show()`
 * puts its output in the cell that called it.
 *
 * @example
 *   const { svg, png, warnings } = render(lossCurve(history));
 */
export function render(spec: TopLevelSpec, options: RenderOptions = {}): Rendered {
  const { svg, width, height, warnings } = renderSvg(spec);
  return { svg, png: toPng(svg, options.scale ?? 2), width, height, warnings };
}

/** Spec → SVG (no XML declaration) and the warnings of both compilers. */
export function renderSvg(spec: TopLevelSpec): Omit<Rendered, "png"> {
  const warnings: string[] = [];
  const logger = collect(warnings);
  const { vega, vegaLite } = libs();
  const compiled = vegaLite.compile(spec, { logger: logger as never }).spec;
  useFontMetrics();
  const view = new vega.View(vega.parse(compiled), { renderer: "none", logger: logger as never } as never);
  try {
    // What view.toSVG() does, without its awaits: inline data needs no loading.
    view.run();
    const { width, height } = viewSize(view);
    const pad = view.padding() as { left: number; right: number; top: number; bottom: number };
    const origin = view.origin();
    const { SVGStringRenderer } = vega as unknown as { SVGStringRenderer: new (loader: unknown) => SvgRenderer };
    const renderer = new SVGStringRenderer(view.loader());
    const svg = renderer
      .initialize(null, width, height, [pad.left + origin[0], pad.top + origin[1]], 1)
      .background(view.background())
      .render((view.scenegraph() as unknown as { root: unknown }).root)
      .svg()
      .replace(/^<\?xml[^>]*\?>\s*/, "");
    return { svg, width, height, warnings };
  } finally {
    view.finalize();
  }
}

/**
 * The whole picture's size in CSS pixels: the view laid out by autosize (plot
 * area, axes, legends, title) plus padding, as vega-view's render-size.js
 * computes it. Vega has no public reader for the laid-out view size, so this
 * reads the View's `_viewWidth` and `_viewHeight` — the one place nnlab reads
 * private fields of Vega. vega is pinned to an exact version in package.json
 * (peer and dev dependency),
 * and test/notebook/render.test.ts fails when these fields move: it checks
 * that they are numbers and that renderSvg draws exactly what Vega's own
 * (asynchronous, public) `view.toSVG()` draws.
 */
export function viewSize(view: Vega.View): { width: number; height: number } {
  const { _viewWidth: w, _viewHeight: h } = view as unknown as { _viewWidth: unknown; _viewHeight: unknown };
  if (typeof w !== "number" || typeof h !== "number") throw new Error(messages.vegaViewSize(typeof w, typeof h));
  const pad = view.padding() as { left: number; right: number; top: number; bottom: number };
  return { width: Math.max(0, w + pad.left + pad.right), height: Math.max(0, h + pad.top + pad.bottom) };
}

interface SvgRenderer {
  initialize(el: null, width: number, height: number, origin: [number, number], scale: number): SvgRenderer;
  background(color: unknown): SvgRenderer;
  render(scene: unknown): SvgRenderer;
  svg(): string;
}

/** SVG → PNG bytes, drawn with DejaVu Sans only (system fonts are not read, so every machine agrees). */
export function toPng(svg: string, scale = 2): Uint8Array {
  if (!(typeof scale === "number" && scale > 0 && Number.isFinite(scale))) throw new RangeError(messages.option("render(spec, { scale })", "scale", "a number above 0", scale));
  const files = fontFiles();
  const resvg = new (libs().resvg.Resvg)(leafOpacity(anchorClips(svg)), {
    font: { fontFiles: [files.regular, files.bold], loadSystemFonts: false, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY },
    fitTo: { mode: "zoom", value: scale },
    background: "white",
  });
  return new Uint8Array(resvg.render().asPng());
}

/**
 * resvg 2.6 aborts the whole process (a Rust panic, not an exception) when a
 * clipped group has nothing inside its clip rectangle — say a clipped line
 * whose points all lie above the axis. Each clipped group gets an invisible
 * 1×1 rectangle at its clip rectangle's corner, so the two always meet; the
 * picture is unchanged. (It needs a fill of its own: Vega's root group says
 * fill="none", and an element without fill does not count.)
 */
export function anchorClips(svg: string): string {
  const corners = new Map<string, string>();
  for (const m of svg.matchAll(/<clipPath id="([^"]+)"><rect x="([^"]*)" y="([^"]*)"/g)) corners.set(m[1], `x="${m[2]}" y="${m[3]}"`);
  return svg.replace(/<g\b[^>]*\bclip-path="url\(#([^)]+)\)"[^>]*>/g, (group, id: string) => {
    const corner = corners.get(id) ?? 'x="0" y="0"';
    return `${group}<rect ${corner} width="1" height="1" fill="white" fill-opacity="0" stroke="none"/>`;
  });
}

/**
 * resvg 2.6 also aborts when an element with `opacity` below 1 lies wholly
 * outside its group's clip. On a single shape, `opacity` is the same as
 * `fill-opacity` and `stroke-opacity` together (but where its stroke overlaps
 * its fill), so shapes get those instead.
 */
export function leafOpacity(svg: string): string {
  return svg.replace(/<(path|rect|line|circle|ellipse|polygon|polyline)\b([^>]*?)\sopacity="([^"]+)"([^>]*)\/>/g, (element, tag: string, before: string, value: string, after: string) => {
    const opacity = Number(value);
    if (!(opacity < 1)) return element;
    const attrs = `${before}${after}`;
    const times = (name: string) => {
      const own = new RegExp(`\\s${name}="([^"]+)"`).exec(attrs);
      return `${name}="${+(opacity * (own ? Number(own[1]) : 1)).toFixed(4)}"`;
    };
    const rest = attrs.replace(/\s(fill|stroke)-opacity="[^"]*"/g, "");
    return `<${tag}${rest} ${times("fill-opacity")} ${times("stroke-opacity")}/>`;
  });
}

/**
 * Vega measures text to lay out axes, legends and titles; without a canvas in
 * Node it guesses 0.8 em per character. Measuring with the font resvg draws
 * with keeps labels exactly where the picture puts them.
 */
function useFontMetrics(): void {
  const { regular, bold } = fontMetrics();
  const metrics = (libs().vega as unknown as { textMetrics: { width: (item: TextItem, text?: unknown) => number } }).textMetrics;
  metrics.width = (item, text) => {
    const size = item.fontSize != null ? +item.fontSize || 0 : 11;
    const line = text == null ? "" : String(text).trim();
    const weight = item.fontWeight;
    const face = weight === "bold" || (typeof weight === "number" && weight >= 600) || weight === "600" || weight === "700" ? bold : regular;
    return size <= 0 || line === "" ? 0 : face.width(line, size);
  };
}

interface TextItem {
  fontSize?: number | string;
  fontWeight?: string | number;
}

function collect(into: string[]) {
  let level = 2;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]) { into.push(`error: ${args.join(" ")}`); return logger; },
    warn(...args: unknown[]) { into.push(args.join(" ")); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  return logger;
}
