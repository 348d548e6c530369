"""nbgrader 0.9's own workflow on nnlab lessons, with the nnlab kernel, scored
the same as `nnlab grade` (docs/grading.md, "With nbgrader").

For two lessons (01-neuron, 04-losses: three exercises each, hidden tests):
`nnlab nbgrader init` makes the course; nbgrader's generate_assignment makes
the student notebook (which must be nnlab's own student notebook, cell for
cell, checksums included); three submissions are made from it:

- honest: the teacher's solutions (from the source notebook) filled back in;
- blank: the released notebook as it is (every exercise "not answered yet");
- wrong: the plausible wrong answers of test_exercises_a.WRONG in every
  exercise but the first, which is answered right: a wrong answer must cost
  its own tests only, so the score is partial.

nbgrader autograde and generate_feedback grade them (the scores are read from
nbgrader's gradebook.db); `nnlab grade` grades the same files, in the same
course/submitted folder, at the same time (so the test takes the longer of
the two, not their sum); both must give each tests cell the expected points:
all (honest), none (blank), the first exercise's (wrong).

Needs the `nbgrader` extra (`node dist/cli.js env --extra nbgrader`; this
test installs it if missing, ~1-2 min the first time)."""
import csv
import html as html_lib
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import unittest

import nnlab_env  # noqa: F401  (registers the kernel; nbgrader, a child process, finds it through JUPYTER_PATH)
import nbformat
from nnlab_env import CLI, NODE, ROOT
from test_exercises_a import WRONG, with_answers

LESSONS = ["01-neuron", "04-losses"]
STUDENTS = ["honest", "blank", "wrong"]
BEGIN, END = "// BEGIN SOLUTION", "// END SOLUTION"


def nnlab(*args, cwd=ROOT, timeout=600):
    """Runs the nnlab CLI; fails the test with its output if it exits non-zero."""
    result = subprocess.run([NODE, CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=timeout)
    if result.returncode != 0:
        raise AssertionError("nnlab %s exited %d\n%s\n%s" % (" ".join(args), result.returncode, result.stdout[-3000:], result.stderr[-5000:]))
    return result


def graded(cell, key):
    return cell.metadata.get("nbgrader", {}).get(key)


def solutions(source_nb):
    """{solution grade_id: the teacher's answer}: each solution region of the source notebook, less its marker's indent."""
    answers = {}
    for cell in source_nb.cells:
        if not graded(cell, "solution"):
            continue
        lines = cell.source.split("\n")
        begin = [k for k, line in enumerate(lines) if line.strip() == BEGIN]
        end = [k for k, line in enumerate(lines) if line.strip() == END]
        assert len(begin) == 1 and len(end) == 1, "%s: one solution region expected" % graded(cell, "grade_id")
        indent = lines[begin[0]][: len(lines[begin[0]]) - len(lines[begin[0]].lstrip())]
        body = [line[len(indent):] if line.startswith(indent) else line for line in lines[begin[0] + 1:end[0]]]
        answers[graded(cell, "grade_id")] = "\n".join(body)
    return answers


def submissions(lesson, released, source_nb):
    """{student: notebook} made from the released student notebook."""
    honest = solutions(source_nb)
    wrong = WRONG[lesson]
    first = next(graded(c, "grade_id") for c in released.cells if graded(c, "solution"))
    answers = {"honest": honest, "blank": {}, "wrong": {**wrong, first: honest[first]}}
    return {student: with_answers(nbformat.from_dict(json.loads(json.dumps(released))), answers[student]) for student in STUDENTS}


def expected_points(lesson, source_nb):
    """{student: [(tests grade_id, points)]}: each tests cell belongs to the exercise before it."""
    tests, exercise, owner = [], None, {}
    for cell in source_nb.cells:
        if graded(cell, "solution"):
            exercise = graded(cell, "grade_id")
        elif graded(cell, "grade"):
            tests.append((graded(cell, "grade_id"), float(graded(cell, "points"))))
            owner[graded(cell, "grade_id")] = exercise
    first = next(graded(c, "grade_id") for c in source_nb.cells if graded(c, "solution"))
    return {
        "honest": tests,
        "blank": [(g, 0.0) for g, _ in tests],
        "wrong": [(g, p if owner[g] == first else 0.0) for g, p in tests],
    }


def cpu():
    """CPU seconds (user + system) of this process's finished children and theirs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def normalized(source):
    return "\n".join(line.rstrip() for line in source.split("\n"))


class Nbgrader(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.seconds = {}
        cls.tmp = tempfile.mkdtemp(prefix="nnlab-nbgrader-test-")
        cls.addClassCleanup(cls.remove_files)  # also when setUpClass fails
        cls.course = os.path.join(cls.tmp, "course")
        cls.nnlab_out = os.path.join(cls.tmp, "graded")

        cpu_start = cpu()

        def step(name, *args, cwd=None):
            start = time.time()
            result = nnlab(*args, cwd=cwd or cls.course)
            cls.seconds[name] = cls.seconds.get(name, 0) + time.time() - start
            with open(os.path.join(cls.tmp, "log.txt"), "a") as f:
                f.write("$ nnlab %s\n%s%s" % (" ".join(args), result.stdout, result.stderr))
            return result

        step("env --extra nbgrader", "env", "--extra", "nbgrader", cwd=ROOT)
        step("nbgrader init", "nbgrader", "init", cls.course, "--lessons", os.path.join(ROOT, "lessons"), cwd=ROOT)
        cls.source, cls.released, cls.submitted = {}, {}, {}
        for lesson in LESSONS:
            step("nbgrader generate_assignment", "nbgrader", "generate_assignment", lesson)
            cls.source[lesson] = nbformat.read(os.path.join(cls.course, "source", lesson, lesson + ".ipynb"), as_version=4)
            cls.released[lesson] = nbformat.read(os.path.join(cls.course, "release", lesson, lesson + ".ipynb"), as_version=4)
            cls.submitted[lesson] = submissions(lesson, cls.released[lesson], cls.source[lesson])
            for student, nb in cls.submitted[lesson].items():
                folder = os.path.join(cls.course, "submitted", student, lesson)
                os.makedirs(folder)
                nbformat.write(nb, os.path.join(folder, lesson + ".ipynb"))
        # nnlab grade reads nbgrader's layout as it is (student/lesson/lesson.ipynb), in one kernel while nbgrader uses another
        start = time.time()
        ours = subprocess.Popen([NODE, CLI, "grade", os.path.join(cls.course, "submitted"), "--out", cls.nnlab_out, "--jobs", "1"],
                                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            for lesson in LESSONS:
                step("nbgrader autograde", "nbgrader", "autograde", lesson)
            for lesson in LESSONS:
                step("nbgrader generate_feedback", "nbgrader", "generate_feedback", lesson)
            step("nbgrader export", "nbgrader", "export")
        finally:
            out, err = ours.communicate(timeout=600)
        cls.seconds["nnlab grade (meanwhile)"] = time.time() - start
        cls.seconds["CPU, all of the above"] = cpu() - cpu_start
        if ours.returncode != 0:
            raise AssertionError("nnlab grade exited %d\n%s\n%s" % (ours.returncode, out[-3000:], err[-5000:]))
        cls.nbgrader_scores = cls.read_gradebook()
        with open(os.path.join(cls.nnlab_out, "gradebook.json")) as f:
            cls.nnlab_rows = json.load(f)
        cls.print_tables()

    @classmethod
    def remove_files(cls):
        if os.environ.get("NNLAB_KEEP_TEST_FILES"):
            sys.stderr.write("kept %s\n" % cls.tmp)
        else:
            shutil.rmtree(cls.tmp, ignore_errors=True)

    @classmethod
    def read_gradebook(cls):
        """{(student, lesson): ([(grade_id, score, max_score)], total)} from nbgrader's gradebook.db, read with nbgrader's API."""
        script = (
            "import json, sys\n"
            "from nbgrader.api import Gradebook\n"
            "out = []\n"
            "with Gradebook('sqlite:///' + sys.argv[1]) as gb:\n"
            "    for lesson in sys.argv[2].split(','):\n"
            "        for sub in gb.assignment_submissions(lesson):\n"
            "            nb = gb.find_submission_notebook(lesson, lesson, sub.student.id)\n"
            "            cells = sorted(nb.grades, key=lambda g: [c.name for c in nb.notebook.grade_cells].index(g.name))\n"
            "            out.append([sub.student.id, lesson, [[g.name, g.score, g.max_score] for g in cells], nb.score])\n"
            "print(json.dumps(out))\n"
        )
        python = nnlab("env", "--extra", "nbgrader").stdout.strip().splitlines()[-1]
        result = subprocess.run([python, "-c", script, os.path.join(cls.course, "gradebook.db"), ",".join(LESSONS)],
                                capture_output=True, text=True, check=True)
        return {(s, l): ([tuple(c) for c in cells], total) for s, l, cells, total in json.loads(result.stdout)}

    @classmethod
    def nnlab_scores(cls, student, lesson):
        rows = [r for r in cls.nnlab_rows if r["student"] == student and r["notebook"].split("/")[-1] == lesson and r["max_points"] > 0]
        return [(r["grade_id"], float(r["points"]), float(r["max_points"])) for r in rows]

    @classmethod
    def print_tables(cls):
        lines = ["", "seconds (wall clock unless named CPU): " + ", ".join("%s %.1f" % kv for kv in cls.seconds.items())]
        for lesson in LESSONS:
            lines.append("%s  (tests cell: nbgrader / nnlab grade, of max)" % lesson)
            for student in STUDENTS:
                cells, total = cls.nbgrader_scores.get((student, lesson), ([], None))
                ours = {g: p for g, p, _ in cls.nnlab_scores(student, lesson)}
                parts = ["%s %s/%s of %g" % (g, _n(s), _n(ours.get(g)), m) for g, s, m in cells]
                lines.append("  %-8s %s | total %s / %s" % (student, "; ".join(parts), _n(total), _n(sum(ours.values()))))
        sys.stderr.write("\n".join(lines) + "\n")

    def test_nbgraders_student_notebook_is_nnlabs(self):
        """generate_assignment with the shipped config gives `nnlab release`'s student notebook: same sources, same checksums."""
        for lesson in LESSONS:
            ours = nbformat.read(os.path.join(ROOT, "notebooks", lesson + ".ipynb"), as_version=4)
            theirs = self.released[lesson]
            self.assertEqual([c.source for c in theirs.cells], [c.source for c in ours.cells], lesson)
            self.assertEqual([graded(c, "checksum") for c in theirs.cells], [graded(c, "checksum") for c in ours.cells], lesson)
            self.assertEqual(theirs.metadata.kernelspec, ours.metadata.kernelspec, lesson)
            self.assertNotIn("BEGIN HIDDEN TESTS", json.dumps([c.source for c in theirs.cells]), lesson)

    def test_the_honest_submission_is_the_teacher_version(self):
        """Filling the solutions back gives the teacher's notebook, so "honest" is what the teacher wrote."""
        script = 'process.stdout.write(require("./dist/assign").releasedText(process.argv[1], "teacher"))'
        for lesson in LESSONS:
            text = subprocess.run([NODE, "-e", script, os.path.join(ROOT, "lessons", lesson + ".md")], cwd=ROOT,
                                  check=True, capture_output=True, text=True).stdout
            teacher = nbformat.reads(text, as_version=4)
            honest = self.submitted[lesson]["honest"]
            solution_ids = [graded(c, "grade_id") for c in teacher.cells if graded(c, "solution")]
            self.assertGreaterEqual(len(solution_ids), 2, lesson)
            for ours, theirs in zip(honest.cells, teacher.cells):
                if graded(theirs, "solution"):
                    self.assertEqual(normalized(ours.source), normalized(theirs.source), "%s, %s" % (lesson, graded(theirs, "grade_id")))

    def test_nbgrader_gives_the_expected_points(self):
        for lesson in LESSONS:
            expected = expected_points(lesson, self.source[lesson])
            self.assertGreaterEqual(len(expected["honest"]), 2, lesson)
            for student in STUDENTS:
                cells, total = self.nbgrader_scores[(student, lesson)]
                where = "nbgrader, %s, %s" % (lesson, student)
                self.assertEqual([(g, s) for g, s, _ in cells], expected[student], where)
                self.assertEqual(total, sum(p for _, p in expected[student]), where)
            full = sum(p for _, p in expected["honest"])
            self.assertGreater(full, sum(p for _, p in expected["wrong"]), lesson)
            self.assertGreater(sum(p for _, p in expected["wrong"]), 0, lesson)

    def test_nnlab_grade_agrees_with_nbgrader_cell_by_cell(self):
        for lesson in LESSONS:
            for student in STUDENTS:
                cells, total = self.nbgrader_scores[(student, lesson)]
                ours = self.nnlab_scores(student, lesson)
                where = "%s, %s: nbgrader %s, nnlab grade %s" % (lesson, student, cells, ours)
                self.assertEqual([(g, float(s), float(m)) for g, s, m in cells], ours, where)
                self.assertEqual(float(total), sum(p for _, p, _ in ours), where)

    def test_nbgrader_ran_the_hidden_tests_in_the_nnlab_kernel(self):
        for lesson in LESSONS:
            source_tests = {graded(c, "grade_id"): c.source for c in self.source[lesson].cells if graded(c, "grade")}
            self.assertTrue(any("BEGIN HIDDEN TESTS" in s for s in source_tests.values()), lesson)
            expected = expected_points(lesson, self.source[lesson])
            for student in STUDENTS:
                nb = nbformat.read(os.path.join(self.course, "autograded", student, lesson, lesson + ".ipynb"), as_version=4)
                self.assertEqual(nb.metadata.kernelspec.name, "nnlab")
                points = dict(expected[student])
                for cell in nb.cells:
                    if not graded(cell, "grade"):
                        continue
                    where = "%s, %s, %s" % (lesson, student, graded(cell, "grade_id"))
                    self.assertEqual(cell.source, source_tests[graded(cell, "grade_id")], where)
                    self.assertIsNotNone(cell.execution_count, "%s: did not run" % where)
                    self.assertFalse([o for o in cell.outputs if o.output_type == "error"], where)
                    stderr = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream" and o.name == "stderr")
                    if points[graded(cell, "grade_id")] > 0:
                        self.assertEqual(stderr, "", where)
                    else:
                        self.assertIn("not answered yet" if student == "blank" else "✗", stderr, where)

    def test_nbgraders_grades_csv_has_each_total(self):
        with open(os.path.join(self.course, "grades.csv"), newline="") as f:
            table = list(csv.DictReader(f))
        got = {(r["student_id"], r["assignment"]): (float(r["score"]), float(r["max_score"])) for r in table}
        want = {(s, l): (float(total), float(sum(m for _, _, m in cells))) for (s, l), (cells, total) in self.nbgrader_scores.items()}
        self.assertEqual(got, want)
        self.assertEqual(len(got), len(LESSONS) * len(STUDENTS))

    def test_nbgrader_wrote_each_students_feedback_without_the_hidden_tests(self):
        """The shipped config adds ClearHiddenTests to generate_feedback: the visible tests are on the page, the hidden ones not."""
        for lesson in LESSONS:
            visible, hidden = [], []
            for cell in self.source[lesson].cells:
                if graded(cell, "grade") and "BEGIN HIDDEN TESTS" in cell.source:
                    before, rest = cell.source.split("// BEGIN HIDDEN TESTS\n", 1)
                    visible.append(before.split("\n")[0].strip())
                    hidden.append(rest.split("\n")[0].strip())
            self.assertTrue(hidden, lesson)
            for student in STUDENTS:
                page = os.path.join(self.course, "feedback", student, lesson, lesson + ".html")
                self.assertTrue(os.path.exists(page), page)
                with open(page, encoding="utf-8") as f:
                    html = f.read()
                cells, total = self.nbgrader_scores[(student, lesson)]
                self.assertIn("Score: %s / %s" % (_n(total), _n(sum(m for _, _, m in cells))), html, page)
                text = html_lib.unescape(re.sub(r"<[^>]+>", "", html))
                for line in visible:
                    self.assertIn(line, text, page)
                for line in hidden:
                    self.assertNotIn(line, text, page)
                self.assertNotIn("HIDDEN TESTS", text, page)


def _n(x):
    """A score as nbgrader's feedback prints it (2.0 → 2.0, None → -)."""
    return "-" if x is None else ("%.1f" % x)


if __name__ == "__main__":
    unittest.main()
