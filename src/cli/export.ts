/**
 * `nnlab export NOTEBOOK [-o FILE]` — a lesson as one self-contained HTML
 * page with interactive charts, for sharing outside Jupyter (default: next to
 * the notebook, `.html`).
 */
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { Args, stringOption } from "./args";
import { joined } from "./html";
import { markdownToHtml } from "./markdown";
import { Notebook, renderPage } from "./page";

/** The page title: the notebook's first Markdown heading, else its file name. */
export function titleOf(notebook: Notebook, file: string): string {
  for (const cell of notebook.cells) {
    if (cell.cell_type !== "markdown") continue;
    const heading = /^#+\s+(.+)$/m.exec(joined(cell.source));
    if (heading) return heading[1].trim();
  }
  return path.basename(file, ".ipynb");
}

/** Writes the HTML page for the notebook at `ipynb` to `html`. */
export function exportNotebook(ipynb: string, html: string): void {
  const notebook = JSON.parse(readFileSync(ipynb, "utf8")) as Notebook;
  const markdown = markdownToHtml(notebook.cells.filter((c) => c.cell_type === "markdown").map((c) => joined(c.source)));
  mkdirSync(path.dirname(path.resolve(html)), { recursive: true });
  writeFileSync(html, renderPage(notebook, titleOf(notebook, ipynb), markdown));
}

export function exportCommand(args: Args): number {
  const [notebook] = args.positional;
  if (!notebook) {
    console.error("usage: nnlab export NOTEBOOK.ipynb [-o FILE.html]");
    return 2;
  }
  const out = stringOption(args, "o", "out", "output") ?? notebook.replace(/\.ipynb$/, "") + ".html";
  exportNotebook(notebook, out);
  console.log(`Wrote ${out}`);
  return 0;
}
