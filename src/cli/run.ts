/**
 * `nnlab run [paths...] [--out DIR] [--timeout S] [--allow-errors]` — executes notebooks (and
 * lesson sources, in their teacher version with the solutions) through
 * the nnlab kernel with nbclient, writes each executed notebook and its HTML
 * export to DIR (default out/lessons), prints a table (notebook, cells,
 * seconds, the kernel's peak memory, status) and returns 1 if any cell failed.
 */
import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { defaultFolder, packagePaths } from "../paths";
import { runHelper } from "../python";
import { defineCommand, withArgs } from "./args";
import { exportNotebooks } from "../export";
import { kernelEnv } from "./kernelEnv";
import { findNotebooks, FoundNotebook } from "./notebooks";
import { formatTable } from "./table";
import { messages } from "./messages";

export interface RunResult {
  path: string;
  out: string;
  html?: string;
  cells: number;
  seconds: number;
  status: "ok" | "failed";
  error: string | null;
  failed_cell: number | null;
  /** The kernel's peak resident memory in MiB (null where the system does not tell). */
  peak_mib: number | null;
}

/** Executes `notebooks`; executed copies and HTML go under `outDir`. */
export function runNotebooks(notebooks: readonly FoundNotebook[], outDir: string, timeout = 600, allowErrors = false): RunResult[] {
  const pairs = notebooks.map((nb) => `${nb.path}::${path.join(outDir, nb.relative)}`);
  const kernel = kernelEnv();
  try {
    const flags = allowErrors ? ["--allow-errors"] : [];
    const answer = runHelper<Omit<RunResult, "html">>(kernel.python, packagePaths().script("nnlab_run.py"), ["--kernel", "nnlab", "--timeout", String(timeout), ...flags, ...pairs], {
      env: kernel.env,
      stderr: "inherit",
    });
    if (answer.errors.length > 0) throw new Error(messages.runnerErrors(answer.errors));
    if (answer.results.length !== notebooks.length) throw new Error(messages.runnerStopped(answer.status ?? answer.signal));
    const results = answer.results.map(({ kind: _kind, ...result }) => ({ ...result, html: result.out.replace(/\.ipynb$/, ".html") }));
    exportNotebooks(results.map(({ out, html }) => ({ ipynb: out, html })));
    return results;
  } finally {
    kernel.dispose();
  }
}

export const RUN = defineCommand({
  name: "run",
  summary: "execute notebooks or lesson sources headlessly (default: notebooks/, out/lessons); lessons run in their teacher version",
  usage: `usage: nnlab run [notebooks or lessons or folders…] [--out DIR] [--timeout S] [--allow-errors]

  Executes notebooks (default: notebooks/) through the nnlab kernel; a lesson source (.md) runs in
  its teacher version. Writes each executed notebook and its HTML page to DIR and prints a table.
    -o, --out DIR     where the executed notebooks and pages go (default out/lessons)
    --timeout S       seconds a cell may take (default 600)
    --allow-errors    run every cell even after one fails`,
  options: { out: { type: "string", short: "o" }, timeout: { type: "string" }, "allow-errors": { type: "boolean" } },
  positionals: { max: Infinity },
});

export const runCommand = withArgs(RUN, ({ values, positionals }) => {
  const defaults = [defaultFolder("notebooks")];
  const lessonsTo = mkdtempSync(path.join(os.tmpdir(), "nnlab-lessons-"));
  const notebooks = findNotebooks(positionals.length ? positionals : defaults, lessonsTo);
  if (notebooks.length === 0) {
    console.error("nnlab run: no notebooks found.");
    return 1;
  }
  const outDir = path.resolve(values.out ?? path.join("out", "lessons"));
  const timeout = Number(values.timeout ?? 600);
  if (!(timeout > 0)) {
    console.error(`nnlab run: --timeout needs a number of seconds > 0, not "${values.timeout}".`);
    return 2;
  }
  let results: RunResult[];
  try {
    results = runNotebooks(notebooks, outDir, timeout, values["allow-errors"] === true);
  } finally {
    rmSync(lessonsTo, { recursive: true, force: true });
  }
  const rows = results.map((r, k) => [
    path.relative(process.cwd(), notebooks[k].source ?? r.path) || r.path,
    r.cells,
    r.seconds.toFixed(1),
    typeof r.peak_mib === "number" ? Math.round(r.peak_mib) : "-",
    r.status === "ok" ? "ok" : `FAILED${r.failed_cell ? ` (cell ${r.failed_cell})` : ""}: ${r.error ?? ""}`.slice(0, 120),
  ]);
  console.log(formatTable(["notebook", "cells", "seconds", "peak MiB", "status"], rows));
  console.log(`\nExecuted notebooks and HTML in ${outDir}`);
  return results.every((r) => r.status === "ok") ? 0 : 1;
});
