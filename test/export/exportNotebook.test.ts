import { expect, test } from "vitest";
import { hasNoOutputs, titleOf } from "../../src/export";
import type { CellOutput, NotebookCell } from "../../src/ipynb";

const code = (outputs: CellOutput[], source = "1"): NotebookCell => ({ id: "c", cell_type: "code", metadata: {}, source, execution_count: null, outputs });
const markdown = (source: string): NotebookCell => ({ id: "m", cell_type: "markdown", metadata: {}, source });

test("hasNoOutputs(notebook) is true for a notebook as released (code cells without outputs) only", () => {
  expect(hasNoOutputs({ cells: [code([]), code([])] })).toBe(true);
  expect(hasNoOutputs({ cells: [code([]), code([{ output_type: "stream", name: "stdout", text: "x" }])] })).toBe(false);
  expect(hasNoOutputs({ cells: [markdown("# only text")] })).toBe(false);
});

test("titleOf(notebook, file) is the first Markdown heading, else the file's name", () => {
  expect(titleOf({ cells: [code([], "# not a heading"), markdown("Intro\n## The neuron \n")] }, "x/01.ipynb")).toBe("The neuron");
  expect(titleOf({ cells: [markdown("no heading")] }, "x/01-neuron.ipynb")).toBe("01-neuron");
});

test("exportNotebooks(pages) renders every notebook's Markdown in one call and gives each page its own cells, in order", async () => {
  const { mkdtempSync, readFileSync, rmSync, writeFileSync } = await import("fs");
  const os = await import("os");
  const path = await import("path");
  const { exportNotebooks } = await import("../../src/export");
  const dir = mkdtempSync(path.join(os.tmpdir(), "nnlab-export-test-"));
  try {
    const notebook = (cells: NotebookCell[]) => JSON.stringify({ nbformat: 4, nbformat_minor: 5, metadata: {}, cells });
    const pages = [
      { ipynb: path.join(dir, "a.ipynb"), html: path.join(dir, "out", "a.html"), cells: [markdown("# Alpha page"), code([]), markdown("alpha second *cell*")] },
      { ipynb: path.join(dir, "b.ipynb"), html: path.join(dir, "out", "b.html"), cells: [markdown("# Beta page")] },
      { ipynb: path.join(dir, "c.ipynb"), html: path.join(dir, "out", "c.html"), cells: [code([])] },
    ];
    for (const page of pages) writeFileSync(page.ipynb, notebook(page.cells));
    exportNotebooks(pages);
    const [a, b, c] = pages.map((page) => readFileSync(page.html, "utf8"));
    expect(a).toContain("Alpha page");
    expect(a.indexOf("Alpha page")).toBeLessThan(a.indexOf("alpha second"));
    expect(a).not.toContain("Beta page");
    expect(b).toContain("Beta page");
    expect(b).not.toContain("alpha second");
    expect(c).not.toMatch(/Alpha page|Beta page|alpha second/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
