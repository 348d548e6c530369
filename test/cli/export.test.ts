import { execFileSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, expect, test } from "vitest";
import { hasNoOutputs } from "../../src/export";

const ROOT = path.resolve(__dirname, "..", "..");
const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-export-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

test("nnlab export of a shipped lesson (no outputs) runs it first: the page holds its charts' Vega-Lite specs", () => {
  const lesson = path.join(ROOT, "notebooks", "02-activations.ipynb");
  expect(hasNoOutputs(JSON.parse(readFileSync(lesson, "utf8")))).toBe(true);
  const html = path.join(work, "02.html");
  const printed = execFileSync(process.execPath, [path.join(ROOT, "dist", "cli.js"), "export", lesson, "-o", html], { encoding: "utf8", cwd: work });
  expect(printed).toContain("has no outputs; running it through the nnlab kernel first");
  const page = readFileSync(html, "utf8");
  const specs = [...page.matchAll(/<script type="application\/json" data-chart="[^"]+">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(specs.length).toBeGreaterThanOrEqual(3);
  for (const spec of specs) expect(spec).toContain("https://vega.github.io/schema/vega-lite/v5");
  expect(readFileSync(lesson, "utf8")).not.toContain('"output_type"'); // the shipped notebook is left as it was
}, 300_000);
