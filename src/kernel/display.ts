/**
 * Showing rich output from library code, inside or outside the nnlab kernel.
 *
 *   import { display, newDisplayId } from "./kernel/display";
 *   const id = newDisplayId();
 *   display({ "text/plain": "epoch 1", "image/png": png }, { id });          // display_data
 *   display({ "text/plain": "epoch 2", "image/png": png2 }, { id, update: true }); // update_display_data
 *
 * Inside the kernel the bundle goes to the cell that is running (or ran last)
 * and `display` returns undefined (so a cell ending with it shows it once);
 * outside the kernel nothing is sent and the normalised bundle is returned.
 * The kernel installs its sink on `globalThis[Symbol.for("nnlab.kernel")]`, so
 * this works across copies of the library loaded in one process.
 */
import { randomBytes } from "crypto";
import { MimeBundle, normalizeBundle } from "./bundle";

export type { MimeBundle } from "./bundle";

export interface DisplayOptions {
  /** Display id: later calls with `update: true` replace this output in place. */
  id?: string;
  /** Send `update_display_data` for `id` instead of a new `display_data`. */
  update?: boolean;
  /** Per-MIME metadata, e.g. `{ "image/png": { width: 400 } }`. */
  metadata?: Record<string, unknown>;
}

/** What the kernel puts on the global to receive displays. */
export interface KernelSink {
  display(content: { data: Record<string, unknown>; metadata: Record<string, unknown>; transient: { display_id?: string } }, update: boolean): void;
  clearOutput(wait: boolean): void;
  /** Adds a pager payload (`source: "page"`) to the running cell's execute_reply. */
  page(data: Record<string, unknown>): void;
}

export const KERNEL_SINK = Symbol.for("nnlab.kernel");

/** The running kernel's sink, or undefined outside the nnlab kernel. */
export function kernelSink(): KernelSink | undefined {
  return (globalThis as any)[KERNEL_SINK];
}

/** True when running inside the nnlab kernel. */
export function inKernel(): boolean {
  return kernelSink() !== undefined;
}

/** Sends `bundle` as display_data (or update_display_data); outside the kernel returns the normalised bundle. */
export function display(bundle: MimeBundle, options: DisplayOptions = {}): Record<string, unknown> | undefined {
  if (options.update && !options.id) throw new Error("display(bundle, { update: true }) needs the id of the display to update.");
  const data = normalizeBundle(bundle);
  const transient = options.id ? { display_id: options.id } : {};
  const sink = kernelSink();
  if (!sink) return data;
  sink.display({ data, metadata: options.metadata ?? {}, transient }, options.update === true);
  return undefined;
}

/** Clears the running cell's output (`wait`: only when the next output arrives). */
export function clearOutput(wait = false): void {
  kernelSink()?.clearOutput(wait);
}

/** A fresh display id for `display(bundle, { id })`. */
export function newDisplayId(): string {
  return randomBytes(8).toString("hex");
}

/** Shows `bundle` in the frontend's pager (a help panel) instead of the cell output. */
export function page(bundle: MimeBundle): Record<string, unknown> | undefined {
  const data = normalizeBundle(bundle);
  const sink = kernelSink();
  if (!sink) return data;
  sink.page(data);
  return undefined;
}
