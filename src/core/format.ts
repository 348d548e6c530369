/** How numbers are written for a learner: 4 significant digits, a real minus sign, no float noise. */
export function num(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  const text = String(+value.toPrecision(digits));
  return text.startsWith("-") ? `−${text.slice(1)}` : text;
}

/** The same number in LaTeX: ASCII minus, `\times 10^{k}` for exponents. */
export function tex(value: number, digits = 4): string {
  const s = num(value, digits).replace("−", "-");
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]} \\times 10^{${+m[2]}}` : s;
}

/** A factor in a product: negative numbers in parentheses, e.g. "(−0.25)" (in LaTeX with `latex`). */
export function factor(value: number, digits = 4, latex = false): string {
  const s = latex ? tex(value, digits) : num(value, digits);
  return value < 0 ? `(${s})` : s;
}

/** "0.5·1 + (−0.25)·2 + 0.1": the weighted sum written out with its numbers. */
export function weightedSum(weights: readonly number[], inputs: readonly number[], bias: number): string {
  const terms = weights.map((w, i) => `${factor(w)}·${factor(inputs[i])}`);
  return [...terms, factor(bias)].join(" + ");
}

/** Numbers for a printout: 4 significant digits, comma-separated, e.g. "0.5, -0.25". */
export function fmt(values: readonly number[]): string {
  return values.map((v) => +v.toPrecision(4)).join(", ");
}
