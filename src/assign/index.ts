export { parseMyst, type MystCell, type MystNotebook } from "./myst";
export { lessonNotebook, Roles, type Role, type Version } from "./release";
export { serializeNotebook, joinSource, notebookMetadata, type Notebook, type NotebookCell, type NbgraderMetadata } from "./notebook";
export { cellChecksum } from "./checksum";
export { Markers, stripSolutions, stripHiddenTests, dropMarkers, stub } from "./markers";
export { lessonFiles, releasedText, releaseFolder } from "./releaseFolder";
export { loadLesson, prepareSubmission, type Lesson, type GradedItem, type Prepared } from "./grade/prepare";
export { scoreSubmission, invalidRows, type CellOutcome } from "./grade/score";
export { mergeRows, parseGradebook, gradebookCsv, gradebookJson, total, Statuses, COLUMNS, type GradeRow, type Status } from "./grade/gradebook";
