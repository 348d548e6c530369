/**
 * tslab reaches a variable from an earlier cell by rewriting `x` to
 * `exports.x`, but it misses shorthand properties: `{ validation }` stays as
 * is and fails with "validation is not defined". Learners write
 * `train(net, data, { validation })` all the time, so every shorthand property
 * is written out (`{ validation: validation }`) before tslab sees the cell —
 * the same meaning in every position, destructuring assignments included.
 * Only text is inserted after each name, so lines do not move.
 */
import type * as TS from "typescript";

export function expandShorthand(code: string, ts: typeof TS): string {
  const file = ts.createSourceFile("cell.ts", code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const inserts: { at: number; text: string }[] = [];
  const visit = (node: TS.Node): void => {
    if (ts.isShorthandPropertyAssignment(node)) inserts.push({ at: node.name.getEnd(), text: `: ${node.name.text}` });
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const { at, text } of inserts.sort((a, b) => b.at - a.at)) out = out.slice(0, at) + text + out.slice(at);
  return out;
}
