/**
 * `nnlab start` (what `npm start` runs after building): makes sure nnlab's
 * Python environment exists (src/cli/env), registers the nnlab kernel inside
 * it, starts JupyterLab (or Notebook 7 with --notebook) on notebooks/, waits
 * until the server answers, and prints the address with its token and how to
 * stop. JupyterLab's settings and workspaces for these launches live in the
 * environment (etc/nnlab-lab), not in ~/.jupyter.
 */
import { spawn } from "child_process";
import { randomBytes } from "crypto";
import { existsSync, statSync } from "fs";
import path from "path";
import { defaultFolder } from "../paths";
import { withArgs } from "./args";
import { messages } from "./env/messages";
import { kernelEnv } from "./kernelEnv";
import { choosePort } from "./port";
import { notaryArgs, notaryIn, notebooksIn, trustNotebooks, type Notary } from "./trust";
import { APPS, jupyterArgs, serverUrl, START, startOptions } from "./startOptions";
import { isRoot } from "../user";

/** Resolves true once GET /api/status answers 200, false if `alive()` turns false or `ms` pass. */
export async function waitUntilReady(port: number, token: string, alive: () => boolean, ms = 180_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end && alive()) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/status`, { headers: { Authorization: `token ${token}` } });
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

export const startCommand = withArgs(START, async (args) => {
  const options = startOptions(args);
  if ("error" in options) {
    console.error(options.error);
    return 2;
  }
  const folder = path.resolve(options.folder ?? defaultFolder("notebooks"));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    console.error(messages.noFolder(folder));
    return 2;
  }
  const kernel = kernelEnv(); // the environment first: on a first start that takes minutes
  const port = await choosePort(options.port);
  if (port === undefined) {
    console.error(messages.noFreePort(options.port, options.port + 49));
    kernel.dispose();
    return 1;
  }
  if (port !== options.port) console.log(messages.portTaken(options.port, port));
  const app = APPS[options.app].name;
  const token = randomBytes(24).toString("hex");
  const env: NodeJS.ProcessEnv = { ...kernel.env };
  let notary: Notary | undefined;
  if (kernel.prefix) {
    const own = path.join(kernel.prefix, "etc", "nnlab-lab");
    env.JUPYTERLAB_SETTINGS_DIR ??= path.join(own, "user-settings");
    env.JUPYTERLAB_WORKSPACES_DIR ??= path.join(own, "workspaces");
    notary = notaryIn(path.join(own, "notary"));
  }
  // The lessons open trusted. With a Jupyter of the user's own (no prefix), its own notary signs them.
  const trustProblem = trustNotebooks(kernel.python, notebooksIn(folder), notary, env);
  if (trustProblem) console.warn(messages.notTrusted(trustProblem));
  console.log(messages.starting(app, folder));
  const serverArgs = [...jupyterArgs({ ...options, port, folder, token, root: isRoot() }), ...(notary ? notaryArgs(notary) : [])];
  const child = spawn(kernel.python, serverArgs, { stdio: "inherit", cwd: folder, env });
  let exited = false;
  const done = new Promise<number>((resolve) =>
    child.on("exit", (code, signal) => {
      exited = true;
      kernel.dispose();
      resolve(code ?? (signal ? 0 : 1));
    }),
  );
  // Ctrl-C in a terminal reaches Jupyter itself (same process group), which
  // stops; a second SIGINT would interrupt its shutdown. So SIGINT here only
  // sends SIGTERM if Jupyter is still running a moment later (a SIGINT sent to
  // this process alone); SIGTERM is passed on at once.
  const stop = () => {
    if (!exited) child.kill("SIGTERM");
  };
  let pending: NodeJS.Timeout | undefined;
  process.on("SIGINT", () => {
    pending ??= setTimeout(stop, 3000);
    pending.unref();
  });
  process.on("SIGTERM", stop);
  if (await waitUntilReady(port, token, () => !exited)) console.log(messages.running(app, serverUrl(options.app, port, token)));
  else if (exited) console.error(messages.didNotStart(app, child.exitCode));
  return done;
});
