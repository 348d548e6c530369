import { execFileSync } from "child_process";
import { describe, expect, it } from "vitest";
import { cellChecksum } from "../../src/assign";

/** nbgrader's compute_checksum, written out in Python with hashlib, as the independent reference. */
function pythonChecksum(source: string, grade: boolean, solution: boolean, locked: boolean, gradeId: string, points: number): string {
  const script = [
    "import hashlib, json, sys",
    "a = json.loads(sys.argv[1])",
    "m = hashlib.md5()",
    "m.update(a['source'].encode('utf-8'))",
    "m.update(b'code')",
    "m.update(str(a['grade']).encode()); m.update(str(a['solution']).encode())",
    "locked = False if a['solution'] else (True if a['grade'] else a['locked'])",
    "m.update(str(locked).encode())",
    "m.update(a['grade_id'].encode('utf-8'))",
    "if a['grade']: m.update(str(float(a['points'])).encode())",
    "print(m.hexdigest())",
  ].join("\n");
  const args = JSON.stringify({ source, grade, solution, locked, grade_id: gradeId, points });
  return execFileSync("/usr/bin/python3", ["-c", script, args], { encoding: "utf8" }).trim();
}

describe("cellChecksum", () => {
  it("cellChecksum(source, 'code', tests cell) equals nbgrader's MD5 recipe computed in Python", () => {
    const source = 'check(weightedSum([1, 2], [0.5, -0.25], 0.1), 0.1, "z");\n// ünïcode ✓';
    const ours = cellChecksum(source, "code", { schema_version: 3, grade: true, solution: false, locked: true, grade_id: "ex1-tests", points: 2 });
    expect(ours).toBe(pythonChecksum(source, true, false, true, "ex1-tests", 2));
  });

  it("cellChecksum(source, 'code', solution or locked cell) equals nbgrader's recipe, and changes with the source", () => {
    const solution = { schema_version: 3, grade: false, solution: true, locked: false, grade_id: "ex1" } as const;
    expect(cellChecksum("x", "code", solution)).toBe(pythonChecksum("x", false, true, false, "ex1", 0));
    const locked = { schema_version: 3, grade: false, solution: false, locked: true, grade_id: "setup" } as const;
    expect(cellChecksum("y", "code", locked)).toBe(pythonChecksum("y", false, false, true, "setup", 0));
    expect(cellChecksum("y ", "code", locked)).not.toBe(cellChecksum("y", "code", locked));
  });
});
