/**
 * `nnlab export NOTEBOOK [-o FILE]` — a lesson as one self-contained HTML
 * page with interactive charts (src/export), for sharing outside Jupyter
 * (default: next to the notebook, `.html`). A notebook without outputs (as
 * lessons ship) is run through the nnlab kernel first (`nnlab run`'s
 * machinery), so the page has its charts.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { exportNotebook, hasNoOutputs } from "../export";
import { readNotebook } from "../ipynb";
import { defineCommand, withArgs } from "./args";
import { runNotebooks } from "./run";

export const EXPORT = defineCommand({
  name: "export",
  summary: "export a notebook as one self-contained HTML page (run first if it has no outputs)",
  usage: `usage: nnlab export NOTEBOOK.ipynb [-o FILE.html]

  Writes the notebook as one self-contained HTML page with interactive charts (default: next to
  it, NOTEBOOK.html). A notebook with no outputs is run through the nnlab kernel first.
    -o, --out FILE   where to write the page (--output FILE too)`,
  options: { out: { type: "string", short: "o" }, output: { type: "string" } },
  positionals: { min: 1, max: 1, what: "a notebook" },
});

export const exportCommand = withArgs(EXPORT, ({ values, positionals: [notebook] }) => {
  const out = values.out ?? values.output ?? notebook.replace(/\.ipynb$/, "") + ".html";
  if (!hasNoOutputs(readNotebook(readFileSync(notebook, "utf8")))) {
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
});
