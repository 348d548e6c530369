import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, expect, test } from "vitest";
import { cacheDir, requireCached } from "../../src/kernel/codecache";

const dir = mkdtempSync(path.join(os.tmpdir(), "codecache-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("cacheDir(env) is NNLAB_CODE_CACHE, off when empty, else the user's cache folder", () => {
  expect(cacheDir({ NNLAB_CODE_CACHE: "/c" }, "/home/u")).toBe("/c");
  expect(cacheDir({ NNLAB_CODE_CACHE: "" }, "/home/u")).toBeUndefined();
  expect(cacheDir({ XDG_CACHE_HOME: "/xdg" }, "/home/u")).toBe(path.join("/xdg", "nnlab", "code-cache"));
  expect(cacheDir({}, "/home/u")).toBe(path.join("/home/u", ".cache", "nnlab", "code-cache"));
});

test("requireCached(file) loads a module as require does, is what require gives later, and save() writes its code", () => {
  const file = path.join(dir, "m.js");
  writeFileSync(file, "exports.twice = (x) => 2 * x; exports.file = __filename; exports.path = require('path').sep; module.exports.self = module.id;");
  const cache = path.join(dir, "cache");
  const first = requireCached(file, cache);
  expect(first.exports.twice(21)).toBe(42);
  expect(first.fromCache).toBe(false);
  expect(first.exports.file).toBe(file);
  expect(first.exports.path).toBe(path.sep);
  expect(require(file)).toBe(first.exports);
  first.save();
  expect(readdirSync(cache).filter((f) => f.startsWith("m.js-") && f.endsWith(".v8"))).toHaveLength(1);
  // Loaded again (fresh): through the cache, same behaviour.
  delete require.cache[file];
  const second = requireCached(file, cache);
  expect(second.fromCache).toBe(true);
  expect(second.exports.twice(5)).toBe(10);
  expect(second.exports).not.toBe(first.exports);
});

test("requireCached(file) passes a module's exception on and leaves no cache entry", () => {
  const file = path.join(dir, "bad.js");
  writeFileSync(file, "throw new Error('bad module');");
  expect(() => requireCached(file, undefined)).toThrow("bad module");
  expect(require.cache[file]).toBeUndefined();
});
