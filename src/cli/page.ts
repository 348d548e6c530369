/** Moved to src/export/page.ts; re-exported here only until the grading files (owned by the sandbox branch) import from there. */
export * from "../export/page";
export type { Notebook } from "../ipynb";
