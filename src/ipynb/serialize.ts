import { splitLines, type Notebook } from "./notebook";

/**
 * A notebook as text the way Jupyter writes it (one-space indent, keys
 * sorted, source split into lines), so the same notebook always gives the
 * same bytes.
 */
export function serializeNotebook(notebook: Notebook): string {
  return `${JSON.stringify(toDisk(notebook), sortedReplacer, 1)}\n`;
}

function toDisk(notebook: Notebook): unknown {
  return {
    ...notebook,
    cells: notebook.cells.map((cell) => ({ ...cell, source: splitLines(cell.source) })),
  };
}

function sortedReplacer(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
