/** Every message src/notebook gives a learner, in one place. Each names the call, what it expected and what it got. */

/** A value as a message names it: `a Network`, `an object with keys a, b`, `42`. */
export function describeValue(x: unknown): string {
  if (x === null || typeof x !== "object") return String(x);
  const name = (x as object).constructor?.name;
  return name && name !== "Object" ? `a ${name}` : `an object with keys ${Object.keys(x).slice(0, 5).join(", ")}`;
}

const shown = (value: unknown) => (typeof value === "string" ? `"${value}"` : String(value));

export const messages = {
  /** The one wording for a bad option, as the engine's: `render(spec, { scale }): scale must be a number above 0, got 0.` */
  option: (call: string, name: string, expected: string, value: unknown) =>
    `${call}: ${name} must be ${expected}, got ${shown(value)}.`,
  notShowable: (x: unknown) =>
    `show(x): expected a chart (a Vega-Lite spec from a chart builder such as lossCurve), an explanation from explain(…), a trace, grads or a history, got ${describeValue(x)}.`,
  nothingToShow: (x: unknown) =>
    `show(x): ${describeValue(x)} has nothing to show (it already reported itself, as a wrong exercise check does on stderr).`,
  updateWithoutId: () => "send(bundle, { update: true }) needs the id of the display to update.",
  noSuchForm: (path: string, what: "chart" | "explanation", ext: string, forms: readonly string[]) =>
    `save(x, "${path}"): this ${what} has no ${ext} form; use one of ${forms.join(", ")}.`,
  neuronWithoutLayer: () => "explain(trace, { neuron }): say which layer too, e.g. { layer: 0, neuron: 1 }.",
  noFont: (dirs: readonly string[]) =>
    `nnlab draws chart pictures with the font DejaVu Sans, which is not installed (looked in ${dirs.join(", ")}). ` +
    "Install it with `apt-get install fonts-dejavu-core`, or set NNLAB_FONT_DIR to a folder with DejaVuSans.ttf.",
  fontTable: (file: string, tag: string) => `${file} is not a TrueType font with a "${tag}" table.`,
  fontCmap: (file: string) => `${file} has no Unicode (format 4) character map.`,
  vegaViewSize: (width: string, height: string) =>
    `nnlab reads the laid-out chart size from Vega's View (_viewWidth, _viewHeight), but this Vega has ${width} and ${height} there: ` +
    "install the vega version package.json pins.",
} as const;
