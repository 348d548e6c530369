/**
 * The one notebook type: the parts of the Jupyter notebook format (nbformat
 * 4) that nnlab writes (release, grade) and reads (run, export, grade).
 *
 * In memory a cell's source is one string; on disk Jupyter stores it as a
 * list of lines (serialize.ts writes that form, readNotebook reads either).
 * Outputs are kept as they are stored.
 */
import { messages } from "./messages";

export type CellType = "markdown" | "code" | "raw";

export interface NotebookCell {
  /** nbformat 4.5's cell id (readNotebook gives cells of older notebooks one, as nbformat's upgrade does). */
  id: string;
  cell_type: CellType;
  metadata: Record<string, unknown>;
  source: string;
  /** Code cells only. */
  execution_count?: number | null;
  outputs?: CellOutput[];
  attachments?: Record<string, unknown>;
}

/** One output of a code cell, as nbformat stores it (text may be a list of lines). */
export interface CellOutput {
  output_type: "stream" | "display_data" | "execute_result" | "error" | "update_display_data";
  /** stream: "stdout" or "stderr". */
  name?: string;
  text?: string | string[];
  /** display_data and execute_result: one entry per MIME type. */
  data?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  execution_count?: number | null;
  ename?: string;
  evalue?: string;
  traceback?: string[];
}

export interface Notebook {
  cells: NotebookCell[];
  metadata: Record<string, unknown>;
  nbformat: 4;
  /** nnlab writes 5; it reads any. */
  nbformat_minor: number;
}

/** A cell's source (or any text field stored as a string or as lines) as one string. */
export function joinSource(source: unknown): string {
  return Array.isArray(source) ? source.join("") : typeof source === "string" ? source : "";
}

/** Jupyter stores source as lines, each keeping its "\n" except the last. */
export function splitLines(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n");
  return lines.map((line, k) => (k < lines.length - 1 ? `${line}\n` : line)).filter((line) => line !== "");
}

/** A notebook from its file text: sources joined into strings, missing metadata made empty, missing ids `cell-<index>`. */
export function readNotebook(text: string): Notebook {
  const raw = JSON.parse(text) as { cells?: unknown; metadata?: unknown; nbformat?: unknown; nbformat_minor?: unknown };
  if (raw === null || typeof raw !== "object" || !Array.isArray(raw.cells)) throw new Error(messages.noCells());
  if (raw.nbformat !== undefined && raw.nbformat !== 4) throw new Error(messages.notNbformat4(raw.nbformat));
  return {
    cells: raw.cells.map((cell: Record<string, unknown>, k: number) => ({
      ...cell,
      id: typeof cell.id === "string" ? cell.id : `cell-${k}`,
      cell_type: cell.cell_type === "markdown" || cell.cell_type === "raw" ? cell.cell_type : "code",
      metadata: (cell.metadata ?? {}) as Record<string, unknown>,
      source: joinSource(cell.source),
    })),
    metadata: (raw.metadata ?? {}) as Record<string, unknown>,
    nbformat: 4,
    nbformat_minor: typeof raw.nbformat_minor === "number" ? raw.nbformat_minor : 0,
  };
}
