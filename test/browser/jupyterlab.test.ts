/**
 * Every lesson in real JupyterLab 4 with the nnlab kernel, as a learner meets
 * it: open the released notebook, Run → Run All Cells, and check what shows.
 * One server and one browser serve every notebook; each notebook gets a fresh
 * page (and workspace) and its kernel is shut down afterwards.
 *
 * Screenshots: out/test-artifacts/jupyterlab-<lesson>-NN.png.
 * NNLAB_BROWSER_VERSION=teacher runs the teacher versions (solutions in) instead.
 */
import { cpSync, mkdirSync, readdirSync, rmSync } from "fs";
import path from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ARTIFACTS, launch } from "./chromium";
import { cellName, cellReports, menu, notebookState, recordCell, waitForNotebook, waitUntilSettled } from "./jupyter/page";
import { jupyterPython, jupyterVersions } from "./jupyter/python";
import { checkRun, consoleErrors, differences, dragFirstSlider, hoverForTooltip, screenshotNotebook, shutDownKernels } from "./jupyter/run";
import { RELEASED, servedCopy, VERSION } from "./jupyter/notebooks";
import { startJupyter, type JupyterServer } from "./jupyter/server";

const NOTEBOOKS = readdirSync(RELEASED).filter((f) => f.endsWith(".ipynb")).sort();
const LIVE = "live-training.ipynb";

describe("JupyterLab 4 with the nnlab kernel", () => {
  let server: JupyterServer;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;
  const started = Date.now();

  beforeAll(async () => {
    const python = jupyterPython();
    jupyterVersions(python);
    // A copy: JupyterLab autosaves, and notebooks/ must stay as committed.
    // pristine/ keeps a second copy that no test runs, for the open-and-close test.
    dir = servedCopy("nnlab-lab-", NOTEBOOKS);
    cpSync(RELEASED, path.join(dir, "pristine"), { recursive: true });
    cpSync(path.join(__dirname, "fixtures", LIVE), path.join(dir, LIVE));
    mkdirSync(ARTIFACTS, { recursive: true });
    [server, browser] = await Promise.all([startJupyter(python, "jupyterlab", dir), launch()]);
    // One context: pages share the HTTP cache, so JupyterLab's bundle is fetched once.
    context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
    console.log(`JupyterLab suite: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  });

  /** Opens `name` (relative to the served folder) in a fresh page and workspace; waits for its idle nnlab kernel. */
  async function open(name: string): Promise<{ page: Page; errors: string[] }> {
    const page = await context.newPage();
    const errors = consoleErrors(page);
    const workspace = name.replace(/\W/g, "-");
    await page.goto(server.url(`/lab/workspaces/${workspace}/tree/${name.split("/").map(encodeURIComponent).join("/")}`));
    await waitForNotebook(page, name);
    // The kernel's info reply arrives with the connection; give the model a moment to take it in.
    await page.waitForTimeout(500);
    return { page, errors };
  }

  async function close(page: Page): Promise<void> {
    await page.close();
    await shutDownKernels(server);
  }

  for (const name of NOTEBOOKS) {
    test(`${name} (${VERSION}): Run All runs every cell; every chart is a live Vega view; sliders move; no errors`, async () => {
      const t0 = Date.now();
      const { page, errors } = await open(name);
      const t1 = Date.now();
      const problems: string[] = [];
      try {
        const opened = await notebookState(page, name);
        if (opened.kernelName !== "nnlab") problems.push(`${name}: kernel ${opened.kernelName}, not nnlab`);
        if (opened.dirty || opened.dirtyTab) problems.push(`${name}: marked modified right after opening, before anything ran; differs: ${await differences(page, name, path.join(dir, name))}`);

        await menu(page, "Run", "Run All Cells");
        await waitUntilSettled(page, name, 240_000);
        const t2 = Date.now();
        const cells = await cellReports(page, name);
        await screenshotNotebook(page, path.join(ARTIFACTS, `jupyterlab-${name.replace(/\.ipynb$/, "")}`));
        const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        const charts = cells.flatMap((c) => c.outputs).filter((o) => o.liveVega).length;
        const wide = cells.flatMap((c) => c.outputs.filter((o) => o.clipped > 0).map((o) => `cell ${c.index} by ${o.clipped} px`));
        console.log(
          `${name}: opened with an idle kernel in ${s(t1 - t0)}, Run All took ${s(t2 - t1)}, ${charts} live charts; screenshots ${s(Date.now() - t2)}` +
            (wide.length ? `; charts wider than the output area (it scrolls sideways): ${wide.join(", ")}` : ""),
        );
        problems.push(...checkRun(name, cells, VERSION));
        if (charts === 0) problems.push(`${name}: no live chart at all`);
        const slider = await dragFirstSlider(page, path.join(ARTIFACTS, `jupyterlab-${name.replace(/\.ipynb$/, "")}-slider-dragged.png`));
        if (!slider && name === "01-neuron.ipynb") problems.push(`${name}: no slider bound to a Vega view (neuronSliders)`);
        if (slider && !slider.changed) problems.push(`${name}: dragging the slider "${slider.label}" of ${slider.cell} (${slider.before} → ${slider.after}) did not change the chart`);
        const withTooltips = cells.find((c) => c.outputs.some((o) => o.liveVega && o.tooltips));
        if (withTooltips) {
          const tip = await hoverForTooltip(page, withTooltips.index, path.join(ARTIFACTS, `jupyterlab-${name.replace(/\.ipynb$/, "")}-tooltip.png`));
          if (!tip) problems.push(`${name} ${cellName(withTooltips)}: the chart has tooltips, but moving the mouse over it showed none`);
        }
        problems.push(...errors.map((e) => `${name}: browser console: ${e}`));
        expect(problems, problems.join("\n")).toEqual([]);
      } finally {
        await close(page);
      }
    }, 300_000);
  }

  test("liveTraining: one output that changes while training runs, and ends as the final chart", async () => {
    const { page, errors } = await open(LIVE);
    try {
      const stop = await recordCell(page, LIVE, 3);
      await menu(page, "Run", "Run All Cells");
      await waitUntilSettled(page, LIVE, 120_000);
      const samples = await stop();
      await screenshotNotebook(page, path.join(ARTIFACTS, "jupyterlab-live-training"));
      const during = samples.filter((s) => s.running && s.outputs > 0);
      const texts = new Set(during.map((s) => s.text));
      const views = new Set(during.map((s) => s.view).filter(Boolean));
      const last = samples[samples.length - 1];
      const summary = `${samples.length} samples; while running: ${texts.size} progress lines (${[...texts].slice(0, 3).join(" | ")} …), ${views.size} different views`;
      expect(Math.max(...samples.map((s) => s.shown)), `more than one output node: ${summary}`).toBe(1);
      expect(Math.max(...samples.map((s) => s.outputs)), `more than one output: ${summary}`).toBe(1);
      expect(texts.size, `the display did not update while training ran: ${summary}`).toBeGreaterThanOrEqual(3);
      expect(views.size, `the chart was not redrawn while training ran: ${summary}`).toBeGreaterThanOrEqual(3);
      expect(last.running).toBe(false);
      expect(last.text, summary).toMatch(/^done: epoch 200\/200/);
      expect(last.view, "the final chart is not a live Vega view").not.toBe("");
      expect(errors).toEqual([]);
    } finally {
      await close(page);
    }
  }, 180_000);

  test("opening a released notebook and closing it: not modified, no save prompt", async () => {
    const name = "pristine/01-neuron.ipynb";
    const { page, errors } = await open(name);
    try {
      const state = await notebookState(page, name);
      expect(state.kernelName).toBe("nnlab");
      expect(state.dirty, `${name}: the model is marked modified after its kernel started; differs: ${state.dirty ? await differences(page, name, path.join(dir, name)) : ""}`).toBe(false);
      expect(state.dirtyTab, `${name}: the tab shows the modified dot after its kernel started`).toBe(false);
      await menu(page, "File", "Close Tab");
      await page.waitForTimeout(1000);
      const dialogs = await page.locator(".jp-Dialog").allTextContents();
      expect(dialogs, `${name}: closing the tab asked something`).toEqual([]);
      expect(await page.locator(".lm-TabBar-tab", { hasText: "01-neuron.ipynb" }).count(), `${name}: its tab is still open`).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      await close(page);
    }
  }, 120_000);

  test("a released notebook opens trusted (no 'Notebook not trusted' in the status bar)", async () => {
    const name = "pristine/00-getting-started.ipynb";
    const { page } = await open(name);
    try {
      const trust = await page.locator(".jp-StatusItem-trust").getAttribute("title");
      const state = await notebookState(page, name);
      expect({ trust, cellsTrusted: state.trusted }, `${name}: ${trust}`).toEqual({ trust: expect.stringMatching(/^Notebook trusted/), cellsTrusted: true });
    } finally {
      await close(page);
    }
  }, 120_000);
});
