/**
 * Every message the Python-environment set-up and `nnlab start` show a user:
 * what happened and what to do next.
 */
import { MINIMUM_PYTHON } from "./pythonVersion";

const MIN = MINIMUM_PYTHON.join(".");
const EXISTING = "To use a JupyterLab you already have instead, point nnlab at its Python:\n  NNLAB_JUPYTER_PYTHON=/path/to/python npm start";

export const messages = {
  notTrusted: (problem: string) =>
    `nnlab could not mark the lessons as trusted (JupyterLab will say "Notebook not trusted" until you run them; nothing else changes):\n${problem}`,

  noPython: (tried: readonly string[]) =>
    `nnlab runs Jupyter from its own Python environment and needs Python ${MIN} or newer, but found no Python (tried ${tried.join(", ")}).\n` +
    `Install Python ${MIN}+ (https://www.python.org/downloads/ or your system's packages, e.g. sudo apt install python3 python3-venv), then run npm start again.\n` +
    `A Python that is not on PATH can be named: NNLAB_PYTHON=/path/to/python3 npm start\n${EXISTING}`,

  tooOld: (found: readonly { python: string; version: string }[]) =>
    `nnlab needs Python ${MIN} or newer (JupyterLab 4.6, Notebook 7.6 and nbclient 0.11 require it), but found only ${found.map((f) => `${f.python} (Python ${f.version})`).join(", ")}.\n` +
    `Install Python ${MIN}+ and run npm start again; a Python that is not on PATH can be named: NNLAB_PYTHON=/path/to/python3.12 npm start\n${EXISTING}`,

  noVenv: (python: string, version: string) => {
    const [major, minor] = version.split(".");
    return (
      `${python} (Python ${version}) cannot create a virtual environment: its venv/ensurepip module is missing.\n` +
      `On Debian/Ubuntu install it with:  sudo apt install python3-venv   (or python${major}.${minor}-venv)\n` +
      `then run npm start again.`
    );
  },

  creating: (dir: string, python: string, version: string) =>
    `Setting up nnlab's Python environment in ${dir}\n  (JupyterLab, Notebook, nbclient from PyPI; Python ${version} from ${python}; first time only, one or two minutes)`,

  updating: (dir: string) => `Updating nnlab's Python environment in ${dir} (python/requirements.txt or constraints.txt changed)`,

  resuming: (dir: string) => `Finishing nnlab's Python environment in ${dir} (its last install did not complete)`,

  ready: (dir: string, seconds: number) => `Python environment ready in ${dir} (${seconds.toFixed(0)} s).`,

  venvFailed: (python: string, dir: string, detail: string) =>
    `Could not create a virtual environment with ${python} in ${dir}:\n${detail.trim()}\nRemove ${dir} and run npm start again.`,

  notOurs: (dir: string) =>
    `${dir} exists but is not a Python environment nnlab made (no pyvenv.cfg). Move it away, or choose another place with NNLAB_PYTHON_ENV=/some/dir.`,

  pipFailed: (command: string) =>
    `Installing the Jupyter packages failed (pip's messages are above). If this machine is offline or PyPI is unreachable,\n` +
    `connect and run npm start again (it retries until the install completes), or install by hand later with:\n  ${command}\n` +
    `and then run npm start.`,

  externalMissing: (python: string, missing: readonly string[], pipCommand: string) =>
    `NNLAB_JUPYTER_PYTHON=${python} cannot import ${missing.join(", ")}. Install them into it with:\n  ${pipCommand}\n` +
    `or unset NNLAB_JUPYTER_PYTHON to let nnlab make its own environment.`,

  externalExtras: (python: string, pipCommand: string) =>
    `NNLAB_JUPYTER_PYTHON=${python} is used as it is; if the extra packages are missing, install them with:\n  ${pipCommand}`,

  unknownExtra: (unknown: readonly string[], known: readonly string[]) =>
    `No Python extra named ${unknown.map((e) => `"${e}"`).join(", ")}; this nnlab has ${known.length > 0 ? known.join(", ") : "none"} (python/extras/NAME.txt).`,

  portTaken: (asked: number, got: number) => `Port ${asked} is in use; using port ${got} instead.`,

  noFreePort: (from: number, to: number) => `No free port between ${from} and ${to}. Choose one with: npm start -- --port N`,

  badPort: (value: string) => `--port needs a number between 1 and 65535, not "${value}".`,

  noFolder: (folder: string) => `nnlab start: ${folder} is not a folder. Give a folder of notebooks, e.g. npm start -- notebooks`,

  starting: (app: string, folder: string) => `Starting ${app} on ${folder} …`,

  running: (app: string, url: string) =>
    `\n${app} is running with the "TypeScript (nnlab)" kernel:\n\n    ${url}\n\n` +
    `Open that address in a browser if none opened (the token in it logs you in).\nPress Ctrl-C here to stop ${app}.\n`,

  didNotStart: (app: string, code: number | null) => `${app} stopped before it was ready (exit ${code}); its messages are above.`,
} as const;
