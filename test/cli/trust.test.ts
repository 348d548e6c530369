import { cpSync, mkdtempSync, readFileSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { execFileSync } from "child_process";
import { afterAll, describe, expect, it } from "vitest";
import { jupyterPython } from "../../src/cli/env/pythonEnv";
import { notaryArgs, notaryIn, notebooksIn, trustNotebooks } from "../../src/cli/trust";

const ROOT = path.resolve(__dirname, "..", "..");
const dir = mkdtempSync(path.join(os.tmpdir(), "nnlab-trust-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("trust", () => {
  it("notaryArgs(notaryIn(dir)) points Jupyter's NotebookNotary at a store and a secret in dir", () => {
    expect(notaryArgs(notaryIn("/x"))).toEqual(["--NotebookNotary.db_file=/x/nbsignatures.db", "--NotebookNotary.secret_file=/x/notebook_secret"]);
  });

  it("trustNotebooks(python, files, notary) signs the lessons without changing a byte, and Jupyter then trusts them", () => {
    const python = jupyterPython();
    const lessons = path.join(dir, "lessons");
    cpSync(path.join(ROOT, "notebooks"), lessons, { recursive: true });
    const files = notebooksIn(lessons);
    expect(files.length).toBeGreaterThanOrEqual(12);
    const before = files.map((f) => readFileSync(f, "utf8"));
    const notary = notaryIn(path.join(dir, "notary"));
    /** Jupyter's own verdict on each file: "True" when trusted. */
    const check = (...paths: string[]) =>
      execFileSync(python, ["-c", `import sys, nbformat; from nbformat.sign import NotebookNotary
n = NotebookNotary(db_file=sys.argv[1], secret_file=sys.argv[2]); print(*(n.check_signature(nbformat.read(f, 4)) for f in sys.argv[3:]))`, notary.dbFile, notary.secretFile, ...paths], { encoding: "utf8" }).trim().split(" ");
    expect(trustNotebooks(python, files, notary)).toBeUndefined();
    expect(files.map((f) => readFileSync(f, "utf8"))).toEqual(before);
    expect(check(...files)).toEqual(files.map(() => "True"));
    // a notebook the notary never signed is not trusted (the check can fail)
    const other = path.join(dir, "other.ipynb");
    cpSync(files[0], other);
    execFileSync(python, ["-c", "import sys, nbformat; nb = nbformat.read(sys.argv[1], 4); nb.cells[0].source += ' '; nbformat.write(nb, sys.argv[1])", other]);
    expect(check(other)).toEqual(["False"]);
  });

  it("trustNotebooks(python, files) says what went wrong when it cannot sign", () => {
    expect(trustNotebooks("/bin/false", [path.join(dir, "x.ipynb")], notaryIn(dir))).toMatch(/exit code 1/);
  });
});
