import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { exportNotebook } from "../../src/export";
import { ARTIFACTS, hasChromium, launch } from "./chromium";

const bars = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  data: { values: [{ a: "x", b: 3 }, { a: "y", b: 5 }] },
  mark: "bar",
  encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
};
const notebook = {
  nbformat: 4,
  nbformat_minor: 4,
  metadata: {},
  cells: [
    { cell_type: "markdown", metadata: {}, source: "# Exported lesson" },
    {
      cell_type: "code",
      execution_count: 1,
      metadata: {},
      source: "show(chart)",
      outputs: [
        { output_type: "display_data", metadata: {}, data: { "text/plain": "chart", "application/vnd.vegalite.v5+json": bars } },
        { output_type: "display_data", metadata: {}, data: { "text/plain": "line", "application/vnd.vegalite.v5+json": { ...bars, mark: "line" } } },
      ],
    },
  ],
};

describe.skipIf(!hasChromium())("nnlab export in chromium", () => {
  let browser: Browser;
  let dir: string;
  beforeAll(async () => {
    browser = await launch();
    dir = mkdtempSync(path.join(os.tmpdir(), "nnlab-export-"));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("exportNotebook(ipynb, html) renders every chart interactively with no console errors and no network", async () => {
    const ipynb = path.join(dir, "lesson.ipynb");
    const html = path.join(dir, "lesson.html");
    writeFileSync(ipynb, JSON.stringify(notebook));
    exportNotebook(ipynb, html);

    const page = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => !r.url().startsWith("file:") && !r.url().startsWith("data:") && requests.push(r.url()));
    await page.goto("file://" + html);
    await page.waitForSelector("#chart-2[data-rendered=true]", { timeout: 30_000 });
    expect(await page.locator(".chart svg").count()).toBe(2);
    expect(await page.locator(".chart svg .mark-rect path").count()).toBe(2);
    expect(await page.title()).toBe("Exported lesson");
    await page.screenshot({ path: path.join(ARTIFACTS, "export.png"), fullPage: true });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
  });
});
