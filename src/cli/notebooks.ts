/**
 * Finding notebooks: files as given, folders searched recursively (hidden
 * folders, checkpoints and node_modules skipped), each with its path relative
 * to the folder it was found in (a file given directly: its name). A lesson
 * source (`*.md` other than README.md) counts too: its teacher version (with
 * the solutions) is released into `lessonsTo` and that notebook is run.
 */
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from "fs";
import path from "path";
import { releasedText } from "../assign";
import { messages } from "./messages";

export interface FoundNotebook {
  path: string;
  /** e.g. "01-neuron.ipynb" or "part2/05-dropout.ipynb" */
  relative: string;
  /** For a lesson source: the .md file the notebook was released from. */
  source?: string;
}

const isLesson = (name: string) => name.endsWith(".md") && name.toLowerCase() !== "readme.md";

export function findNotebooks(paths: readonly string[], lessonsTo?: string): FoundNotebook[] {
  const found: FoundNotebook[] = [];
  const visit = (p: string, base: string) => {
    if (!existsSync(p)) throw new Error(messages.noNotebook(p));
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        if (name.startsWith(".") || name === "node_modules") continue;
        const child = path.join(p, name);
        if (statSync(child).isDirectory() || name.endsWith(".ipynb") || (lessonsTo && isLesson(name))) visit(child, base);
      }
    } else if (p.endsWith(".ipynb")) found.push({ path: p, relative: path.relative(base, p) || path.basename(p) });
    else if (lessonsTo && isLesson(path.basename(p))) {
      const relative = (path.relative(base, p) || path.basename(p)).replace(/\.md$/, ".ipynb");
      const released = path.join(lessonsTo, relative);
      mkdirSync(path.dirname(released), { recursive: true });
      writeFileSync(released, releasedText(p, "teacher"));
      found.push({ path: released, relative, source: p });
    } else throw new Error(messages.notNotebook(p));
  };
  for (const p of paths) visit(p, existsSync(p) && statSync(p).isDirectory() ? p : path.dirname(p));
  return found;
}
