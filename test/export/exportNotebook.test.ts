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
