/**
 * The nbgrader-style markers a lesson's code cells carry:
 *
 *   // BEGIN SOLUTION … // END SOLUTION          replaced by a stub in student notebooks
 *   // BEGIN HIDDEN TESTS … // END HIDDEN TESTS  removed from student notebooks, restored when grading
 */
import { messages } from "./messages";

export const Markers = {
  beginSolution: "// BEGIN SOLUTION",
  endSolution: "// END SOLUTION",
  beginHidden: "// BEGIN HIDDEN TESTS",
  endHidden: "// END HIDDEN TESTS",
} as const;

/**
 * What replaces a solution: a prompt, and `notAnswered()` (from nnlab), which
 * stops the exercise without failing the cell, so Run All goes on; its check
 * says "not answered yet" with a hint. The lesson must import `notAnswered`.
 */
export const stub = (indent: string) => `${indent}// YOUR CODE HERE\n${indent}throw notAnswered();`;

/** Replaces every solution region with the stub, keeping the region's indentation. */
export function stripSolutions(source: string, where = "cell"): string {
  return replaceRegions(source, Markers.beginSolution, Markers.endSolution, where, (indent) => [stub(indent)]);
}

/** Removes every hidden-tests region, markers included. */
export function stripHiddenTests(source: string, where = "cell"): string {
  return replaceRegions(source, Markers.beginHidden, Markers.endHidden, where, () => []);
}

/** Keeps solutions and hidden tests but drops the marker lines (the teacher's runnable version). */
export function dropMarkers(source: string): string {
  const markers: string[] = Object.values(Markers);
  return source.split("\n").filter((line) => !markers.includes(line.trim())).join("\n");
}

export function hasSolution(source: string): boolean {
  return source.split("\n").some((line) => line.trim() === Markers.beginSolution);
}

function replaceRegions(source: string, begin: string, end: string, where: string, replace: (indent: string) => string[]): string {
  const out: string[] = [];
  let open: { line: number; indent: string } | undefined;
  source.split("\n").forEach((line, k) => {
    const text = line.trim();
    if (text === begin) {
      if (open) throw new Error(messages.markerNested(where, k + 1, begin, open.line));
      open = { line: k + 1, indent: /^\s*/.exec(line)![0] };
    } else if (text === end) {
      if (!open) throw new Error(messages.markerEndWithoutBegin(where, k + 1, begin, end));
      out.push(...replace(open.indent));
      open = undefined;
    } else if (!open) {
      out.push(line);
    }
  });
  if (open) throw new Error(messages.markerNotClosed(where, open.line, begin, end));
  return out.join("\n");
}
