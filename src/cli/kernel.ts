/**
 * `nnlab kernel install [--user | --prefix PREFIX | --sys]` — registers the
 * `nnlab` kernelspec. Default: inside the project's Python environment
 * (`.venv/share/jupyter/kernels/nnlab`, made first if needed), which is what
 * `nnlab start` uses; `--user` puts it in Jupyter's per-user data folder, so
 * any Jupyter the user starts elsewhere finds this installation's kernel.
 */
import { defineCommand, withArgs, type Values } from "./args";
import { installKernel, kernelSpec, Scope } from "../kernel/spec";
import { ensureJupyterEnv } from "./env/pythonEnv";
import { ensurePackages, FEATURES } from "../optional";
import { messages } from "./messages";

export const KERNEL = defineCommand({
  name: "kernel",
  summary: "register the \"TypeScript (nnlab)\" kernel (default: in .venv), or print its kernel.json",
  usage: `usage: nnlab kernel install [--user | --prefix PREFIX | --sys]
       nnlab kernel spec

  install        register the "TypeScript (nnlab)" kernel; by default inside the project's
                 Python environment (.venv), which is where npm start looks for it
    --user       in your Jupyter data folder instead, for Jupyters started outside nnlab
    --prefix P   in P/share/jupyter/kernels (a Python environment of your choice)
    --sys        in the system-wide folder (/usr/local/share/jupyter/kernels; --system too)
  spec           print the kernel.json this installation writes`,
  options: { user: { type: "boolean" }, prefix: { type: "string" }, sys: { type: "boolean" }, system: { type: "boolean" } },
  positionals: { min: 1, max: 1, what: "an action (install or spec)" },
});

export function scopeOf(values: Values<typeof KERNEL.options>): Scope {
  const { prefix } = values;
  if (prefix) return { prefix };
  if (values.sys || values.system) return { system: true };
  if (values.user) return { user: true };
  const env = ensureJupyterEnv();
  if (!env.prefix) throw new Error(messages.kernelInstallWhere());
  return { prefix: env.prefix };
}

export const kernelCommand = withArgs(KERNEL, ({ values, positionals: [action] }) => {
  if (action === "install") {
    ensurePackages("The nnlab kernel", FEATURES.kernel);
    const dir = installKernel(scopeOf(values));
    console.log(`Installed kernelspec nnlab ("TypeScript (nnlab)") in ${dir}`);
    return 0;
  }
  if (action === "spec") {
    console.log(JSON.stringify(kernelSpec(), null, 2));
    return 0;
  }
  console.error(`nnlab kernel: unknown action ${action}\n\n${KERNEL.usage}`);
  return 2;
});
