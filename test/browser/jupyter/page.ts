/**
 * Driving a notebook in JupyterLab 4 or Notebook 7 through Chromium, and
 * reading back what a learner would see. Both front ends are JupyterLab
 * applications: the server runs with `--expose-app-in-browser`, so
 * `window.jupyterapp` gives the notebook panel, its cell models, kernel and
 * dirty flag; what is *shown* is read from the DOM of each cell.
 */
import type { Page } from "playwright-core";

/** One output of a code cell: its model (nbformat) and how the page shows it. */
export interface OutputReport {
  outputType: string;
  /** Stream name (stdout/stderr). */
  name?: string;
  /** Stream text, or "ename: evalue" of an error output. */
  text?: string;
  /** MIME types in the output's data. */
  mimeTypes: string[];
  /** The MIME type the page rendered (`data-mime-type` of the output node, or the Vega renderer's type). */
  shownAs?: string;
  /** A Vega view (its `.marks` canvas or svg) inside JupyterLab's Vega renderer. */
  liveVega: boolean;
  /** A static picture (img or svg outside a Vega view) instead. */
  picture: boolean;
  /** CSS pixels of the Vega view (its canvas or svg) that do not fit in the output area's width: cut off. */
  clipped: number;
  /** The Vega view's CSS size "W×H" (canvas or svg), "" without one. */
  viewSize: string;
  /** The CSS size the kernel's PNG declares in its metadata (drawn with the kernel's Vega-Lite), "" without one. */
  pictureSize: string;
  /** The Vega-Lite spec asks for tooltips. */
  tooltips: boolean;
  /** Range sliders bound to the Vega view. */
  sliders: number;
  /** The output's Markdown has $…$ or $$…$$ formulas. */
  markdownMath: boolean;
  /** Typeset math (MathJax 3 `mjx-container`) in the output. */
  math: number;
  /** The rendered text, trimmed to 300 characters. */
  shownText: string;
}

export interface CellReport {
  index: number;
  id: string;
  type: string;
  /** The first line of the source, to name the cell in messages. */
  firstLine: string;
  source: string;
  /** nbgrader metadata: an answer cell (`solution`) or a check (`grade`). */
  exercise: "answer" | "check" | undefined;
  executionCount: number | null;
  outputs: OutputReport[];
  /** Math typeset in a rendered Markdown cell. */
  math: number;
}

export interface NotebookState {
  path: string;
  kernelName: string | undefined;
  kernelStatus: string | undefined;
  dirty: boolean;
  /** Cells whose prompt shows "[*]" (running or queued). */
  pending: number;
  /** Every code cell's model is trusted. */
  trusted: boolean;
  /** The tab (JupyterLab) carries `jp-mod-dirty`. */
  dirtyTab: boolean;
}

/** Runs in the page: the notebook panel whose document is `path`. */
const FIND_PANEL = `
  (path) => {
    const app = window.jupyterapp;
    if (!app) return undefined;
    for (const w of app.shell.widgets("main")) if (w.context && w.context.path === path && w.content && w.content.widgets) return w;
    return undefined;
  }
`;

/** Waits until JupyterLab (or Notebook 7) has started and the notebook `path` is open with its kernel idle. */
export async function waitForNotebook(page: Page, path: string, timeoutMs = 90_000): Promise<NotebookState> {
  try {
    await page.waitForFunction(
      ([find, p]) => {
        const panel = (0, eval)(find)(p);
        if (!panel || !panel.context.isReady) return false;
        const kernel = panel.sessionContext.session?.kernel;
        return kernel?.status === "idle" && kernel?.connectionStatus === "connected";
      },
      [FIND_PANEL, path] as const,
      { timeout: timeoutMs, polling: 250 },
    );
  } catch (error) {
    const seen = await page
      .evaluate(([find, p]) => {
        const w = globalThis as any;
        const panel = w.jupyterapp ? (0, eval)(find)(p) : undefined;
        const kernel = panel?.sessionContext.session?.kernel;
        return {
          app: w.jupyterapp ? "started" : "window.jupyterapp missing (server needs --expose-app-in-browser)",
          notebook: panel ? (panel.context.isReady ? "open" : "loading") : "not open",
          kernel: kernel ? `${kernel.name} ${kernel.status}/${kernel.connectionStatus}` : "none",
          dialog: w.document.querySelector(".jp-Dialog")?.textContent ?? "",
        };
      }, [FIND_PANEL, path] as const)
      .catch((e) => String(e));
    throw new Error(`${path} did not open with an idle kernel within ${timeoutMs / 1000} s: ${JSON.stringify(seen)} (${String(error).split("\n")[0]})`);
  }
  return notebookState(page, path);
}

export async function notebookState(page: Page, path: string): Promise<NotebookState> {
  return page.evaluate(
    ([find, p]) => {
      const panel = (0, eval)(find)(p);
      const kernel = panel.sessionContext.session?.kernel;
      const cells = panel.content.widgets as any[];
      const doc = (globalThis as any).document;
      const tab = doc.querySelector(`.lm-TabBar-tab[data-id="${panel.id}"]`);
      return {
        path: p,
        kernelName: kernel?.name,
        kernelStatus: kernel?.status,
        dirty: panel.context.model.dirty as boolean,
        pending: cells.filter((c) => c.model.type === "code" && /\*/.test(c.node.querySelector(".jp-InputPrompt")?.textContent ?? "")).length,
        trusted: cells.every((c) => c.model.type !== "code" || c.model.trusted),
        dirtyTab: tab ? tab.classList.contains("jp-mod-dirty") : false,
      };
    },
    [FIND_PANEL, path] as const,
  );
}

/** Clicks a main-menu item, e.g. `menu(page, "Run", "Run All Cells")`. */
export async function menu(page: Page, top: string, item: string): Promise<void> {
  await page.locator(".lm-MenuBar-item", { hasText: new RegExp(`^${top}$`) }).first().click();
  const entry = page.locator(".lm-Menu:visible .lm-Menu-item", { has: page.locator(".lm-Menu-itemLabel", { hasText: new RegExp(`^${item}$`) }) });
  await entry.first().click();
}

/**
 * Waits until nothing runs or waits to run (no "[*]" prompt) and the kernel is
 * idle, twice in a row 500 ms apart; Run All leaves the cells after an error
 * unexecuted, so this also ends when Run All stopped early.
 */
export async function waitUntilSettled(page: Page, path: string, timeoutMs: number): Promise<NotebookState> {
  const end = Date.now() + timeoutMs;
  let quiet = 0;
  let state = await notebookState(page, path);
  while (Date.now() < end) {
    state = await notebookState(page, path);
    quiet = state.pending === 0 && state.kernelStatus === "idle" ? quiet + 1 : 0;
    if (quiet >= 2) return state;
    await page.waitForTimeout(500);
  }
  throw new Error(`${path}: still running after ${timeoutMs / 1000} s (${state.pending} cells pending, kernel ${state.kernelStatus})`);
}

/** Every cell: its model and what its outputs show. */
export async function cellReports(page: Page, path: string): Promise<CellReport[]> {
  return page.evaluate(
    ([find, p]) => {
      const panel = (0, eval)(find)(p);
      return (panel.content.widgets as any[]).map((cell, index) => {
        const model = cell.model;
        const nbgrader = model.getMetadata ? model.getMetadata("nbgrader") : undefined;
        const outputs: any[] = model.type === "code" ? model.outputs.toJSON() : [];
        const nodes = Array.from(cell.node.querySelectorAll(".jp-OutputArea-output")) as any[];
        return {
          index,
          id: model.id as string,
          type: model.type as string,
          firstLine: (model.sharedModel.getSource() as string).split("\n")[0].slice(0, 80),
          source: model.sharedModel.getSource() as string,
          exercise: nbgrader?.solution ? "answer" : nbgrader?.grade ? "check" : undefined,
          executionCount: model.type === "code" ? model.executionCount ?? null : null,
          math: model.type === "markdown" ? cell.node.querySelectorAll("mjx-container").length : 0,
          outputs: outputs.map((o, k) => {
            const node = nodes[k];
            const text = o.output_type === "stream" ? (Array.isArray(o.text) ? o.text.join("") : o.text) : o.output_type === "error" ? `${o.ename}: ${o.evalue}` : undefined;
            const vega = node?.matches(".jp-RenderedVegaCommon5") ? node : node?.querySelector(".jp-RenderedVegaCommon5");
            return {
              outputType: o.output_type,
              name: o.name,
              text,
              mimeTypes: Object.keys(o.data ?? {}),
              // JupyterLab's Vega renderer is not a RenderedCommon: it sets no data-mime-type, only its classes.
              shownAs: node?.getAttribute("data-mime-type") ?? (vega?.matches(".jp-RenderedVegaLite") ? Object.keys(o.data ?? {}).find((m) => m.startsWith("application/vnd.vegalite.")) : vega ? "application/vnd.vega.v5+json" : undefined),
              liveVega: !!vega && vega.querySelector("canvas.marks, svg.marks") !== null,
              picture: !!node && !vega && node.querySelector("img, svg") !== null,
              clipped: (() => {
                const marks = vega?.querySelector("canvas.marks, svg.marks");
                if (!marks) return 0;
                const area = cell.node.querySelector(".jp-OutputArea")?.getBoundingClientRect();
                const view = marks.getBoundingClientRect();
                return Math.max(0, Math.round(view.right - (area?.right ?? view.right)));
              })(),
              viewSize: (() => {
                const marks = vega?.querySelector("canvas.marks, svg.marks");
                if (!marks) return "";
                const r = marks.getBoundingClientRect();
                return `${Math.round(r.width)}×${Math.round(r.height)}`;
              })(),
              pictureSize: (() => {
                const m = o.metadata?.["image/png"];
                return m && m.width && m.height ? `${Math.round(m.width)}×${Math.round(m.height)}` : "";
              })(),
              tooltips: JSON.stringify(o.data?.["application/vnd.vegalite.v5+json"] ?? null).includes('"tooltip"'),
              sliders: vega ? vega.querySelectorAll(".vega-bindings input[type=range]").length : 0,
              markdownMath: typeof o.data?.["text/markdown"] === "string" && /\$[^$]+\$/.test(o.data["text/markdown"]),
              math: node ? node.querySelectorAll("mjx-container").length : 0,
              shownText: (node?.textContent ?? "").trim().slice(0, 300),
            };
          }),
        };
      });
    },
    [FIND_PANEL, path] as const,
  );
}

/** How a cell is named in failure messages: "cell 12 (id weighted-sum) `function weightedSum(…`". */
export function cellName(cell: CellReport): string {
  return `cell ${cell.index} (id ${cell.id}${cell.exercise ? `, exercise ${cell.exercise}` : ""}) \`${cell.firstLine}\``;
}

/** What one code cell showed at one moment, for watching an output change. */
export interface CellSample {
  /** Milliseconds since recording started. */
  t: number;
  /** The prompt shows "[*]". */
  running: boolean;
  /** Output nodes in the cell's output area. */
  shown: number;
  /** Outputs in the cell's model. */
  outputs: number;
  /** text/plain of the first output. */
  text: string | undefined;
  /** A hash of the first output's Vega view (canvas pixels or svg), "" without one. */
  view: string;
}

/**
 * Samples the code cell `index` of notebook `path` every `everyMs` in the
 * page; the returned function stops and hands back the samples.
 */
export async function recordCell(page: Page, path: string, index: number, everyMs = 50): Promise<() => Promise<CellSample[]>> {
  await page.evaluate(
    ([find, p, i, every]) => {
      const panel = (0, eval)(find)(p);
      const cell = panel.content.widgets[i];
      const start = Date.now();
      const hash = (s: string) => { let h = 0; for (let k = 0; k < s.length; k += 7) h = (h * 31 + s.charCodeAt(k)) | 0; return `${s.length}:${h}`; };
      const samples: unknown[] = [];
      const sample = () => {
        const first = cell.model.outputs.length > 0 ? cell.model.outputs.get(0) : undefined;
        const canvas = cell.node.querySelector(".jp-RenderedVegaCommon5 canvas.marks");
        const svg = cell.node.querySelector(".jp-RenderedVegaCommon5 svg.marks");
        const text = first?.data?.["text/plain"];
        samples.push({
          t: Date.now() - start,
          running: /\*/.test(cell.node.querySelector(".jp-InputPrompt")?.textContent ?? ""),
          shown: cell.node.querySelectorAll(".jp-OutputArea-output").length,
          outputs: cell.model.outputs.length,
          text: Array.isArray(text) ? text.join("") : text,
          view: canvas ? hash(canvas.toDataURL()) : svg ? hash(svg.outerHTML) : "",
        });
      };
      (globalThis as any).__nnlabRecorder = { samples, timer: setInterval(sample, every), sample };
    },
    [FIND_PANEL, path, index, everyMs] as const,
  );
  return async () =>
    page.evaluate(() => {
      const r = (globalThis as any).__nnlabRecorder;
      clearInterval(r.timer);
      r.sample();
      return r.samples as CellSample[];
    });
}

/** The notebook as the page holds it (what a save would write). */
export async function notebookJSON(page: Page, path: string): Promise<unknown> {
  return page.evaluate(([find, p]) => (0, eval)(find)(p).context.model.toJSON(), [FIND_PANEL, path] as const);
}
