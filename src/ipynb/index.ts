/** Jupyter notebook files (nbformat 4): the one notebook type, reading and writing them. */
export { joinSource, readNotebook, splitLines, type CellOutput, type CellType, type Notebook, type NotebookCell } from "./notebook";
export { serializeNotebook } from "./serialize";
export { notebookMetadata } from "./metadata";
