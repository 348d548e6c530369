/** The parts of the Jupyter notebook format (nbformat 4.5) that nnlab writes and reads. */
export interface NotebookCell {
  id: string;
  cell_type: "markdown" | "code";
  metadata: Record<string, unknown>;
  source: string;
  execution_count?: number | null;
  outputs?: unknown[];
}

export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: 4;
  nbformat_minor: 5;
}

/** nbgrader's cell metadata, schema version 3. */
export interface NbgraderMetadata {
  schema_version: 3;
  grade: boolean;
  solution: boolean;
  locked: boolean;
  grade_id: string;
  points?: number;
  checksum?: string;
  task?: boolean;
}

/**
 * The notebook metadata every nnlab notebook carries: the nnlab kernel, and
 * exactly the language_info its kernel_info_reply sends — JupyterLab copies
 * the reply into the notebook when the kernel starts, so any difference would
 * mark a freshly opened notebook as modified (a test keeps the two equal).
 */
export const notebookMetadata = {
  kernelspec: { display_name: "TypeScript (nnlab)", language: "typescript", name: "nnlab" },
  language_info: {
    codemirror_mode: { mode: "typescript", name: "javascript", typescript: true },
    file_extension: ".ts",
    mimetype: "text/typescript",
    name: "typescript",
    pygments_lexer: "typescript",
    version: "5.0.4",
  },
} as const;

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

/** Jupyter stores source as lines, each keeping its "\n" except the last. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  return lines.map((line, k) => (k < lines.length - 1 ? `${line}\n` : line)).filter((line) => line !== "");
}

/** A cell's source as one string, whether stored as a string or as lines. */
export function joinSource(source: unknown): string {
  return Array.isArray(source) ? source.join("") : typeof source === "string" ? source : "";
}

function sortedReplacer(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
