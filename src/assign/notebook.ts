/** nbgrader's cell metadata. The notebook type itself is src/ipynb (re-exported here for the grading files). */
export { joinSource, notebookMetadata, serializeNotebook, splitLines, type Notebook, type NotebookCell } from "../ipynb";

/** nbgrader's cell metadata, schema version 3. */
export interface NbgraderMetadata {
  schema_version: 3;
  grade: boolean;
  solution: boolean;
  locked: boolean;
  grade_id: string;
  points?: number;
  checksum?: string;
  task?: boolean;
}
