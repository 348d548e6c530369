import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, afterEach, expect, test, vi } from "vitest";
import { nbgraderConfig } from "../../../src/cli/nbgrader/config";
import { initCourse } from "../../../src/cli/nbgrader/course";
import { nbgraderCommand } from "../../../src/cli/nbgraderCommand";
import { doubleExercise, importCell } from "../../assign/fixtures";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-nbgrader-course-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const lesson = [...importCell, ...doubleExercise].join("\n");

function lessonsFolder(name: string): string {
  const folder = path.join(work, name);
  mkdirSync(folder);
  writeFileSync(path.join(folder, "01-double.md"), lesson);
  writeFileSync(path.join(folder, "README.md"), "# not a lesson");
  return folder;
}

test("nbgraderConfig() sets nnlab's stub for the kernel's language (typescript), runs the nnlab kernel with a 60 s cell limit, hides hidden tests in feedback", () => {
  const config = nbgraderConfig();
  expect(config.split("\n").filter((line) => !line.startsWith("#") && line !== "")).toEqual([
    "c = get_config()  # noqa: F821",
    'c.ClearSolutions.code_stub = {"typescript": "// YOUR CODE HERE\\nthrow notAnswered();"}',
    'c.Execute.kernel_name = "nnlab"',
    "c.Execute.timeout = 60",
    "from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor  # noqa: E402",
    "from nbgrader.preprocessors import ClearHiddenTests, GetGrades  # noqa: E402",
    "c.GenerateFeedback.preprocessors = [GetGrades, ClearHiddenTests, CSSHTMLHeaderPreprocessor]",
  ]);
});

test("initCourse(course, lessons) writes each lesson's source version as the assignment of its name, markers and hidden tests kept, and a config", () => {
  const course = path.join(work, "course");
  const { written, kept } = initCourse(course, lessonsFolder("lessons1"));
  const source = path.join(course, "source", "01-double", "01-double.ipynb");
  expect(written).toEqual([source, path.join(course, "nbgrader_config.py")]);
  expect(kept).toBeUndefined();
  const nb = JSON.parse(readFileSync(source, "utf8"));
  const text = (cell: { source: string[] }) => cell.source.join("");
  expect(nb.metadata.kernelspec).toEqual({ display_name: "TypeScript (nnlab)", language: "typescript", name: "nnlab" });
  expect(text(nb.cells[1])).toBe("function double(x: number): number {\n  // BEGIN SOLUTION\n  return 2 * x;\n  // END SOLUTION\n}");
  expect(text(nb.cells[2])).toBe('if (double(2) !== 4) throw new Error("double(2) should be 4");\n// BEGIN HIDDEN TESTS\nif (double(-3) !== -6) throw new Error("double(-3) should be -6");\n// END HIDDEN TESTS');
  expect(nb.cells[2].metadata.nbgrader).toEqual({ schema_version: 3, grade: true, solution: false, locked: true, grade_id: "ex1-tests", points: 2 });
  expect(readFileSync(path.join(course, "nbgrader_config.py"), "utf8")).toBe(nbgraderConfig());
});

test("initCourse again rewrites the source notebooks but keeps a config the teacher has edited", () => {
  const course = path.join(work, "course2");
  const lessons = lessonsFolder("lessons2");
  initCourse(course, lessons);
  const config = path.join(course, "nbgrader_config.py");
  writeFileSync(config, "c = get_config()\nc.Execute.timeout = 120\n");
  const source = path.join(course, "source", "01-double", "01-double.ipynb");
  writeFileSync(source, "{}");
  const again = initCourse(course, lessons);
  expect(again).toEqual({ written: [source], kept: config });
  expect(readFileSync(config, "utf8")).toContain("timeout = 120");
  expect(JSON.parse(readFileSync(source, "utf8")).cells).toHaveLength(3);
});

test("nnlab nbgrader init on the shipped lessons writes one assignment per lesson; without COURSE it prints the usage and exits 2", () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  const course = path.join(work, "shipped");
  expect(nbgraderCommand(["init", course, "--lessons", path.join(ROOT, "lessons")])).toBe(0);
  const printed = log.mock.calls.map((c) => String(c[0]));
  expect(printed).toContain(`wrote ${path.join(course, "source", "01-neuron", "01-neuron.ipynb")}`);
  const shipped = readdirSync(path.join(ROOT, "lessons")).filter((f) => /^\d\d-.*\.md$/.test(f));
  expect(shipped.length).toBeGreaterThanOrEqual(14);
  expect(printed.filter((line) => line.startsWith("wrote ")).length).toBe(shipped.length + 1); // every lesson and the config
  expect(nbgraderCommand(["init"])).toBe(2);
  expect(String(error.mock.calls[0][0])).toMatch(/^nnlab nbgrader: a course folder is needed\n\nusage: nnlab nbgrader init COURSE/);
  expect(nbgraderCommand(["init", course, "--lesons", "x"])).toBe(2);
  expect(String(error.mock.calls[1][0])).toMatch(/^nnlab nbgrader: unknown option --lesons\n/);
  expect(nbgraderCommand([])).toBe(2);
  expect(String(error.mock.calls[2][0])).toMatch(/^usage: nnlab nbgrader init COURSE/);
  expect(nbgraderCommand(["init", path.join(work, "x"), "--lessons", path.join(work, "no-such-folder")])).toBe(1);
});
