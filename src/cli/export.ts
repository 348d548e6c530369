/**
 * `nnlab export NOTEBOOK [-o FILE]` — a lesson as one self-contained HTML
 * page with interactive charts, for sharing outside Jupyter (default: next to
 * the notebook, `.html`). A notebook without outputs (as lessons ship) is run
 * through the nnlab kernel first (`nnlab run`'s machinery), so the page has
 * its charts.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { Args, stringOption } from "./args";
import { joined } from "./html";
import { markdownToHtml } from "./markdown";
import { Notebook, renderPage } from "./page";
import { runNotebooks } from "./run";

export const EXPORT_USAGE = `usage: nnlab export NOTEBOOK.ipynb [-o FILE.html]

  Writes the notebook as one self-contained HTML page with interactive charts (default: next to
  it, NOTEBOOK.html). A notebook with no outputs is run through the nnlab kernel first.`;

/** True when no code cell has an output (a notebook as released, never run). */
export function hasNoOutputs(notebook: Notebook): boolean {
  const code = notebook.cells.filter((c) => c.cell_type === "code");
  return code.length > 0 && code.every((c) => !c.outputs || c.outputs.length === 0);
}

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
  if (args.options.help || args.options.h) {
    console.log(EXPORT_USAGE);
    return 0;
  }
  const [notebook] = args.positional;
  if (!notebook) {
    console.error(EXPORT_USAGE);
    return 2;
  }
  const out = stringOption(args, "o", "out", "output") ?? notebook.replace(/\.ipynb$/, "") + ".html";
  if (!hasNoOutputs(JSON.parse(readFileSync(notebook, "utf8")) as Notebook)) {
    exportNotebook(notebook, out);
  } else {
    console.log(`${notebook} has no outputs; running it through the nnlab kernel first …`);
    const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-export-"));
    try {
      const [result] = runNotebooks([{ path: path.resolve(notebook), relative: path.basename(notebook) }], work, 600, true);
      if (result.status !== "ok") console.error(`nnlab export: cell ${result.failed_cell} raised ${result.error ?? "an error"}; the page shows it.`);
      exportNotebook(result.out, out);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }
  console.log(`Wrote ${out}`);
  return 0;
}
