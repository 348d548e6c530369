/**
 * The tests cells a submission's own kernel runs while it is graded: the
 * lesson's tests with every expectation taken out. A check's expected value
 * (`checkNumber(answer, expected, …)`, `checkNumbers(answer, expected, …)`)
 * and a checkThat's predicate (`checkThat(answer, predicate, …)`) become
 * `undefined!`, so the student's code — which may have replaced the checks —
 * never receives them; the checks there only record the answers (observe
 * mode, src/lesson/grading.ts). The expectations are computed and the
 * answers judged in a trusted kernel running the teacher's notebook.
 */
import { createRequire } from "module";
import type * as TS from "typescript";
import type { Notebook } from "../../ipynb";

const CHECKS = new Set(["checkNumber", "checkNumbers", "checkThat"]);
/** Which argument of a check holds its expectation, given how many arguments it has (undefined: none). */
const expectationAt = (name: string, count: number): number | undefined => (name === "checkThat" ? (count >= 3 ? 1 : undefined) : count >= 2 ? 1 : undefined);

let ts: typeof TS | undefined;
function typescript(): typeof TS {
  return (ts ??= createRequire(require.resolve("tslab/package.json"))("@tslab/typescript-for-tslab") as typeof TS);
}

function calleeName(ts: typeof TS, call: TS.CallExpression): string | undefined {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return undefined;
}

/** `source` (a tests cell) with the expectation argument of every check replaced by `undefined!`. */
export function withoutExpectations(source: string): string {
  const ts = typescript();
  const file = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const cuts: { start: number; end: number }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node)) {
      const name = calleeName(ts, node);
      const at = name && CHECKS.has(name) ? expectationAt(name, node.arguments.length) : undefined;
      if (at !== undefined) {
        const arg = node.arguments[at];
        cuts.push({ start: arg.getStart(file), end: arg.end });
        node.arguments.forEach((a, k) => k !== at && visit(a));
        visit(node.expression);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const cut of cuts.sort((a, b) => b.start - a.start)) out = out.slice(0, cut.start) + "undefined!" + out.slice(cut.end);
  return out;
}

/**
 * The checks in `source` whose verdict the student's kernel would compute:
 * `checkThat(condition, options)`, two arguments, the condition evaluated
 * with the student's code (a grader can only take its word for it). Each as
 * its line number (1-based) and text.
 */
export function checksJudgedByTheStudent(source: string): { line: number; text: string }[] {
  const ts = typescript();
  const file = ts.createSourceFile("cell.ts", source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { line: number; text: string }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isCallExpression(node) && calleeName(ts, node) === "checkThat" && node.arguments.length < 3) {
      const start = node.getStart(file);
      found.push({ line: file.getLineAndCharacterOfPosition(start).line + 1, text: source.slice(start, node.end).split("\n")[0] });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A copy of `notebook` whose cells at `indices` (its tests cells) have their expectations taken out. */
export function forObservation(notebook: Notebook, indices: readonly number[]): Notebook {
  const tests = new Set(indices);
  return { ...notebook, cells: notebook.cells.map((cell, k) => (tests.has(k) ? { ...cell, source: withoutExpectations(cell.source) } : cell)) };
}
