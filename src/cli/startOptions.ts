/**
 * What `nnlab start` was asked for, and the Jupyter command line that does it
 * (pure: no files, no processes).
 */
import { defineCommand, type Parsed } from "./args";
import { messages } from "./env/messages";

export const APPS = {
  lab: { module: "jupyterlab", name: "JupyterLab", path: "/lab" },
  notebook: { module: "notebook", name: "Jupyter Notebook", path: "/tree" },
} as const;
export type App = keyof typeof APPS;

export const DEFAULT_PORT = 8888;

export const START = defineCommand({
  name: "start",
  summary: "open JupyterLab (--notebook: Notebook 7) on notebooks/ with the nnlab kernel, from nnlab's own Python environment",
  usage: `usage: nnlab start [FOLDER] [--notebook] [--port N] [--no-browser]
       npm start -- [FOLDER] [--notebook] [--port N] [--no-browser]   (npm passes what follows --)

  Opens JupyterLab on FOLDER (default: notebooks/) with the "TypeScript (nnlab)" kernel, from nnlab's
  own Python environment (.venv/, made on the first start), and prints the address to open.
    --notebook     Jupyter Notebook 7 instead of JupyterLab
    --port N       listen on port N (default ${DEFAULT_PORT}); if it is taken, the next free one
    --no-browser   do not open a browser (open the printed address yourself)
  Ctrl-C stops the server.`,
  options: { notebook: { type: "boolean" }, port: { type: "string" }, "no-browser": { type: "boolean" } },
  positionals: { max: 1 },
});

export interface StartOptions {
  app: App;
  port: number;
  browser: boolean;
  /** The folder given, if any. */
  folder?: string;
}

/** What the parsed command line asks for, or what is wrong with its port. */
export function startOptions({ values, positionals }: Parsed<typeof START.options>): StartOptions | { error: string } {
  const portText = values.port ?? String(DEFAULT_PORT);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port < 1 || port > 65535) return { error: messages.badPort(portText) };
  return { app: values.notebook ? "notebook" : "lab", port, browser: !values["no-browser"], folder: positionals[0] };
}

export interface Launch {
  app: App;
  port: number;
  browser: boolean;
  folder: string;
  token: string;
  /** Running as root (Jupyter refuses without --allow-root). */
  root: boolean;
}

/**
 * The arguments after `python`: loopback only, exactly this port, our token,
 * Ctrl-C stops at once, new notebooks get the nnlab kernel, warnings and
 * errors only (the address is printed by nnlab once the server answers), no
 * language-server scan (jupyter-lsp would run `npm prefix -g` at every start;
 * there is no language server for the nnlab kernel).
 */
export function jupyterArgs(launch: Launch): string[] {
  return [
    "-m", APPS[launch.app].module,
    `--ServerApp.root_dir=${launch.folder}`,
    "--ServerApp.ip=127.0.0.1",
    `--ServerApp.port=${launch.port}`,
    "--ServerApp.port_retries=0",
    `--IdentityProvider.token=${launch.token}`,
    "--ServerApp.answer_yes=True",
    "--MultiKernelManager.default_kernel_name=nnlab",
    "--Application.log_level=WARN",
    "--LanguageServerManager.autodetect=False",
    ...(launch.browser ? [] : ["--no-browser"]),
    ...(launch.root ? ["--allow-root"] : []),
  ];
}

/** The address a user opens (the token logs them in). */
export function serverUrl(app: App, port: number, token: string): string {
  return `http://127.0.0.1:${port}${APPS[app].path}?token=${token}`;
}
