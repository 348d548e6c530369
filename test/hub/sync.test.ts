import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { beforeEach, expect, test } from "vitest";
import { besideName, MANIFEST, readManifest, releasedFiles, sha256, syncLessons } from "../../src/hub/sync";

let root: string, release: string, home: string, lessons: string, manifest: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "nnlab-sync-"));
  release = path.join(root, "release");
  home = path.join(root, "home");
  lessons = path.join(home, "lessons");
  manifest = path.join(home, MANIFEST);
  mkdirSync(release);
  mkdirSync(home);
});
const put = (dir: string, file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
};
const read = (file: string) => readFileSync(path.join(lessons, file), "utf8");
const sync = (day = "2026-11-30") => Object.fromEntries(syncLessons(release, lessons, manifest, day).map((e) => [e.file, e.beside ? `${e.action}:${e.beside}` : e.action]));

test("syncLessons(release, lessons) copies every released file on the first start, subfolders too, dot-files not", () => {
  put(release, "00-a.ipynb", "A1");
  put(release, "data/points.csv", "1,2");
  put(release, ".ipynb_checkpoints/00-a-checkpoint.ipynb", "old");
  expect(sync()).toEqual({ "00-a.ipynb": "copied", "data/points.csv": "copied" });
  expect(read("00-a.ipynb")).toBe("A1");
  expect(read("data/points.csv")).toBe("1,2");
  expect(existsSync(path.join(lessons, ".ipynb_checkpoints"))).toBe(false);
  expect(readManifest(manifest)["00-a.ipynb"]).toEqual({ given: sha256(path.join(release, "00-a.ipynb")) });
});

test("syncLessons(...) again with nothing new changes nothing, the student's edits included", () => {
  put(release, "00-a.ipynb", "A1");
  sync();
  put(lessons, "00-a.ipynb", "A1 + my answer");
  expect(sync()).toEqual({ "00-a.ipynb": "unchanged" });
  expect(read("00-a.ipynb")).toBe("A1 + my answer");
});

test("syncLessons(...) gives a new lesson, keeps the student's own files, and brings back a deleted lesson", () => {
  put(release, "00-a.ipynb", "A1");
  sync();
  put(lessons, "my-notes.ipynb", "mine");
  put(release, "01-b.ipynb", "B1");
  expect(sync()).toEqual({ "00-a.ipynb": "unchanged", "01-b.ipynb": "copied" });
  expect(read("my-notes.ipynb")).toBe("mine");
  expect(read("01-b.ipynb")).toBe("B1");
});

test("syncLessons(...) replaces a lesson the student never changed with the teacher's new version", () => {
  put(release, "00-a.ipynb", "A1");
  sync();
  put(release, "00-a.ipynb", "A2 (typo fixed)");
  expect(sync()).toEqual({ "00-a.ipynb": "updated" });
  expect(read("00-a.ipynb")).toBe("A2 (typo fixed)");
  expect(readdirSync(lessons)).toEqual(["00-a.ipynb"]);
});

test("syncLessons(...) never overwrites a changed lesson: the new version goes beside it, once", () => {
  put(release, "00-a.ipynb", "A1");
  sync();
  put(lessons, "00-a.ipynb", "A1 + my answer");
  put(release, "00-a.ipynb", "A2");
  expect(sync()).toEqual({ "00-a.ipynb": "beside:00-a (updated 2026-11-30).ipynb" });
  expect(read("00-a.ipynb")).toBe("A1 + my answer");
  expect(read("00-a (updated 2026-11-30).ipynb")).toBe("A2");
  expect(sync("2026-12-01")).toEqual({ "00-a.ipynb": "kept" });
  put(release, "00-a.ipynb", "A3");
  expect(sync()).toEqual({ "00-a.ipynb": "beside:00-a (updated 2026-11-30 2).ipynb" });
  expect(read("00-a.ipynb")).toBe("A1 + my answer");
  expect(read("00-a (updated 2026-11-30).ipynb")).toBe("A2");
});

test("syncLessons(...) treats a file that was there before the hub as the student's: kept, the lesson beside it", () => {
  put(lessons, "00-a.ipynb", "someone's own 00-a");
  put(release, "00-a.ipynb", "A1");
  expect(sync()).toEqual({ "00-a.ipynb": "beside:00-a (updated 2026-11-30).ipynb" });
  expect(read("00-a.ipynb")).toBe("someone's own 00-a");
});

test("syncLessons(...) an identical copy counts as given; a folder where a lesson should be is kept", () => {
  put(lessons, "00-a.ipynb", "A1");
  put(release, "00-a.ipynb", "A1");
  mkdirSync(path.join(lessons, "01-b.ipynb"), { recursive: true });
  put(release, "01-b.ipynb", "B1");
  expect(sync()).toEqual({ "00-a.ipynb": "unchanged", "01-b.ipynb": "kept" });
  expect(lstatSync(path.join(lessons, "01-b.ipynb")).isDirectory()).toBe(true);
});

test("syncLessons(...) never writes through a link the student planted where a lesson goes", () => {
  const victim = path.join(root, "victim.txt");
  mkdirSync(lessons);
  symlinkSync(victim, path.join(lessons, "00-a.ipynb"));
  put(release, "00-a.ipynb", "A1");
  const result = sync();
  expect(existsSync(victim)).toBe(false);
  expect(result["00-a.ipynb"]).toBe("kept");
});

test("syncLessons(...) says what to do when nothing was released", () => {
  expect(() => syncLessons(path.join(root, "nope"), lessons, manifest, "2026-11-30")).toThrow(/nnlab release/);
});

test("releasedFiles(dir) lists files depth-first, sorted, '/'-separated", () => {
  put(release, "b.ipynb", "");
  put(release, "a/z.csv", "");
  put(release, "a/y.csv", "");
  expect(releasedFiles(release)).toEqual(["a/y.csv", "a/z.csv", "b.ipynb"]);
});

test("besideName(file, day, taken) counts up past taken names", () => {
  expect(besideName("sub/00-a.ipynb", "2026-11-30", () => false)).toBe("sub/00-a (updated 2026-11-30).ipynb");
  const taken = new Set(["00-a (updated 2026-11-30).ipynb", "00-a (updated 2026-11-30 2).ipynb"]);
  expect(besideName("00-a.ipynb", "2026-11-30", (c) => taken.has(c))).toBe("00-a (updated 2026-11-30 3).ipynb");
});

test("readManifest(file) is empty for a missing or garbled manifest", () => {
  expect(readManifest(path.join(root, "none.json"))).toEqual({});
  writeFileSync(path.join(root, "bad.json"), "[1,2");
  expect(readManifest(path.join(root, "bad.json"))).toEqual({});
});
