/**
 * MIME bundles: `{ "text/plain": ..., "image/png": base64, "application/vnd.vegalite.v5+json": {...} }`.
 *
 * Jupyter wants binary data as base64 text, JSON types as objects (not JSON
 * text) and always a `text/plain` fallback.
 */
import { inspect } from "util";

export type MimeBundle = Record<string, unknown>;

/** The symbol a value implements to show itself: `value[Symbol.for("Jupyter.display")]()` → MimeBundle. */
export const JUPYTER_DISPLAY = Symbol.for("Jupyter.display");

/** True for `application/json` and every `...+json` type. */
export function isJsonMime(mime: string): boolean {
  return mime === "application/json" || mime.endsWith("+json");
}

/** Text a learner reads for any value, like Node's console.log (strings quoted). */
export function plainText(value: unknown): string {
  return inspect(value, { depth: 4, colors: false, maxArrayLength: 50, breakLength: 100 });
}

/** Makes a bundle fit to send: base64 for bytes, objects for JSON types, a text/plain fallback. */
export function normalizeBundle(bundle: MimeBundle, fallback?: unknown): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const [mime, value] of Object.entries(bundle)) {
    if (value === undefined) continue;
    if (value instanceof Uint8Array) data[mime] = Buffer.from(value).toString("base64");
    else if (isJsonMime(mime) && typeof value === "string") data[mime] = JSON.parse(value);
    else data[mime] = value;
  }
  if (typeof data["text/plain"] !== "string") {
    data["text/plain"] = fallback === undefined ? plainText(bundle) : plainText(fallback);
  }
  return data;
}

/** True when `value` has a `[Symbol.for("Jupyter.display")]` method. */
export function isDisplayable(value: unknown): value is { [JUPYTER_DISPLAY](): MimeBundle | null | undefined | Promise<MimeBundle | null | undefined> } {
  return value != null && (typeof value === "object" || typeof value === "function") && typeof (value as any)[JUPYTER_DISPLAY] === "function";
}

/**
 * The bundle that shows `value` as a cell's result: its own rich bundle when
 * it has one, else text. Undefined when its display method returns null or
 * undefined: the value has shown itself already (e.g. with display_data).
 */
export async function bundleOf(value: unknown): Promise<Record<string, unknown> | undefined> {
  if (!isDisplayable(value)) return { "text/plain": plainText(value) };
  const bundle = await value[JUPYTER_DISPLAY]();
  return bundle == null ? undefined : normalizeBundle(bundle, value);
}
