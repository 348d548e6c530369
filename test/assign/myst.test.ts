import { describe, expect, it } from "vitest";
import { parseMyst } from "../../src/assign";

const lesson = [
  "---",
  "kernelspec:",
  "  name: nnlab",
  "---",
  "",
  "# The neuron",
  "",
  "Some text.",
  "",
  "```{code-cell} typescript",
  ":nbgrader: solution",
  ":grade_id: ex1",
  ":tags: [exercise, easy]",
  "const x = 1;",
  "```",
  "",
  "+++ {\"slideshow\": {\"slide_type\": \"slide\"}}",
  "",
  "More text with a fence:",
  "```ts",
  "not a cell",
  "```",
].join("\n");

describe("parseMyst", () => {
  it("parseMyst(text) reads front matter, Markdown cells and code cells with their options", () => {
    const { frontMatter, cells } = parseMyst(lesson);
    expect(frontMatter).toBe("kernelspec:\n  name: nnlab");
    expect(cells.map((c) => c.cell_type)).toEqual(["markdown", "code", "markdown"]);
    expect(cells[0].source).toBe("# The neuron\n\nSome text.");
    expect(cells[1]).toMatchObject({ source: "const x = 1;", metadata: { nbgrader: "solution", grade_id: "ex1", tags: ["exercise", "easy"] }, line: 10 });
    expect(cells[2].metadata).toEqual({ slideshow: { slide_type: "slide" } });
    expect(cells[2].source).toBe("More text with a fence:\n```ts\nnot a cell\n```");
  });

  it("parseMyst(text) reads numbers and booleans in options as JSON", () => {
    const { cells } = parseMyst("```{code-cell} typescript\n:points: 2\n:hidden: true\n1\n```");
    expect(cells[0].metadata).toEqual({ points: 2, hidden: true });
  });

  it("parseMyst(text) rejects an unclosed cell, another language and bad +++ metadata, naming the line", () => {
    expect(() => parseMyst("a\n```{code-cell} typescript\n1", "x.md")).toThrow("x.md:2: this code cell is never closed");
    expect(() => parseMyst("```{code-cell} python\n1\n```", "x.md")).toThrow("x.md:1: code cells must be {code-cell} typescript");
    expect(() => parseMyst("+++ {bad}\n", "x.md")).toThrow("x.md:1: the metadata after +++ must be JSON");
    expect(() => parseMyst("---\na: 1\n", "x.md")).toThrow("x.md:1: the front matter");
  });

  it("parseMyst(text) closes a cell only at a fence as long as its opening: a ```` cell may hold a ``` line", () => {
    const text = ["````{code-cell} typescript", "const md = `", "```", "`;", "````", "", "after"].join("\n");
    const { cells } = parseMyst(text);
    expect(cells.map((c) => [c.cell_type, c.source])).toEqual([["code", "const md = `\n```\n`;"], ["markdown", "after"]]);
  });

  it("parseMyst(text) never reads a {code-cell} inside a Markdown code block as a cell", () => {
    const text = ["How a lesson cell looks:", "", "````md", "```{code-cell} typescript", "1 + 1", "```", "````", "", "~~~", "+++", "~~~"].join("\n");
    const { cells } = parseMyst(text);
    expect(cells).toHaveLength(1);
    expect(cells[0].cell_type).toBe("markdown");
    expect(cells[0].source).toBe(text);
  });

  it("parseMyst(text) names the fence an unclosed cell needs", () => {
    expect(() => parseMyst("````{code-cell} typescript\n1\n```\n", "x.md")).toThrow("x.md:1: this code cell is never closed with ````.");
  });
});
