/**
 * The display contract between the nnlab kernel (src/kernel) and the library
 * (src/notebook): the one module both sides import. It holds
 *
 * - `MIME`: the MIME types nnlab sends;
 * - `Bundle`: what a display message carries (data by MIME type, metadata);
 * - the kernel's sink: what the kernel puts on `globalThis[KERNEL_SINK]` to
 *   receive display messages, and `kernelSink()` to find it;
 * - the display registry: how a value of a given type turns into MIME data
 *   when it is a cell's last expression. The kernel asks `displayOf(value)`;
 *   the library registers the types it knows how to show (`registerDisplay`).
 *
 * A value may also show itself: a method `[JUPYTER_DISPLAY]()` on a class of
 * its own (explanations, live displays, check feedback) wins over the registry.
 * Types owned by another layer (the engine's Trace, Grads, History; chart
 * specs, which are plain objects) are registered by src/notebook instead, so
 * the engine and the charts stay free of Jupyter.
 *
 * The sink and the registry live on `globalThis` under `Symbol.for` keys, so a
 * second copy of the library loaded in the same process reaches the same
 * kernel. No Node-only API here: this module may run in a browser worker.
 */

/** The MIME types nnlab sends. Never text/html in a chart bundle: JupyterLab would prefer it to the live chart. */
export const MIME = {
  /** The live chart JupyterLab 4 and VS Code draw (Vega-Lite 5). */
  vegaLite: "application/vnd.vegalite.v5+json",
  png: "image/png",
  svg: "image/svg+xml",
  text: "text/plain",
  markdown: "text/markdown",
} as const;

/** MIME type → data: text, an object for JSON types, base64 text for PNG. */
export type MimeData = Record<string, unknown>;

/** What a display_data message carries: data by MIME type (PNG as base64 text, JSON as an object) and metadata. */
export interface Bundle {
  data: MimeData;
  metadata: Record<string, unknown>;
}

/**
 * What showing a value gives: its MIME data, or null/undefined when it has
 * shown itself already (a wrong exercise check, written to stderr).
 */
export type DisplayResult = MimeData | null | undefined;

/** The method a value implements to show itself: `value[JUPYTER_DISPLAY]()` → MimeData (or a Promise of it). */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** The content of a display_data or update_display_data message. */
export interface DisplayContent {
  data: MimeData;
  metadata: Record<string, unknown>;
  transient: { display_id?: string };
}

/** What the nnlab kernel puts on `globalThis[KERNEL_SINK]` to receive output from library code. */
export interface KernelSink {
  /** Sends display_data, or update_display_data (in place, by `transient.display_id`) when `update`. */
  display(content: DisplayContent, update: boolean): void;
  /** Clears the running cell's output (`wait`: only when the next output arrives). */
  clearOutput(wait: boolean): void;
  /** Adds a pager payload (`source: "page"`) to the running cell's execute_reply. */
  page(data: MimeData): void;
}

export const KERNEL_SINK = Symbol.for("nnlab.kernel");

/** The running nnlab kernel's sink, or undefined outside it. */
export function kernelSink(): KernelSink | undefined {
  const sink = (globalThis as Record<symbol, unknown>)[KERNEL_SINK] as Partial<KernelSink> | undefined;
  return sink && typeof sink.display === "function" ? (sink as KernelSink) : undefined;
}

/** Installs the kernel's sink (the kernel does this once, when it starts). */
export function installKernelSink(sink: KernelSink): void {
  (globalThis as Record<symbol, unknown>)[KERNEL_SINK] = sink;
}

/** One entry of the registry: which values it takes, and how it shows them. */
interface DisplayRule {
  matches(value: unknown): boolean;
  display(value: unknown): DisplayResult;
}

const REGISTRY = Symbol.for("nnlab.displays");

function rules(): DisplayRule[] {
  const g = globalThis as Record<symbol, unknown>;
  if (!Array.isArray(g[REGISTRY])) g[REGISTRY] = [];
  return g[REGISTRY] as DisplayRule[];
}

/**
 * Says how values that pass `matches` are shown when they are a cell's last
 * expression (or given to `show`). The newest registration is asked first.
 *
 * @example
 *   registerDisplay(instanceOf(Trace), (trace) => ({ [MIME.markdown]: tables(trace), [MIME.text]: String(trace) }));
 */
export function registerDisplay<T>(matches: (value: unknown) => value is T, display: (value: T) => DisplayResult): void {
  rules().unshift({ matches, display: display as (value: unknown) => DisplayResult });
}

/** A `matches` for `registerDisplay`: instances of `type`. */
export function instanceOf<T>(type: abstract new (...args: never[]) => T): (value: unknown) => value is T {
  return (value): value is T => value instanceof type;
}

/**
 * How `value` shows itself: its own `[JUPYTER_DISPLAY]` method, else the
 * newest registered display that matches it; undefined when it has neither
 * (then it is shown as text).
 */
export function displayOf(value: unknown): (() => DisplayResult | Promise<DisplayResult>) | undefined {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return undefined;
  const own = (value as Record<symbol, unknown>)[JUPYTER_DISPLAY];
  if (typeof own === "function") return () => own.call(value) as DisplayResult | Promise<DisplayResult>;
  const rule = rules().find((r) => r.matches(value));
  return rule ? () => rule.display(value) : undefined;
}
