/** A plain-text table with aligned columns (numbers right-aligned). */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows].map((row) => row.map(String));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  const line = (row: readonly (string | number)[], texts: string[]) =>
    texts.map((text, i) => (typeof row[i] === "number" || /^-?\d+(\.\d+)?$/.test(text) ? text.padStart(widths[i]) : text.padEnd(widths[i]))).join("  ").trimEnd();
  const out = [line(header, cells[0]), widths.map((w) => "-".repeat(w)).join("  ")];
  rows.forEach((row, i) => out.push(line(row, cells[i + 1])));
  return out.join("\n");
}
