/**
 * `nnlab kernel install [--user | --prefix PREFIX | --sys]` — registers the
 * `nnlab` kernelspec. Default: inside the project's Python environment
 * (`.venv/share/jupyter/kernels/nnlab`, made first if needed), which is what
 * `nnlab start` uses; `--user` puts it in Jupyter's per-user data folder, so
 * any Jupyter the user starts elsewhere finds this installation's kernel.
 */
import { Args, stringOption } from "./args";
import { installKernel, kernelSpec, Scope } from "../kernel/spec";
import { ensureJupyterEnv } from "./env/pythonEnv";

export const KERNEL_USAGE = `usage: nnlab kernel install [--user | --prefix PREFIX | --sys]
       nnlab kernel spec

  install        register the "TypeScript (nnlab)" kernel; by default inside the project's
                 Python environment (.venv), which is where npm start looks for it
    --user       in your Jupyter data folder instead, for Jupyters started outside nnlab
    --prefix P   in P/share/jupyter/kernels (a Python environment of your choice)
    --sys        in the system-wide folder (/usr/local/share/jupyter/kernels)
  spec           print the kernel.json this installation writes`;

export function scopeOf(args: Args): Scope {
  const prefix = stringOption(args, "prefix");
  if (prefix) return { prefix };
  if (args.options.sys || args.options.system) return { system: true };
  if (args.options.user) return { user: true };
  const env = ensureJupyterEnv();
  if (!env.prefix) throw new Error("nnlab kernel install: with NNLAB_JUPYTER_PYTHON set, say where: --user, or --prefix PREFIX (e.g. that Python's sys.prefix).");
  return { prefix: env.prefix };
}

export function kernelCommand(args: Args): number {
  if (args.options.help || args.options.h) {
    console.log(KERNEL_USAGE);
    return 0;
  }
  const [action] = args.positional;
  if (action === "install") {
    const dir = installKernel(scopeOf(args));
    console.log(`Installed kernelspec nnlab ("TypeScript (nnlab)") in ${dir}`);
    return 0;
  }
  if (action === "spec") {
    console.log(JSON.stringify(kernelSpec(), null, 2));
    return 0;
  }
  console.error(KERNEL_USAGE);
  return 2;
}
