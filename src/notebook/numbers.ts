/** Numbers as a learner reads them: `digits` significant digits, no trailing zeros, a true minus sign in text. */
export function num(value: number, digits = 4): string {
  if (!Number.isFinite(value)) return String(value);
  const v = +value.toPrecision(digits);
  return (Object.is(v, -0) ? 0 : v).toString().replace("-", "−");
}

/** The same number in LaTeX (ASCII minus, `\times 10^{k}` for exponents). */
export function tex(value: number, digits = 4): string {
  const s = num(value, digits).replace("−", "-");
  const m = /^(-?[\d.]+)e([+-]\d+)$/.exec(s);
  return m ? `${m[1]} \\times 10^{${+m[2]}}` : s;
}

/** A factor in a product: negative numbers in parentheses, `(−0.25)`. */
export function factor(value: number, digits = 4, latex = false): string {
  const s = latex ? tex(value, digits) : num(value, digits);
  return value < 0 ? `(${s})` : s;
}
