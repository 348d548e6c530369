/**
 * Two lessons in Notebook 7 (`python -m notebook`, /notebooks/NAME.ipynb) with
 * the nnlab kernel: Run → Run All Cells reaches the end, charts are live Vega
 * views, a slider moves its chart, no console errors.
 *
 * Screenshots: out/test-artifacts/notebook7-<lesson>-NN.png.
 */
import { rmSync } from "fs";
import path from "path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTIFACTS, launch } from "./chromium";
import { cellName, cellReports, menu, notebookState, waitForNotebook, waitUntilSettled } from "./jupyter/page";
import { jupyterPython, jupyterVersions } from "./jupyter/python";
import { checkRun, consoleErrors, differences, dragFirstSlider, hoverForTooltip, screenshotNotebook, shutDownKernels } from "./jupyter/run";
import { servedCopy, VERSION } from "./jupyter/notebooks";
import { startJupyter, type JupyterServer } from "./jupyter/server";

/** The released notebooks under test: notebooks/, or another folder released by `nnlab release` (NNLAB_BROWSER_NOTEBOOKS). */
const LESSONS = ["01-neuron.ipynb", "08-overfitting.ipynb"];
/**
 * Notebook 7.6.5 itself throws this on opening any notebook, a plain Python one
 * too (verified 2026-11-30): JupyterLab's shortcuts extension reads
 * `plugins[id].schema` for a plugin whose settings Notebook 7 loads later.
 * Only this exact error from Notebook's own bundle is tolerated.
 */
const UPSTREAM_ERROR = /^uncaught: Cannot read properties of undefined \(reading 'schema'\) at \S+\/static\/notebook\/notebook_core\.\w+\.js/;

describe("Notebook 7 with the nnlab kernel", () => {
  let server: JupyterServer;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;
  const started = Date.now();

  beforeAll(async () => {
    const python = jupyterPython();
    jupyterVersions(python);
    dir = servedCopy("nnlab-nb7-", LESSONS);
    [server, browser] = await Promise.all([startJupyter(python, "notebook", dir), launch()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`Notebook 7 suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  for (const name of LESSONS) {
    test(`${name} (${VERSION}): Run All runs every cell; charts are live Vega views; no errors`, async () => {
      const page = await context.newPage();
      const errors = consoleErrors(page);
      const problems: string[] = [];
      try {
        await page.goto(server.url(`/notebooks/${encodeURIComponent(name)}`));
        await waitForNotebook(page, name);
        await page.waitForTimeout(500);
        const opened = await notebookState(page, name);
        if (opened.kernelName !== "nnlab") problems.push(`${name}: kernel ${opened.kernelName}, not nnlab`);
        if (opened.dirty) problems.push(`${name}: marked modified right after opening, before anything ran; differs: ${await differences(page, name, path.join(dir, name))}`);

        await menu(page, "Run", "Run All Cells");
        await waitUntilSettled(page, name, 240_000);
        const cells = await cellReports(page, name);
        await screenshotNotebook(page, path.join(ARTIFACTS, `notebook7-${name.replace(/\.ipynb$/, "")}`));
        problems.push(...checkRun(name, cells, VERSION));
        if (cells.flatMap((c) => c.outputs).filter((o) => o.liveVega).length === 0) problems.push(`${name}: no live chart at all`);
        const slider = await dragFirstSlider(page, path.join(ARTIFACTS, `notebook7-${name.replace(/\.ipynb$/, "")}-slider-dragged.png`));
        if (!slider && name === "01-neuron.ipynb") problems.push(`${name}: no slider bound to a Vega view (neuronSliders)`);
        if (slider && !slider.changed) problems.push(`${name}: dragging the slider "${slider.label}" of ${slider.cell} (${slider.before} → ${slider.after}) did not change the chart`);
        const withTooltips = cells.find((c) => c.outputs.some((o) => o.liveVega && o.tooltips));
        if (withTooltips && !(await hoverForTooltip(page, withTooltips.index))) problems.push(`${name} ${cellName(withTooltips)}: the chart has tooltips, but moving the mouse over it showed none`);
        problems.push(...errors.filter((e) => !UPSTREAM_ERROR.test(e)).map((e) => `${name}: browser console: ${e}`));
        expect(problems, problems.join("\n")).toEqual([]);
      } finally {
        await page.close();
        await shutDownKernels(server);
      }
    }, 300_000);
  }
});
