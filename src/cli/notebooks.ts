/**
 * Finding notebooks: files as given, folders searched recursively (hidden
 * folders, checkpoints and node_modules skipped), each with its path relative
 * to the folder it was found in (a file given directly: its name).
 */
import { existsSync, readdirSync, statSync } from "fs";
import path from "path";

export interface FoundNotebook {
  path: string;
  /** e.g. "01-neuron.ipynb" or "part2/05-dropout.ipynb" */
  relative: string;
}

export function findNotebooks(paths: readonly string[]): FoundNotebook[] {
  const found: FoundNotebook[] = [];
  const visit = (p: string, base: string) => {
    if (!existsSync(p)) throw new Error(`nnlab: no such notebook or folder: ${p}`);
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith(".") || name === "node_modules") continue;
        const child = path.join(p, name);
        if (statSync(child).isDirectory() || name.endsWith(".ipynb")) visit(child, base);
      }
    } else if (p.endsWith(".ipynb")) found.push({ path: p, relative: path.relative(base, p) || path.basename(p) });
    else throw new Error(`nnlab: not a notebook (.ipynb): ${p}`);
  };
  for (const p of paths) visit(p, existsSync(p) && statSync(p).isDirectory() ? p : path.dirname(p));
  return found;
}
