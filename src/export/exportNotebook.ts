/**
 * A notebook file as one self-contained HTML page: its Markdown through
 * nbconvert's renderer (markdown.ts), its code and outputs through page.ts.
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { readNotebook, type Notebook } from "../ipynb";
import { markdownToHtml } from "./markdown";
import { renderPage } from "./page";

/** True when no code cell has an output (a notebook as released, never run). */
export function hasNoOutputs(notebook: Pick<Notebook, "cells">): boolean {
  const code = notebook.cells.filter((c) => c.cell_type === "code");
  return code.length > 0 && code.every((c) => !c.outputs || c.outputs.length === 0);
}

/** The page title: the notebook's first Markdown heading, else its file name. */
export function titleOf(notebook: Pick<Notebook, "cells">, file: string): string {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const heading = /^#+\s+(.+)$/m.exec(cell.source);
    if (heading) return heading[1].trim();
  }
  return path.basename(file, ".ipynb");
}

/** Writes the HTML page for the notebook at `ipynb` to `html`. */
export function exportNotebook(ipynb: string, html: string): void {
  exportNotebooks([{ ipynb, html }]);
}

/**
 * Writes the HTML page of each notebook. The Markdown of all of them goes
 * through the renderer in one call: starting its Python costs more than a
 * lesson's Markdown takes to render.
 */
export function exportNotebooks(pages: readonly { ipynb: string; html: string }[]): void {
  const notebooks = pages.map(({ ipynb }) => readNotebook(readFileSync(ipynb, "utf8")));
  const sources = notebooks.map((notebook) => notebook.cells.filter((c) => c.cell_type === "markdown").map((c) => c.source));
  const rendered = markdownToHtml(sources.flat());
  let from = 0;
  pages.forEach(({ ipynb, html }, k) => {
    const markdown = rendered.slice(from, (from += sources[k].length));
    mkdirSync(path.dirname(path.resolve(html)), { recursive: true });
    writeFileSync(html, renderPage(notebooks[k], titleOf(notebooks[k], ipynb), markdown));
  });
}
