import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { beforeEach, expect, test } from "vitest";
import { collectLesson, readStudentFile, students } from "../../src/hub/collect";
import { findSubmissions } from "../../src/assign/grade/submissions";

let root: string, homes: string, out: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "nnlab-collect-"));
  homes = path.join(root, "home");
  out = path.join(root, "submitted");
  mkdirSync(homes);
});
const put = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(homes, file)), { recursive: true });
  writeFileSync(path.join(homes, file), text);
};

test("collectLesson(homes, lesson, out) copies each student's lessons/LESSON.ipynb to out/<student>/, the layout nnlab grade reads", () => {
  put("ada/lessons/01-neuron.ipynb", "ada's");
  put("bob/lessons/01-neuron.ipynb", "bob's");
  put("bob/lessons/00-getting-started.ipynb", "not this one");
  put("cy/lessons/00-getting-started.ipynb", "cy has not opened 01");
  const results = collectLesson(homes, "01-neuron", out);
  expect(results.map((r) => [r.student, r.status])).toEqual([["ada", "collected"], ["bob", "collected"], ["cy", "missing"]]);
  expect(readFileSync(path.join(out, "ada", "01-neuron.ipynb"), "utf8")).toBe("ada's");
  expect(findSubmissions([out]).map((s) => [s.student, s.lesson])).toEqual([["ada", "01-neuron"], ["bob", "01-neuron"]]);
});

test("collectLesson(...) accepts the file name too, and refuses a path", () => {
  put("ada/lessons/01-neuron.ipynb", "x");
  expect(collectLesson(homes, "01-neuron.ipynb", out)[0].status).toBe("collected");
  expect(() => collectLesson(homes, "../ada/lessons/01-neuron", out)).toThrow(/not a path/);
});

test("collectLesson(...) refuses a notebook that is a link, and a lessons folder linking out of the home", () => {
  const secret = path.join(root, "secret.txt");
  writeFileSync(secret, "root's secret");
  mkdirSync(path.join(homes, "eve", "lessons"), { recursive: true });
  symlinkSync(secret, path.join(homes, "eve", "lessons", "01-neuron.ipynb"));
  mkdirSync(path.join(root, "elsewhere"));
  writeFileSync(path.join(root, "elsewhere", "01-neuron.ipynb"), "not mallory's");
  mkdirSync(path.join(homes, "mallory"));
  symlinkSync(path.join(root, "elsewhere"), path.join(homes, "mallory", "lessons"));
  const results = collectLesson(homes, "01-neuron", out);
  expect(results).toEqual([
    { student: "eve", status: "refused", detail: "it is a link, not a notebook" },
    { student: "mallory", status: "refused", detail: "its folder is a link out of the student's home" },
  ]);
});

test("readStudentFile(home, file, maxBytes) refuses what is too large or not a file", () => {
  put("ada/lessons/big.ipynb", "x".repeat(100));
  mkdirSync(path.join(homes, "ada", "lessons", "dir.ipynb"));
  expect(readStudentFile(path.join(homes, "ada"), path.join(homes, "ada", "lessons", "big.ipynb"), 10)).toEqual({ refused: "it is larger than 10 bytes" });
  expect(readStudentFile(path.join(homes, "ada"), path.join(homes, "ada", "lessons", "dir.ipynb"))).toEqual({ refused: "it is not a regular file" });
  expect(readStudentFile(path.join(homes, "ada"), path.join(homes, "ada", "lessons", "none.ipynb"))).toBeUndefined();
});

test("students(homes) lists the home folders, sorted, without dot-folders or files", () => {
  mkdirSync(path.join(homes, "zoe"));
  mkdirSync(path.join(homes, "ada"));
  mkdirSync(path.join(homes, ".cache"));
  writeFileSync(path.join(homes, "notes.txt"), "");
  expect(students(homes)).toEqual(["ada", "zoe"]);
});
