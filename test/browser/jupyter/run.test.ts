import { describe, expect, it } from "vitest";
import type { CellReport, OutputReport } from "./page";
import { checkRun, notebookDiff, VEGA_LITE_MIME } from "./run";

const output = (o: Partial<OutputReport>): OutputReport => ({
  outputType: "display_data", mimeTypes: [], liveVega: false, picture: false, clipped: 0, viewSize: "", pictureSize: "", tooltips: false, sliders: 0, markdownMath: false, math: 0, shownText: "", ...o,
});
const cell = (c: Partial<CellReport>): CellReport => ({
  index: 3, id: "c3", type: "code", firstLine: "show(chart)", source: "show(chart)", exercise: undefined, executionCount: 1, outputs: [], math: 0, ...c,
});

describe("checkRun: what a finished Run All must show", () => {
  it("passes a run where every cell ran and every chart is a live view", () => {
    const cells = [cell({ outputs: [output({ mimeTypes: [VEGA_LITE_MIME, "image/png"], shownAs: VEGA_LITE_MIME, liveVega: true })] }), cell({ type: "markdown", executionCount: null })];
    expect(checkRun("a.ipynb", cells, "student")).toEqual([]);
  });

  it("names the notebook and cell of a cell that did not run, an error, and a chart shown as its PNG", () => {
    const problems = checkRun("a.ipynb", [
      cell({ executionCount: null }),
      cell({ index: 4, id: "c4", outputs: [output({ outputType: "error", text: "TypeError: x is undefined" })] }),
      cell({ index: 5, id: "c5", outputs: [output({ mimeTypes: [VEGA_LITE_MIME, "image/png"], shownAs: "image/png", picture: true })] }),
    ], "student");
    expect(problems).toEqual([
      "a.ipynb cell 3 (id c3) `show(chart)`: did not run (no execution count: Run All stopped before it)",
      "a.ipynb cell 4 (id c4) `show(chart)`: output 0 is an error: TypeError: x is undefined",
      "a.ipynb cell 5 (id c5) `show(chart)`: output 0: a chart shown as image/png instead of the live Vega-Lite view",
    ]);
  });

  it("flags a live view laid out to another size than the kernel's picture of the same spec", () => {
    const chart = (viewSize: string) => cell({ outputs: [output({ mimeTypes: [VEGA_LITE_MIME, "image/png"], shownAs: VEGA_LITE_MIME, liveVega: true, viewSize, pictureSize: "505×290" })] });
    expect(checkRun("a.ipynb", [chart("506×290")], "student")).toEqual([]);
    expect(checkRun("a.ipynb", [chart("505×340")], "student")).toEqual([
      "a.ipynb cell 3 (id c3) `show(chart)`: output 0: the live view is 505×340 but the kernel drew 505×290: the renderer's Vega-Lite lays this spec out differently from the kernel's",
    ]);
  });

  it("allows stderr only as exercise feedback (✗ or ✎) in a student notebook's exercise cells", () => {
    const feedback = output({ outputType: "stream", name: "stderr", text: "✎ weightedSum: not answered yet. Hint: …\n" });
    expect(checkRun("a.ipynb", [cell({ exercise: "check", outputs: [feedback] })], "student")).toEqual([]);
    expect(checkRun("a.ipynb", [cell({ exercise: "check", outputs: [feedback] })], "teacher")).toHaveLength(1);
    expect(checkRun("a.ipynb", [cell({ outputs: [feedback] })], "student")).toHaveLength(1);
    const trace = output({ outputType: "stream", name: "stderr", text: "Error: boom\n    at f (file.js:1)" });
    expect(checkRun("a.ipynb", [cell({ exercise: "answer", outputs: [trace] })], "student")).toHaveLength(1);
  });

  it("flags formulas left untypeset and an explain(…, { neuron }) without any", () => {
    expect(checkRun("a.ipynb", [cell({ outputs: [output({ mimeTypes: ["text/markdown"], markdownMath: true, math: 0 })] })], "student")).toHaveLength(1);
    expect(checkRun("a.ipynb", [cell({ source: "explain(trace, { layer: 0, neuron: 1 })", outputs: [output({ mimeTypes: ["text/markdown"] })] })], "student")).toEqual([
      "a.ipynb cell 3 (id c3) `show(chart)`: explain(…, { neuron }) shows no typeset formula",
    ]);
  });
});

describe("notebookDiff", () => {
  it("lists each JSON path that differs, compares sources as text and ignores the per-cell trusted flag", () => {
    const file = { metadata: { language_info: { name: "typescript" } }, cells: [{ source: ["a\n", "b"], metadata: {} }] };
    const page = { metadata: { language_info: { name: "typescript", pygments_lexer: "typescript" } }, cells: [{ source: "a\nb", metadata: { trusted: true } }] };
    expect(notebookDiff(file, page)).toEqual(['metadata.language_info.pygments_lexer: file (absent) page "typescript"']);
    expect(notebookDiff(file, JSON.parse(JSON.stringify(file)))).toEqual([]);
  });
});
