import { ChildProcess, spawn } from "child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import net from "net";
import os from "os";
import path from "path";
import { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { releasedText } from "../../src/assign";
import { jupyterPython } from "../../src/cli/env/pythonEnv";
import { kernelEnv, KernelEnv } from "../../src/cli/kernelEnv";
import { ARTIFACTS, hasChromium, launch } from "./chromium";

const ROOT = path.resolve(__dirname, "..", "..");
const TOKEN = "nnlab-test-token";
const python = jupyterPython();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

async function waitForServer(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Notebook server did not start: ${url}`);
}

describe.skipIf(!hasChromium() || !python)("Classic Notebook with the nnlab kernel in chromium", () => {
  let browser: Browser;
  let server: ChildProcess;
  let kernel: KernelEnv;
  let dir: string;
  let base: string;

  beforeAll(async () => {
    // A copy: the Notebook autosaves, and notebooks/ must stay as committed.
    dir = mkdtempSync(path.join(os.tmpdir(), "nnlab-classic-"));
    cpSync(path.join(ROOT, "notebooks"), dir, { recursive: true });
    // The teacher's version of lesson 0 (exercises solved), so every cell runs without an error.
    writeFileSync(path.join(dir, "00-getting-started.ipynb"), releasedText(path.join(ROOT, "lessons", "00-getting-started.md"), "teacher"));
    kernel = kernelEnv();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    server = spawn(
      python!,
      ["-m", "notebook", "--no-browser", "--ip=127.0.0.1", `--port=${port}`, `--NotebookApp.token=${TOKEN}`, `--notebook-dir=${dir}`, "--allow-root"],
      { env: { ...kernel.env, JUPYTER_CONFIG_DIR: path.join(dir, ".jupyter-config"), BROWSER: "true" }, stdio: "ignore" },
    );
    await waitForServer(`${base}/api?token=${TOKEN}`, 60_000);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
    server?.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    kernel?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test("lesson 0 (teacher version): run all cells, the charts appear as their static fallback, no errors", async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
    await page.goto(`${base}/notebooks/00-getting-started.ipynb?token=${TOKEN}`);
    await page.waitForFunction(() => (globalThis as any).Jupyter?.notebook?.kernel?.is_connected?.(), null, { timeout: 90_000 });
    expect(await page.evaluate(() => (globalThis as any).Jupyter.notebook.kernel.name)).toBe("nnlab");
    await page.evaluate(() => (globalThis as any).Jupyter.notebook.execute_all_cells());
    await page.waitForFunction(
      () => {
        const cells = (globalThis as any).Jupyter.notebook.get_cells().filter((c: any) => c.cell_type === "code");
        return cells.every((c: any) => typeof c.input_prompt_number === "number");
      },
      null,
      { timeout: 120_000 },
    );
    // Classic Notebook cannot render Vega-Lite: the bundle's static picture shows instead
    // (PNG, or SVG for output produced in this session since it is trusted).
    const picture = ".output_png img[src^='data:image/png'], .output_svg svg";
    await page.waitForSelector(picture, { timeout: 30_000 });
    expect(await page.locator(".output_error").count()).toBe(0);
    expect(await page.locator(picture).count()).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(ARTIFACTS, "classic-notebook.png"), fullPage: true });
  });
});
