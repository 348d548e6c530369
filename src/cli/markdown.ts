/** Moved to src/export/markdown.ts; re-exported here only until the grading files (owned by the sandbox branch) import from there. */
export * from "../export/markdown";
