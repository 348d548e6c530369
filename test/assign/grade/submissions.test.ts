import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { findSubmissions, lessonName, lookAlikeNames, safeSegment } from "../../../src/assign/grade/submissions";

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

  it("findSubmissions([folder]) reports dot-folders, links and link loops as entries of their own, never followed", () => {
    touch("odd", "ada", "00-getting-started.ipynb");
    touch("odd", ".eve", "00-getting-started.ipynb");
    touch("odd", "bob", ".stash", "00-getting-started.ipynb");
    touch("outside", "00-getting-started.ipynb");
    mkdirSync(path.join(root, "odd", "cy"));
    symlinkSync(path.join(root, "outside", "00-getting-started.ipynb"), path.join(root, "odd", "cy", "00-getting-started.ipynb"));
    symlinkSync(path.join(root, "outside"), path.join(root, "odd", "dan"));
    symlinkSync(path.join(root, "odd", "ada"), path.join(root, "odd", "ed"));
    symlinkSync("loop-b", path.join(root, "odd", "loop-a"));
    symlinkSync("loop-a", path.join(root, "odd", "loop-b"));
    symlinkSync("nowhere", path.join(root, "odd", "gone"));
    const found = findSubmissions([path.join(root, "odd")]);
    const seen = found.map((s) => [s.student, s.notebook, (s.problem ?? "graded").split(/ \(|;/)[0].replace("not graded: ", "")]);
    expect(seen).toEqual([
      [".eve", ".eve", "a hidden folder"],
      ["ada", "00-getting-started", "graded"],
      ["bob", ".stash", "a hidden folder"],
      ["cy", "00-getting-started", "a symbolic link that leaves the submissions folder"],
      ["dan", "dan", "a symbolic link that leaves the submissions folder"],
      ["ed", "ed", "a symbolic link to another place in the submissions folder"],
      ["gone", "gone", "a symbolic link to nothing"],
      ["loop-a", "loop-a", "a symbolic link that loops"],
      ["loop-b", "loop-b", "a symbolic link that loops"],
    ]);
  });

  it("findSubmissions([missing]) throws", () => {
    expect(() => findSubmissions([path.join(root, "nope")])).toThrow(/no such notebook or folder/);
  });

  it("lessonName(file) drops .ipynb and copy suffixes", () => {
    expect(lessonName("x/00-getting-started-Copy1.ipynb")).toBe("00-getting-started");
  });

  it("safeSegment(name) is one safe path segment, and different for different names", () => {
    expect(safeSegment("ada_lovelace-2")).toBe("ada_lovelace-2");
    for (const name of ["../etc", "..", "Ana María", "Zoë", "Zoé", "Zoe\u0308", "a/b", "", "=cmd"]) {
      const safe = safeSegment(name);
      expect(safe, name).toMatch(/^[\w.@+~-]+$/);
      expect(safe.startsWith("."), name).toBe(false);
    }
    const names = ["Zoë", "Zoé", "Zoe\u0308", "Zo_", "Zo?", "Zo*"];
    expect(new Set(names.map(safeSegment)).size).toBe(names.length);
  });

  it("lookAlikeNames(students) flags every folder name that equals another after Unicode normalization", () => {
    const composed = "Zo\u00eb", decomposed = "Zoe\u0308";
    const clashes = lookAlikeNames([composed, decomposed, "Zoé", "ada"]);
    expect([...clashes.keys()].sort()).toEqual([composed, decomposed].sort());
    expect(clashes.get(composed)).toMatch(/^not graded: the submission folders .* look the same .*rename one/);
    expect(lookAlikeNames(["Zoë", "Zoé", "ada"]).size).toBe(0);
  });
});
