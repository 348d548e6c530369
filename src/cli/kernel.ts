/**
 * `nnlab kernel install [--user | --prefix P | --sys]` — registers the `nnlab`
 * kernelspec (default: --user, Jupyter's per-user data folder, which every
 * Jupyter the user starts reads).
 */
import { Args, stringOption } from "./args";
import { installKernel, kernelSpec, Scope } from "../kernel/spec";

export function scopeOf(args: Args): Scope {
  const prefix = stringOption(args, "prefix");
  if (prefix) return { prefix };
  if (args.options.sys || args.options.system) return { system: true };
  return { user: true };
}

export function kernelCommand(args: Args): number {
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
  console.error("usage: nnlab kernel install [--user | --prefix PREFIX | --sys]\n       nnlab kernel spec");
  return 2;
}
