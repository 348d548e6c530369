/**
 * What a Run All must have produced, the browser's console errors, slider
 * dragging, screenshots and kernel clean-up, shared by the JupyterLab and
 * Notebook 7 tests.
 */
import { mkdirSync, readFileSync } from "fs";
import path from "path";
import type { Page } from "playwright-core";
import { cellName, notebookJSON, type CellReport } from "./page";
import type { JupyterServer } from "./server";

export const VEGA_LITE_MIME = "application/vnd.vegalite.v5+json";

/** "W×H" sizes equal within 2 px (rounding of fractional layouts). */
function sameSize(a: string, b: string): boolean {
  const [w1, h1] = a.split("×").map(Number);
  const [w2, h2] = b.split("×").map(Number);
  return Math.abs(w1 - w2) <= 2 && Math.abs(h1 - h2) <= 2;
}

/** A line the exercise checks write to stderr: wrong (✗) or not answered yet (✎). */
const FEEDBACK = /^[✗✎] /;

/**
 * Every problem in a finished Run All, one line each, naming the notebook and
 * cell: a code cell that did not run, an error output, stderr outside an
 * exercise's feedback, a chart that is not a live Vega view, a renderer
 * error, formulas that were not typeset.
 *
 * Student notebooks: stderr is allowed only in exercise cells (answer or check)
 * and only as feedback lines (✗ or ✎). Teacher notebooks (solutions in): no
 * stderr at all.
 */
export function checkRun(notebook: string, cells: CellReport[], version: "student" | "teacher"): string[] {
  const problems: string[] = [];
  const say = (cell: CellReport, what: string) => problems.push(`${notebook} ${cellName(cell)}: ${what}`);
  for (const cell of cells) {
    if (cell.type !== "code") continue;
    if (typeof cell.executionCount !== "number") say(cell, "did not run (no execution count: Run All stopped before it)");
    cell.outputs.forEach((out, k) => {
      if (out.outputType === "error") say(cell, `output ${k} is an error: ${out.text}`);
      if (out.outputType === "stream" && out.name === "stderr") {
        const text = (out.text ?? "").trim();
        const feedback = version === "student" && cell.exercise !== undefined && FEEDBACK.test(text);
        if (!feedback) say(cell, `output ${k} writes to stderr: ${JSON.stringify(text.slice(0, 300))}`);
      }
      if (out.mimeTypes.includes(VEGA_LITE_MIME)) {
        if (out.shownAs !== VEGA_LITE_MIME) say(cell, `output ${k}: a chart shown as ${out.shownAs ?? "nothing"} instead of the live Vega-Lite view`);
        else if (!out.liveVega) say(cell, `output ${k}: the Vega renderer drew no view (no canvas or svg): ${JSON.stringify(out.shownText.slice(0, 200))}`);
      }
      if (out.liveVega && out.pictureSize && !sameSize(out.viewSize, out.pictureSize)) {
        say(cell, `output ${k}: the live view is ${out.viewSize} but the kernel drew ${out.pictureSize}: the renderer's Vega-Lite lays this spec out differently from the kernel's`);
      }
      if (/Javascript Error/i.test(out.shownText)) say(cell, `output ${k}: the renderer failed: ${JSON.stringify(out.shownText.slice(0, 300))}`);
      if (out.markdownMath && out.math === 0) say(cell, `output ${k}: Markdown with $…$ formulas but nothing typeset (no mjx-container)`);
    });
    // explain(trace, { layer, neuron }) writes the neuron's formulas out.
    if (/\bexplain\([^)]*\bneuron\s*:/.test(cell.source) && !cell.outputs.some((o) => o.math > 0)) say(cell, "explain(…, { neuron }) shows no typeset formula");
  }
  return problems;
}

/**
 * Collects the page's console errors, uncaught exceptions and Vega's warnings
 * (its logger writes "WARN …" with console.warn: a spec the renderer's
 * Vega-Lite does not fully understand) from now on.
 */
export function consoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(`console.error: ${m.text()}`);
    else if (m.type() === "warning" && /^WARN\b/.test(m.text())) errors.push(`Vega warning: ${m.text()}`);
  });
  page.on("pageerror", (e) => errors.push(`uncaught: ${e.message} ${(e.stack ?? "").split("\n").slice(1, 4).map((l) => l.trim()).join(" ")}`));
  return errors;
}

/** A snapshot of a Vega view's pixels (canvas) or markup (svg). */
const VIEW_SNAPSHOT = `(view) => { const c = view.querySelector("canvas.marks"); if (c) return c.toDataURL(); const s = view.querySelector("svg.marks"); return s ? s.outerHTML : ""; }`;

export interface SliderDrag {
  cell: string;
  label: string;
  before: string;
  after: string;
  changed: boolean;
}

/**
 * Drags the first range slider bound to a Vega view in the notebook `path`
 * with the mouse, a third of its track; reports whether the view's pixels
 * changed; saves a picture of the view after the drag to `screenshot`.
 * Undefined when the page has no such slider.
 */
export async function dragFirstSlider(page: Page, screenshot?: string): Promise<SliderDrag | undefined> {
  const view = page.locator(".jp-RenderedVegaCommon5", { has: page.locator(".vega-bindings input[type=range]") }).first();
  if ((await view.count()) === 0) return undefined;
  const slider = view.locator(".vega-bindings input[type=range]").first();
  await slider.scrollIntoViewIfNeeded();
  const label = await slider.evaluate((s: any) => (s.closest(".vega-bind")?.querySelector(".vega-bind-name")?.textContent ?? "?").trim() as string);
  const cellIndex = await view.evaluate((v) => {
    const cells = Array.from((globalThis as any).document.querySelectorAll(".jp-Notebook .jp-Cell"));
    return cells.findIndex((c: any) => c.contains(v));
  });
  const snapshot = () => view.evaluate((v, f) => (0, eval)(f)(v) as string, VIEW_SNAPSHOT);
  const pixelsBefore = await snapshot();
  const before = await slider.inputValue();
  const { min, max } = await slider.evaluate((s: any) => ({ min: Number(s.min || 0), max: Number(s.max || 100) }));
  const box = (await slider.boundingBox())!;
  const at = (v: number) => box.x + 8 + ((v - min) / (max - min)) * (box.width - 16);
  const from = at(Number(before));
  const to = from < box.x + box.width / 2 ? from + box.width / 3 : from - box.width / 3;
  await page.mouse.move(from, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(to, box.y + box.height / 2, { steps: 8 });
  await page.mouse.up();
  await page.waitForTimeout(400);
  const after = await slider.inputValue();
  const pixelsAfter = await snapshot();
  if (screenshot) await view.screenshot({ path: screenshot });
  return { cell: `cell ${cellIndex}`, label, before, after, changed: after !== before && pixelsAfter !== pixelsBefore };
}

/**
 * Moves the mouse over the coloured marks of the live Vega view of cell
 * `cellIndex` (pixels of the canvas whose colour is saturated — lines, points,
 * edges — or dark, like a digit's ink; not the axes' grey, the grid or the
 * background) until vega-tooltip shows a tooltip;
 * returns its text ("" when none showed).
 */
export async function hoverForTooltip(page: Page, cellIndex: number, screenshot?: string): Promise<string> {
  const cell = page.locator(".jp-Notebook .jp-Cell").nth(cellIndex);
  const canvas = cell.locator(".jp-RenderedVegaCommon5 canvas.marks").first();
  if ((await canvas.count()) === 0) return "";
  await canvas.scrollIntoViewIfNeeded();
  const box = await canvas.boundingBox();
  if (!box) return "";
  const spots = await canvas.evaluate((c: any, max: number) => {
    const { width, height } = c;
    const data = c.getContext("2d").getImageData(0, 0, width, height).data as Uint8ClampedArray;
    const found: [number, number][] = [];
    for (let y = 0; y < height; y += 3) {
      for (let x = 0; x < width; x += 3) {
        const i = (y * width + x) * 4;
        const [r, g, b, a] = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        // Saturated (lines, points, edges) or dark grey (ink of an image): not axes, grid or background.
        if (a > 200 && (Math.max(r, g, b) - Math.min(r, g, b) > 80 || Math.max(r, g, b) < 70)) found.push([x / width, y / height]);
      }
    }
    const step = Math.max(1, Math.floor(found.length / max));
    return found.filter((_, k) => k % step === 0).slice(0, max);
  }, 80);
  const tooltip = page.locator("#vg-tooltip-element.visible");
  for (const [x, y] of spots) {
    await page.mouse.move(box.x + x * box.width, box.y + y * box.height);
    if (await tooltip.count()) {
      const text = ((await tooltip.textContent()) ?? "").trim();
      if (screenshot) await page.screenshot({ path: screenshot });
      await page.mouse.move(0, 0);
      return text;
    }
  }
  return "";
}

/**
 * Screenshots the whole notebook into `<prefix>-1.png`, `<prefix>-2.png`, …:
 * the viewport is made tall and the notebook's own scroll area is stepped
 * through (JupyterLab scrolls inside the panel, so a full-page shot would
 * show the first screen only). Returns the files written.
 */
export async function screenshotNotebook(page: Page, prefix: string, height = 1400): Promise<string[]> {
  mkdirSync(path.dirname(prefix), { recursive: true });
  const original = page.viewportSize() ?? { width: 1280, height: 1000 };
  await page.setViewportSize({ width: original.width, height });
  await page.waitForTimeout(300);
  const scroller = await page.evaluateHandle(() => {
    const doc = (globalThis as any).document;
    const candidates = Array.from(doc.querySelectorAll(".jp-WindowedPanel-outer, .jp-NotebookPanel-notebook, #main-panel, body")) as any[];
    return candidates.find((e) => e.scrollHeight > e.clientHeight + 10) ?? doc.scrollingElement;
  });
  const files: string[] = [];
  const { total, visible } = await scroller.evaluate((e: any) => ({ total: e.scrollHeight as number, visible: e.clientHeight as number }));
  const step = Math.max(200, visible - 100);
  for (let top = 0, k = 1; k <= 40; top += step, k++) {
    await scroller.evaluate((e: any, y: number) => { e.scrollTop = y; }, top);
    await page.waitForTimeout(150);
    const file = `${prefix}-${String(k).padStart(2, "0")}.png`;
    await page.screenshot({ path: file });
    files.push(file);
    if (top + visible >= total) break;
  }
  await scroller.evaluate((e: any) => { e.scrollTop = 0; });
  await page.setViewportSize(original);
  return files;
}

/** Shuts every kernel of the server down (between notebooks: each nnlab kernel is a Node process). */
export async function shutDownKernels(server: JupyterServer): Promise<void> {
  const sessions = (await server.api("/api/sessions")) as { id: string }[];
  await Promise.all(sessions.map((s) => server.api(`/api/sessions/${s.id}`, { method: "DELETE" })));
  const kernels = (await server.api("/api/kernels")) as { id: string }[];
  await Promise.all(kernels.map((k) => server.api(`/api/kernels/${k.id}`, { method: "DELETE" })));
}

/**
 * What differs between a notebook file and the notebook as the page holds it
 * (`panel.context.model.toJSON()`), one "json.path: file … page …" line each:
 * why a freshly opened notebook counts as modified. Sources are compared as
 * text (the file splits them into lines); the per-cell `trusted` flag the
 * server adds is left out.
 */
export function notebookDiff(file: unknown, page: unknown): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v).slice(0, 160));
  const walk = (a: unknown, b: unknown, at: string) => {
    if (/^cells\[\d+\]\.source$/.test(at)) {
      const text = (v: unknown) => (Array.isArray(v) ? v.join("") : v);
      if (text(a) !== text(b)) out.push(`${at}: file ${show(text(a))} page ${show(text(b))}`);
      return;
    }
    if (/^cells\[\d+\]\.metadata\.trusted$/.test(at)) return;
    if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
      const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
      for (const k of keys) walk((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], Array.isArray(a) ? `${at}[${k}]` : at ? `${at}.${k}` : k);
      return;
    }
    if (JSON.stringify(a) !== JSON.stringify(b)) out.push(`${at}: file ${show(a)} page ${show(b)}`);
  };
  walk(file, page, "");
  return out;
}

/** Why the page holds the notebook `name` (read from `file`) as modified: what differs from the file. */
export async function differences(page: Page, name: string, file: string): Promise<string> {
  const diff = notebookDiff(JSON.parse(readFileSync(file, "utf8")), await notebookJSON(page, name));
  return diff.length ? diff.join("; ") : "nothing in the JSON (the model was touched without a change)";
}
