import { describe, expect, it } from "vitest";
import { gradebookCsv, gradebookJson, mergeRows, parseGradebook, total, type GradeRow } from "../../../src/assign";

const row = (student: string, notebook: string, grade_id: string, points = 1, status: GradeRow["status"] = "passed", message = ""): GradeRow =>
  ({ student, notebook, grade_id, points, max_points: 1, status, message });

describe("gradebook", () => {
  it("mergeRows(previous, fresh) replaces the re-graded submissions and keeps the others, sorted", () => {
    const previous = [row("bob", "00", "t1"), row("bob", "00", "t2"), row("ada", "01", "t1"), row("ada", "00", "t1", 0, "failed")];
    const fresh = [row("ada", "00", "t2", 1), row("ada", "00", "t1", 1)];
    expect(mergeRows(previous, fresh).map((r) => [r.student, r.notebook, r.grade_id, r.points])).toEqual([
      ["ada", "00", "t2", 1],
      ["ada", "00", "t1", 1],
      ["ada", "01", "t1", 1],
      ["bob", "00", "t1", 1],
      ["bob", "00", "t2", 1],
    ]);
  });

  it("gradebookCsv(rows) quotes commas, quotes and newlines", () => {
    const csv = gradebookCsv([row("ada", "00", "t1", 0, "failed", 'said "no", twice\nreally')]);
    expect(csv).toBe('student,notebook,grade_id,points,max_points,status,message\r\nada,00,t1,0,1,failed,"said ""no"", twice\nreally"\r\n');
  });

  it("gradebookCsv(rows) keeps a spreadsheet from reading a student's text as a formula", () => {
    const csv = gradebookCsv([
      row("=HYPERLINK(\"http://x\")", "00", "t1", 0, "failed", "=1+1"),
      row("@SUM(A1)", "00", "t1", 0, "failed", "+cmd|' /C calc'!A0"),
      row("-2+3", "00", "t1", 0, "failed", "\t=1"),
      row("ada", "00", "t1", 0, "failed", "−0.5 has the wrong sign"),
    ]);
    const lines = csv.trim().split("\r\n").slice(1);
    expect(lines[0]).toBe(`"'=HYPERLINK(""http://x"")",00,t1,0,1,failed,'=1+1`);
    expect(lines[1]).toBe("'@SUM(A1),00,t1,0,1,failed,'+cmd|' /C calc'!A0");
    expect(lines[2]).toBe("'-2+3,00,t1,0,1,failed,'\t=1");
    expect(lines[3]).toBe("ada,00,t1,0,1,failed,−0.5 has the wrong sign"); // a Unicode minus is no formula
  });

  it("parseGradebook(gradebookJson(rows)) round-trips; anything else is refused", () => {
    const rows = [row("ada", "00", "t1")];
    expect(parseGradebook(gradebookJson(rows))).toEqual(rows);
    expect(() => parseGradebook('{"rows": []}')).toThrow(/not an nnlab gradebook/);
  });

  it("total(rows) adds points and maximum points", () => {
    expect(total([row("a", "0", "t1", 1), row("a", "0", "t2", 0)])).toEqual({ points: 1, max_points: 2 });
  });
});
