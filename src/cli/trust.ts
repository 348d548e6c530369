/**
 * Trusting the lessons. Jupyter marks a notebook "not trusted" until it has
 * been signed with the user's secret (nbformat's NotebookNotary), which a
 * notebook that arrives by git or download never is; JupyterLab then shows
 * "Notebook not trusted" and holds back rich outputs. The lessons are ours, so
 * `nnlab start` signs them before the server starts, with a signature store
 * and secret of its own (in nnlab's environment, not the user's Jupyter data
 * folder) that the server is pointed at too.
 */
import { spawnSync } from "child_process";
import { mkdirSync, readdirSync } from "fs";
import path from "path";

/** Where signatures and the signing secret live. */
export interface Notary {
  dbFile: string;
  secretFile: string;
}

/** The notary kept in `dir`. */
export function notaryIn(dir: string): Notary {
  return { dbFile: path.join(dir, "nbsignatures.db"), secretFile: path.join(dir, "notebook_secret") };
}

/** The command-line options that point Jupyter (server or `trust`) at `notary`. */
export function notaryArgs(notary: Notary): string[] {
  return [`--NotebookNotary.db_file=${notary.dbFile}`, `--NotebookNotary.secret_file=${notary.secretFile}`];
}

/** The notebooks directly in `folder` (not in subfolders, not checkpoints). */
export function notebooksIn(folder: string): string[] {
  return readdirSync(folder).filter((name) => name.endsWith(".ipynb")).sort().map((name) => path.join(folder, name));
}

/**
 * Signs `files` (`python -m nbformat.sign`, which is `jupyter trust`) with
 * `notary`, or with that Python's Jupyter's own; undefined on success, else
 * what went wrong. Signing changes no byte of a notebook: the signature lives
 * in the store.
 */
export function trustNotebooks(python: string, files: readonly string[], notary?: Notary, env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (files.length === 0) return undefined;
  if (notary) mkdirSync(path.dirname(notary.secretFile), { recursive: true });
  const result = spawnSync(python, ["-m", "nbformat.sign", ...(notary ? notaryArgs(notary) : []), ...files], { env, encoding: "utf8" });
  if (result.status === 0) return undefined;
  return (result.stderr || result.error?.message || `exit code ${result.status}`).trim();
}
