/** Moved to src/export/html.ts; re-exported here only until the grading files (owned by the sandbox branch) import from there. */
export * from "../export/html";
export { joinSource as joined } from "../ipynb";
