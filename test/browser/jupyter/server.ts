/**
 * A real Jupyter server (JupyterLab 4 or Notebook 7) on loopback for browser
 * tests, isolated from the user's Jupyter: the nnlab kernel is registered in a
 * temporary prefix on JUPYTER_PATH (src/cli/kernelEnv.ts), and Jupyter's config, data, runtime,
 * user-settings and workspace folders are temporary too. Settings every test
 * needs are set as defaults through `labconfig/default_setting_overrides.json`
 * (read by jupyterlab_server for JupyterLab and Notebook 7 alike):
 * `windowingMode: "none"` keeps every cell in the DOM, and news/update checks
 * are off (no network).
 */
import { ChildProcess, spawn } from "child_process";
import { notaryArgs, notaryIn, notebooksIn, trustNotebooks } from "../../../src/cli/trust";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import net from "net";
import os from "os";
import path from "path";
import { kernelEnv, type KernelEnv } from "../../../src/cli/kernelEnv";

export const TOKEN = "nnlab-browser-test-token";

export type JupyterApp = "jupyterlab" | "notebook";

export interface JupyterServer {
  app: JupyterApp;
  /** http://127.0.0.1:PORT */
  base: string;
  /** The folder the server serves (notebooks are opened relative to it). */
  root: string;
  /** `base + pathname` with the token appended. */
  url(pathname: string): string;
  /** GET/DELETE/... a REST path with the token; the parsed JSON (or undefined for 204). */
  api(pathname: string, init?: RequestInit): Promise<unknown>;
  /** The environment the server runs in (its temporary Jupyter folders, the kernel's JUPYTER_PATH). */
  env: NodeJS.ProcessEnv;
  /** What the server printed so far (for failure messages). */
  log(): string;
  stop(): Promise<void>;
}

/** Settings (as defaults) every browser test runs with. */
export const SETTING_OVERRIDES = {
  "@jupyterlab/notebook-extension:tracker": { windowingMode: "none" },
  "@jupyterlab/apputils-extension:notification": { fetchNews: "false", checkForUpdates: false },
};

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Starts `python -m <app>` serving `root` and resolves once its REST API
 * answers. Throws with the server's output if it exits or does not answer
 * within `timeoutMs`.
 */
export async function startJupyter(python: string, app: JupyterApp, root: string, timeoutMs = 90_000): Promise<JupyterServer> {
  const home = mkdtempSync(path.join(os.tmpdir(), `nnlab-${app}-home-`));
  const dirs = {
    config: path.join(home, "config"),
    data: path.join(home, "data"),
    runtime: path.join(home, "runtime"),
    settings: path.join(home, "user-settings"),
    workspaces: path.join(home, "workspaces"),
  };
  Object.values(dirs).forEach((d) => mkdirSync(d, { recursive: true }));
  mkdirSync(path.join(dirs.config, "labconfig"));
  writeFileSync(path.join(dirs.config, "labconfig", "default_setting_overrides.json"), JSON.stringify(SETTING_OVERRIDES, null, 2));

  // A temporary prefix for the kernelspec (no managed-environment prefix given): the project's .venv stays untouched.
  const kernel: KernelEnv = kernelEnv(process.env, { python });
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...kernel.env,
    JUPYTER_CONFIG_DIR: dirs.config,
    JUPYTER_DATA_DIR: dirs.data,
    JUPYTER_RUNTIME_DIR: dirs.runtime,
    JUPYTERLAB_SETTINGS_DIR: dirs.settings,
    JUPYTERLAB_WORKSPACES_DIR: dirs.workspaces,
    BROWSER: "true",
    PYTHONUNBUFFERED: "1",
  };
  // As `nnlab start` does: the notebooks are signed with a notary of the server's own, so they open trusted.
  const notary = notaryIn(path.join(home, "notary"));
  const untrusted = trustNotebooks(python, notebooksIn(root), notary, env);
  if (untrusted) throw new Error(`startJupyter: could not sign the notebooks in ${root}: ${untrusted}`);
  const args = [
    "-m", app, "--no-browser", "--ip=127.0.0.1", `--port=${port}`, "--port-retries=0",
    `--IdentityProvider.token=${TOKEN}`, `--ServerApp.root_dir=${root}`, ...notaryArgs(notary),
    // window.jupyterapp: the tests read cell models, kernel status and the dirty flag from it.
    "--expose-app-in-browser",
    // Harmless for other users; as root Jupyter refuses to start without it.
    "--allow-root",
  ];
  let output = "";
  const child: ChildProcess = spawn(python, args, { env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  let exited: number | null | undefined;
  const exit = new Promise<void>((resolve) => child.on("exit", (code) => { exited = code; resolve(); }));

  const url = (pathname: string) => `${base}${pathname}${pathname.includes("?") ? "&" : "?"}token=${TOKEN}`;
  const server: JupyterServer = {
    app,
    base,
    root,
    env,
    url,
    async api(pathname, init) {
      const response = await fetch(url(pathname), init);
      if (!response.ok) throw new Error(`${init?.method ?? "GET"} ${pathname}: HTTP ${response.status}`);
      return response.status === 204 ? undefined : response.json();
    },
    log: () => output,
    async stop() {
      if (exited === undefined) {
        child.kill("SIGTERM");
        // Jupyter shuts its kernels down on SIGTERM; give it a moment, then insist.
        const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
        await exit;
        clearTimeout(timer);
      }
      kernel.dispose();
      rmSync(home, { recursive: true, force: true });
    },
  };

  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (exited !== undefined) throw new Error(`python -m ${app} exited with code ${exited} before answering:\n${output}`);
    try {
      if ((await fetch(url("/api/status"))).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await server.stop();
  throw new Error(`python -m ${app} did not answer on ${base} within ${timeoutMs / 1000} s:\n${output}`);
}
