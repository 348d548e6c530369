import { execFileSync } from "child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ensureJupyterEnv } from "../../src/cli/env/pythonEnv";
import { kernelEnv, withJupyterPath } from "../../src/cli/kernelEnv";

// A stale user-level `nnlab` kernelspec (as an old `nnlab kernel install --user` of another clone leaves).
let work: string;
let userData: string;
beforeAll(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "nnlab-kernelenv-"));
  userData = path.join(work, "user-data");
  mkdirSync(path.join(userData, "kernels", "nnlab"), { recursive: true });
  writeFileSync(path.join(userData, "kernels", "nnlab", "kernel.json"), JSON.stringify({ argv: ["node", "/elsewhere/dist/kernel/main.js", "{connection_file}"], display_name: "stale", language: "typescript" }));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Where jupyter_client (in the env's Python) finds the `nnlab` kernelspec. */
function nnlabSpecDir(python: string, env: NodeJS.ProcessEnv): string {
  const code = "from jupyter_client.kernelspec import KernelSpecManager as K; print(K().find_kernel_specs()['nnlab'])";
  return execFileSync(python, ["-c", code], { env, encoding: "utf8" }).trim();
}

test("withJupyterPath(base, dir) puts dir first on JUPYTER_PATH and keeps what was there", () => {
  expect(withJupyterPath({ JUPYTER_PATH: "/a" }, "/d").JUPYTER_PATH).toBe(["/d", "/a"].join(path.delimiter));
  expect(withJupyterPath({}, "/d").JUPYTER_PATH).toBe("/d");
});

test("kernelEnv() makes this installation's nnlab spec win over a stale user-level one (which wins without it)", () => {
  const jupyter = ensureJupyterEnv();
  // JUPYTER_PREFER_ENV_PATH=0: the user's data folder before sys.prefix, as for a venv the user does not own.
  const base = { ...process.env, JUPYTER_DATA_DIR: userData, JUPYTER_PATH: "", JUPYTER_PREFER_ENV_PATH: "0" };
  // Control: then the stale spec wins on its own.
  expect(nnlabSpecDir(jupyter.python, base)).toBe(path.join(userData, "kernels", "nnlab"));
  const prefix = path.join(work, "prefix");
  const kernel = kernelEnv(base, { python: jupyter.python, prefix });
  try {
    expect(kernel.dataDir).toBe(path.join(prefix, "share", "jupyter"));
    expect(nnlabSpecDir(kernel.python, kernel.env)).toBe(path.join(prefix, "share", "jupyter", "kernels", "nnlab"));
  } finally {
    kernel.dispose();
  }
}, 60_000);
