import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { findSubmissions, lessonName, safeSegment } from "../../src/cli/gradeSubmissions";

const root = mkdtempSync(path.join(os.tmpdir(), "nnlab-subs-"));
const touch = (...parts: string[]) => {
  const file = path.join(root, ...parts);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, "{}");
  return file;
};
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("findSubmissions", () => {
  it("findSubmissions([folder]) reads one folder per student, sorted, checkpoints skipped", () => {
    touch("class", "zoe", "00-getting-started.ipynb");
    touch("class", "ada", "01-neuron.ipynb");
    touch("class", "ada", "00-getting-started (1).ipynb");
    touch("class", "ada", ".ipynb_checkpoints", "00-getting-started-checkpoint.ipynb");
    touch("class", "ada", "notes.txt");
    const found = findSubmissions([path.join(root, "class")]);
    expect(found.map((s) => [s.student, s.notebook, s.lesson])).toEqual([
      ["ada", "00-getting-started (1)", "00-getting-started"],
      ["ada", "01-neuron", "01-neuron"],
      ["zoe", "00-getting-started", "00-getting-started"],
    ]);
  });

  it("findSubmissions([file]) names the student after the file's folder; each file once", () => {
    const file = touch("one", "bob", "00-getting-started.ipynb");
    const found = findSubmissions([file, path.join(root, "one", "bob")]);
    expect(found.map((s) => [s.student, s.notebook])).toEqual([["bob", "00-getting-started"]]);
  });

  it("findSubmissions([missing]) throws", () => {
    expect(() => findSubmissions([path.join(root, "nope")])).toThrow(/no such notebook or folder/);
  });

  it("lessonName and safeSegment", () => {
    expect(lessonName("x/00-getting-started-Copy1.ipynb")).toBe("00-getting-started");
    expect(safeSegment("../etc")).toBe(".._etc");
    expect(safeSegment("..")).toBe("_");
    expect(safeSegment("Ana María")).toBe("Ana_Mar_a");
  });
});
