import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, expect, test } from "vitest";
import { defaultFolder, packagePaths, packageRoot } from "../src/paths";

const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-paths-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("packageRoot() is the folder of nnlab's package.json", () => {
  expect(JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8")).name).toBe("nnlab");
});

test("packagePaths() names files that exist in the package", () => {
  const p = packagePaths();
  for (const file of [p.packageJson, p.script("nnlab_run.py"), p.script("nnlab_markdown.py"), p.requirements, p.constraints, p.lessons, p.notebooks]) {
    expect(existsSync(file), file).toBe(true);
  }
  expect(p.kernelMain).toBe(path.join(p.root, "dist", "kernel", "main.js"));
  expect(packagePaths("/opt/nnlab").venv).toBe(path.join("/opt/nnlab", ".venv"));
  expect(packagePaths("/opt/nnlab").extra("hub")).toBe(path.join("/opt/nnlab", "python", "extras", "hub.txt"));
});

test("defaultFolder(name, cwd) is the working directory's folder when there is one, else the package's", () => {
  expect(defaultFolder("notebooks", work, "/opt/nnlab")).toBe(path.join("/opt/nnlab", "notebooks"));
  mkdirSync(path.join(work, "notebooks"));
  expect(defaultFolder("notebooks", work, "/opt/nnlab")).toBe("notebooks");
});
