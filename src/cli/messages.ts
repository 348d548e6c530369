/**
 * Every message nnlab's commands (run, grade, kernel, ...) show a user. The
 * Python-environment set-up has its own, in env/messages.ts.
 */
export const messages = {
  runnerErrors: (errors: readonly { path?: string; message: string }[]) =>
    errors.map((e) => `nnlab run: ${e.path ? `${e.path}: ` : ""}${e.message}`).join("\n"),
  runnerStopped: (exit: number | string | null) => `nnlab run: the notebook runner stopped (exit ${exit}).`,
  noNotebook: (p: string) => `nnlab: no such notebook or folder: ${p}`,
  notNotebook: (p: string) => `nnlab: not a notebook (.ipynb) or lesson (.md): ${p}`,
  kernelInstallWhere: () =>
    "nnlab kernel install: with NNLAB_JUPYTER_PYTHON set, say where: --user, or --prefix PREFIX (e.g. that Python's sys.prefix).",
  gradeOptionNotPositive: (name: string, unit: string, text: string | undefined) =>
    `nnlab grade: --${name} must be a number of ${unit} > 0, found ${text}.`,
};
