/**
 * Every lesson in real JupyterLab 4 with the nnlab kernel, as a learner meets
 * it: open the released notebook, Run → Run All Cells, and check what shows.
 * One server and one browser serve every notebook; each notebook gets a fresh
 * page (and workspace) and its kernel is shut down afterwards.
 */
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { releasedText } from "../../src/assign";
import { ARTIFACTS, launch } from "./chromium";
import { cellReports, menu, notebookState, waitForNotebook, waitUntilSettled } from "./jupyter/page";
import { jupyterPython, jupyterVersions } from "./jupyter/python";
import { checkRun, consoleErrors, screenshotNotebook, dragFirstSlider, shutDownKernels } from "./jupyter/run";
import { startJupyter, type JupyterServer } from "./jupyter/server";

const ROOT = path.resolve(__dirname, "..", "..");
const NOTEBOOKS = readdirSync(path.join(ROOT, "notebooks")).filter((f) => f.endsWith(".ipynb")).sort();
/** "student" (the released notebooks/, default) or "teacher" (solutions in, released from lessons/). */
const VERSION = process.env.NNLAB_BROWSER_VERSION === "teacher" ? "teacher" : "student";

describe("JupyterLab 4: every lesson runs to its end with live charts", () => {
  let server: JupyterServer;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;

  beforeAll(async () => {
    const python = jupyterPython();
    jupyterVersions(python);
    // A copy: JupyterLab autosaves, and notebooks/ must stay as committed.
    dir = mkdtempSync(path.join(os.tmpdir(), "nnlab-lab-"));
    cpSync(path.join(ROOT, "notebooks"), dir, { recursive: true });
    if (VERSION === "teacher") {
      for (const name of NOTEBOOKS) writeFileSync(path.join(dir, name), releasedText(path.join(ROOT, "lessons", name.replace(/\.ipynb$/, ".md")), "teacher"));
    }
    [server, browser] = await Promise.all([startJupyter(python, "jupyterlab", dir), launch()]);
    // One context: pages share the HTTP cache, so JupyterLab's bundle loads once.
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function open(name: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = consoleErrors(page);
    // A workspace per notebook: no tabs restored from the previous one.
    await page.goto(server.url(`/lab/workspaces/${encodeURIComponent(name.replace(/\W/g, "-"))}/tree/${encodeURIComponent(name)}`));
    await waitForNotebook(page, name);
    return { page, errors };
  }

  for (const name of NOTEBOOKS) {
    test(`${name} (${VERSION}): opens clean and trusted; Run All runs every cell; charts are live Vega views; no errors`, async () => {
      const { page, errors } = await open(name);
      try {
        const opened = await notebookState(page, name);
        expect(opened.kernelName, `${name}: kernel`).toBe("nnlab");
        expect(opened.trusted, `${name}: opened as not trusted`).toBe(true);

        await menu(page, "Run", "Run All Cells");
        await waitUntilSettled(page, name, 240_000);
        const cells = await cellReports(page, name);
        await screenshotNotebook(page, path.join(ARTIFACTS, `jupyterlab-${name.replace(/\.ipynb$/, "")}`));
        const problems = checkRun(name, cells, VERSION);
        const slider = await dragFirstSlider(page, name);
        expect(problems, `${name}:\n${problems.join("\n")}`).toEqual([]);
        if (slider) expect(slider.changed, `${name}: dragging the slider "${slider.label}" of ${slider.cell} did not change the chart`).toBe(true);
        expect(errors, `${name}: browser console errors`).toEqual([]);
      } finally {
        await page.close();
        await shutDownKernels(server);
      }
    }, 300_000);
  }
});
