import { expect, test } from "vitest";
import { joinSource, readNotebook, serializeNotebook, splitLines, type Notebook } from "../../src/ipynb";

test("splitLines(text) keeps each line's newline but the last's; joinSource(lines) undoes it", () => {
  expect(splitLines("a\nb\n\nc")).toEqual(["a\n", "b\n", "\n", "c"]);
  expect(splitLines("")).toEqual([]);
  expect(joinSource(splitLines("a\nb\n\nc"))).toBe("a\nb\n\nc");
  expect(joinSource("x")).toBe("x");
  expect(joinSource(undefined)).toBe("");
});

test("readNotebook(serializeNotebook(nb)) gives nb back", () => {
  const nb: Notebook = {
    cells: [
      { id: "a", cell_type: "markdown", metadata: {}, source: "# T\n\ntext" },
      { id: "b", cell_type: "code", metadata: { tags: ["x"] }, source: "1 + 1\n2", execution_count: 1, outputs: [{ output_type: "execute_result", execution_count: 1, data: { "text/plain": "2" }, metadata: {} }] },
    ],
    metadata: { kernelspec: { name: "nnlab" } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  const text = serializeNotebook(nb);
  expect(JSON.parse(text).cells[1].source).toEqual(["1 + 1\n", "2"]);
  expect(readNotebook(text)).toEqual(nb);
});

test("readNotebook(text) of an nbformat 4.4 notebook: missing ids and metadata filled in, raw cells kept", () => {
  const nb = readNotebook(JSON.stringify({ nbformat: 4, nbformat_minor: 4, cells: [{ cell_type: "raw", source: ["x"] }, { cell_type: "code", source: "y", metadata: {} }] }));
  expect(nb.cells.map((c) => [c.id, c.cell_type, c.source])).toEqual([["cell-0", "raw", "x"], ["cell-1", "code", "y"]]);
  expect(nb.metadata).toEqual({});
  expect(nb.cells[0].metadata).toEqual({});
});

test("readNotebook(text) refuses what is not an nbformat 4 notebook", () => {
  expect(() => readNotebook("{}")).toThrow("not a Jupyter notebook");
  expect(() => readNotebook(JSON.stringify({ nbformat: 3, cells: [] }))).toThrow("not an nbformat 4 notebook");
});
