/**
 * A cell's result as MIME data: `{ "text/plain": ..., "image/png": base64, "application/vnd.vegalite.v5+json": {...} }`.
 *
 * How a value shows is the display contract's (src/jupyter/display.ts): its
 * own `[Symbol.for("Jupyter.display")]()` method, else what the library
 * registered for its type. Jupyter wants binary data as base64 text, JSON
 * types as objects (not JSON text) and always a `text/plain` fallback.
 */
import { inspect } from "util";
import { displayOf, MIME, type MimeData } from "../jupyter/display";

/** True for `application/json` and every `...+json` type. */
function isJsonMime(mime: string): boolean {
  return mime === "application/json" || mime.endsWith("+json");
}

/** Text a learner reads for any value, like Node's console.log (strings quoted). */
function plainText(value: unknown): string {
  return inspect(value, { depth: 4, colors: false, maxArrayLength: 50, breakLength: 100 });
}

/** Makes MIME data fit to send: base64 for bytes, objects for JSON types, a text/plain fallback. */
export function normalizeBundle(bundle: MimeData, fallback?: unknown): MimeData {
  const data: MimeData = {};
  for (const [mime, value] of Object.entries(bundle)) {
    if (value === undefined) continue;
    if (value instanceof Uint8Array) data[mime] = Buffer.from(value).toString("base64");
    else if (isJsonMime(mime) && typeof value === "string") data[mime] = JSON.parse(value);
    else data[mime] = value;
  }
  if (typeof data[MIME.text] !== "string") {
    data[MIME.text] = fallback === undefined ? plainText(bundle) : plainText(fallback);
  }
  return data;
}

/**
 * The data that shows `value` as a cell's result: its rich display when it
 * has one, else text. Undefined when its display returns null or undefined:
 * the value has shown itself already (e.g. with display_data).
 */
export async function bundleOf(value: unknown): Promise<MimeData | undefined> {
  const display = displayOf(value);
  if (!display) return { [MIME.text]: plainText(value) };
  const bundle = await display();
  return bundle == null ? undefined : normalizeBundle(bundle, value);
}
