/** nbgrader's cell metadata (the notebook type itself is src/ipynb). */

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
