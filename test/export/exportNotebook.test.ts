import { expect, test } from "vitest";
import { hasNoOutputs, titleOf } from "../../src/export";

test("hasNoOutputs(notebook) is true for a notebook as released (code cells without outputs) only", () => {
  const code = (outputs: { output_type: "stream"; name?: string; text?: string }[]) => ({ cell_type: "code" as const, source: "1", outputs });
  expect(hasNoOutputs({ cells: [code([]), code([])] })).toBe(true);
  expect(hasNoOutputs({ cells: [code([]), code([{ output_type: "stream", name: "stdout", text: "x" }])] })).toBe(false);
  expect(hasNoOutputs({ cells: [{ cell_type: "markdown", source: "# only text" }] })).toBe(false);
});

test("titleOf(notebook, file) is the first Markdown heading, else the file's name", () => {
  expect(titleOf({ cells: [{ cell_type: "code", source: "# not a heading" }, { cell_type: "markdown", source: ["Intro\n", "## The neuron \n"] }] }, "x/01.ipynb")).toBe("The neuron");
  expect(titleOf({ cells: [{ cell_type: "markdown", source: "no heading" }] }, "x/01-neuron.ipynb")).toBe("01-neuron");
});
