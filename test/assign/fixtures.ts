/**
 * The exercise the assignment tests share, as MyST lines: a solution cell
 * (`double`, answer between the markers) and its tests cell (2 points, one
 * visible test and one hidden).
 */
export const doubleExercise = [
  "```{code-cell} typescript",
  ":nbgrader: solution",
  ":grade_id: ex1",
  "function double(x: number): number {",
  "  // BEGIN SOLUTION",
  "  return 2 * x;",
  "  // END SOLUTION",
  "}",
  "```",
  "",
  "```{code-cell} typescript",
  ":nbgrader: tests",
  ":grade_id: ex1-tests",
  ":points: 2",
  'if (double(2) !== 4) throw new Error("double(2) should be 4");',
  "// BEGIN HIDDEN TESTS",
  'if (double(-3) !== -6) throw new Error("double(-3) should be -6");',
  "// END HIDDEN TESTS",
  "```",
] as const;

/** A code cell that imports what a lesson with exercises must import. */
export const importCell = ["```{code-cell} typescript", 'import { mlp, notAnswered } from "nnlab";', "```", ""] as const;
