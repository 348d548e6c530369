import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterEach, beforeEach, expect, test, vi } from "vitest";
import { envDir, envPython, ensureJupyterEnv, JUPYTER_MODULES } from "../../../src/cli/env/pythonEnv";
import { STAMP_FILE } from "../../../src/cli/env/stamp";

// Fakes: a "base Python" that probes as 3.11.7 with venv and makes a venv whose
// bin/python logs every call to <env>/calls.log (pip fails while <env>/../fail-pip exists).
const ENV_PYTHON = `#!/bin/sh
here="$(cd "$(dirname "$0")/.." && pwd)"
echo "$*" >> "$here/calls.log"
if [ "$1" = "-m" ] && [ -f "$here/../fail-pip" ]; then echo "ERROR: No matching distribution found for jupyterlab==4.6.6" >&2; exit 1; fi
exit 0
`;
const basePython = (template: string) => `#!/bin/sh
if [ "$1" = "-c" ]; then printf '3.11.7\\nvenv\\n'; exit 0; fi
if [ "$1" = "-m" ] && [ "$2" = "venv" ]; then mkdir -p "$4/bin"; touch "$4/pyvenv.cfg"; cp "${template}" "$4/bin/python"; exit 0; fi
exit 1
`;

let work: string;
let root: string;
let env: NodeJS.ProcessEnv;
const dir = () => env.NNLAB_PYTHON_ENV!;
const calls = () => (existsSync(path.join(dir(), "calls.log")) ? readFileSync(path.join(dir(), "calls.log"), "utf8").trim().split("\n") : []);
const pipCalls = () => calls().filter((c) => c.startsWith("-m pip install"));

function script(file: string, text: string): string {
  writeFileSync(file, text);
  chmodSync(file, 0o755);
  return file;
}

beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), "nnlab-env-test-"));
  root = path.join(work, "root");
  mkdirSync(path.join(root, "python"), { recursive: true });
  writeFileSync(path.join(root, "python", "requirements.txt"), "jupyterlab==4.6.6\n");
  writeFileSync(path.join(root, "python", "constraints.txt"), "tornado==6.6.1\n");
  const template = script(path.join(work, "env-python"), ENV_PYTHON);
  env = { NNLAB_PYTHON: script(path.join(work, "python3"), basePython(template)), NNLAB_PYTHON_ENV: path.join(work, "env") };
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(work, { recursive: true, force: true });
});

test("envDir(env, root) is ROOT/.venv, or NNLAB_PYTHON_ENV; envPython(dir) is bin/python (Scripts\\python.exe on Windows)", () => {
  expect(envDir({}, "/r")).toBe(path.join("/r", ".venv"));
  expect(envDir({ NNLAB_PYTHON_ENV: "/e" }, "/r")).toBe(path.resolve("/e"));
  expect(envPython("/e", "linux")).toBe(path.join("/e", "bin", "python"));
  expect(envPython("/e", "win32")).toBe(path.join("/e", "Scripts", "python.exe"));
});

test.skipIf(process.platform === "win32")("ensureJupyterEnv() on first use makes the venv, pip-installs requirements with constraints, then writes the stamp", () => {
  expect(ensureJupyterEnv(env, root)).toEqual({ python: path.join(dir(), "bin", "python"), prefix: dir() });
  expect(pipCalls()).toEqual([
    `-m pip install -q --disable-pip-version-check --no-input -r ${path.join(root, "python", "requirements.txt")} -c ${path.join(root, "python", "constraints.txt")}`,
  ]);
  expect(readFileSync(path.join(dir(), STAMP_FILE), "utf8").trim()).toMatch(/^[0-9a-f]{64}$/);
});

test.skipIf(process.platform === "win32")("ensureJupyterEnv() a second time runs no pip; after a requirements change it installs again", () => {
  ensureJupyterEnv(env, root);
  ensureJupyterEnv(env, root);
  expect(pipCalls()).toHaveLength(1);
  writeFileSync(path.join(root, "python", "constraints.txt"), "tornado==6.6.2\n");
  ensureJupyterEnv(env, root);
  expect(pipCalls()).toHaveLength(2);
});

test.skipIf(process.platform === "win32")("ensureJupyterEnv(env, root, [extra]) installs python/extras/NAME.txt on top under the same constraints; going back and forth installs nothing more", () => {
  mkdirSync(path.join(root, "python", "extras"));
  writeFileSync(path.join(root, "python", "extras", "hub.txt"), "jupyterhub==6.1.1\n");
  const r = path.join(root, "python", "requirements.txt");
  const c = path.join(root, "python", "constraints.txt");
  const hub = path.join(root, "python", "extras", "hub.txt");
  ensureJupyterEnv(env, root);
  ensureJupyterEnv(env, root, ["hub"]);
  ensureJupyterEnv(env, root);
  ensureJupyterEnv(env, root, ["hub", "hub"]);
  expect(pipCalls()).toEqual([
    `-m pip install -q --disable-pip-version-check --no-input -r ${r} -c ${c}`,
    `-m pip install -q --disable-pip-version-check --no-input -r ${r} -r ${hub} -c ${c}`,
  ]);
  expect(() => ensureJupyterEnv(env, root, ["hbu"])).toThrow('No Python extra named "hbu"; this nnlab has hub');
});

test.skipIf(process.platform === "win32")("ensureJupyterEnv() when pip fails (offline): the error names the pip command to run later; no stamp, so the next start retries", () => {
  writeFileSync(path.join(work, "fail-pip"), "");
  expect(() => ensureJupyterEnv(env, root)).toThrow(`${path.join(dir(), "bin", "python")} -m pip install -r ${path.join(root, "python", "requirements.txt")} -c`);
  expect(existsSync(path.join(dir(), STAMP_FILE))).toBe(false);
  rmSync(path.join(work, "fail-pip"));
  ensureJupyterEnv(env, root);
  expect(pipCalls()).toHaveLength(2);
  expect(existsSync(path.join(dir(), STAMP_FILE))).toBe(true);
});

test.skipIf(process.platform === "win32")("ensureJupyterEnv() leaves a non-empty folder that is not a venv alone", () => {
  mkdirSync(dir());
  writeFileSync(path.join(dir(), "thesis.tex"), "mine");
  expect(() => ensureJupyterEnv(env, root)).toThrow("is not a Python environment nnlab made");
  expect(readFileSync(path.join(dir(), "thesis.tex"), "utf8")).toBe("mine");
});

test.skipIf(process.platform === "win32")("ensureJupyterEnv() with a base Python that is too old says so and makes nothing", () => {
  env.NNLAB_PYTHON = script(path.join(work, "old-python"), `#!/bin/sh\nprintf '3.9.18\\nvenv\\n'\n`);
  expect(() => ensureJupyterEnv(env, root)).toThrow("needs Python 3.10 or newer");
  expect(existsSync(dir())).toBe(false);
});

test.skipIf(process.platform === "win32")("ensureJupyterEnv() with NNLAB_JUPYTER_PYTHON uses it as is, or lists the modules it lacks", () => {
  const good = script(path.join(work, "good-python"), "#!/bin/sh\nexit 0\n");
  expect(ensureJupyterEnv({ NNLAB_JUPYTER_PYTHON: good }, root)).toEqual({ python: good });
  const bare = script(path.join(work, "bare-python"), "#!/bin/sh\nexit 1\n");
  expect(() => ensureJupyterEnv({ NNLAB_JUPYTER_PYTHON: bare }, root)).toThrow(`cannot import ${JUPYTER_MODULES.join(", ")}`);
});
