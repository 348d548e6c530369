/**
 * Every message the assignment tools (release of lessons, nbgrader markers,
 * grading of submissions) show a teacher: where the problem is and what to do.
 */
export const messages = {
  // MyST lessons (myst.ts)
  frontMatterNotClosed: (file: string) => `${file}:1: the front matter opened with --- is never closed.`,
  codeCellLanguage: (file: string, line: number, language: string) =>
    `${file}:${line}: code cells must be {code-cell} typescript, found {code-cell} ${language}.`,
  codeCellNotClosed: (file: string, line: number, fence: string) => `${file}:${line}: this code cell is never closed with ${fence}.`,
  breakMetadataNotJson: (file: string, line: number, found: string) => `${file}:${line}: the metadata after +++ must be JSON, found ${found}.`,

  // Solution and hidden-test markers (markers.ts)
  markerNested: (where: string, line: number, begin: string, openedAt: number) =>
    `${where}, line ${line}: "${begin}" inside another one (opened at line ${openedAt}).`,
  markerEndWithoutBegin: (where: string, line: number, begin: string, end: string) => `${where}, line ${line}: "${end}" without "${begin}" before it.`,
  markerNotClosed: (where: string, line: number, begin: string, end: string) => `${where}, line ${line}: "${begin}" is never closed with "${end}".`,

  // Released notebooks (release.ts)
  gradeIdWithoutRole: (where: string) => `${where}: grade_id and points need :nbgrader: solution, tests or locked.`,
  unknownRole: (where: string, roles: readonly string[], role: unknown) =>
    `${where}: :nbgrader: must be one of ${roles.join(", ")}, found ${JSON.stringify(role)}.`,
  badGradeId: (where: string, role: unknown, gradeId: unknown) =>
    `${where}: a ${role} cell needs :grade_id: made of letters, digits, - and _ (at most 64), found ${JSON.stringify(gradeId)}.`,
  gradeIdTwice: (where: string, gradeId: string) => `${where}: grade_id "${gradeId}" is used twice; each graded cell needs its own.`,
  testsNeedPoints: (where: string, points: unknown) => `${where}: a tests cell needs :points: > 0, found ${JSON.stringify(points)}.`,
  solutionNeedsMarkers: (where: string) => `${where}: a solution cell needs // BEGIN SOLUTION and // END SOLUTION around the answer.`,
  hiddenTestsOutsideTests: (where: string) => `${where}: hidden tests belong in a tests cell.`,
  stubImportMissing: (file: string, line: number) =>
    `${file}:${line}: student notebooks replace solutions with \`throw notAnswered();\` — import notAnswered from "nnlab" in a code cell before this first exercise.`,
  markersWithoutRole: (where: string) => `${where}: this cell has solution or hidden-test markers but no :nbgrader: role.`,

  // Grading (grade/)
  noSubmission: (p: string) => `nnlab grade: no such notebook or folder: ${p}`,
  unreadableFolder: (p: string, problem: string) => `nnlab grade: ${p}: ${problem}`,
  notGradebook: (file: string) => `${file} is not an nnlab gradebook (an array of rows with student, notebook, grade_id).`,
};
