/**
 * The one place that talks to a running kernel. Everything in src/notebook
 * sends through `send`, so wiring nnlab to another kernel is a change here.
 *
 * Order of preference:
 *   1. the nnlab kernel's sink (`kernelSink()` of src/jupyter/display.ts, the
 *      contract both sides import): whole bundles, display ids, updates;
 *   2. tslab's own kernel, through `lastWriteDisplayData` of `tslab/dist/jupyter`
 *      (set while tslab runs a cell): the same message, sent directly, since
 *      `tslab.display.raw` takes one MIME type only.
 * Outside a kernel `send` returns false and callers hand the bundle back.
 */
import { createRequire } from "module";
import { join } from "path";
import { kernelSink, type Bundle, type DisplayContent } from "../jupyter/display";
import { messages } from "./messages";

/** Node's require (also where this file runs as an ES module, as under vitest). */
const nodeRequire: NodeRequire = typeof require === "function" ? require : createRequire(join(process.cwd(), "index.js"));

export interface SendOptions {
  /** Display id, so that a later `update: true` replaces this output in place. */
  id?: string;
  /** Send update_display_data for `id` instead of a new display_data. */
  update?: boolean;
}

type Writer = (content: DisplayContent, update: boolean) => void;

/** The function that writes display messages in the running kernel, or undefined outside one. */
function kernelWriter(): Writer | undefined {
  const sink = kernelSink();
  if (sink) return (content, update) => sink.display(content, update);
  const tslab = tslabJupyter();
  if (tslab && typeof tslab.lastWriteDisplayData === "function") return tslab.lastWriteDisplayData;
  return undefined;
}

/** True inside a kernel that can show rich output. */
export function inKernel(): boolean {
  return kernelWriter() !== undefined;
}

/** Sends a bundle as display_data (or update_display_data); false when no kernel is running. */
export function send(bundle: Bundle, options: SendOptions = {}): boolean {
  const write = kernelWriter();
  if (!write) return false;
  if (options.update && !options.id) throw new Error(messages.updateWithoutId());
  write({ data: bundle.data, metadata: bundle.metadata, transient: options.id ? { display_id: options.id } : {} }, options.update === true);
  return true;
}

function tslabJupyter(): { lastWriteDisplayData: Writer | null } | undefined {
  try {
    // Only if tslab is already loaded: requiring it outside a kernel would load TypeScript for nothing.
    const path = nodeRequire.resolve("tslab/dist/jupyter");
    return nodeRequire.cache[path] ? (nodeRequire(path) as { lastWriteDisplayData: Writer | null }) : undefined;
  } catch {
    return undefined;
  }
}
