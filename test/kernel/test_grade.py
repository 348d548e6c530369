"""`nnlab grade` end to end through the real nnlab kernel: synthetic
submissions of lesson 00 made from the released student notebook, graded in
one call, each with its expected points and status per test cell.

The lesson is graded from a copy of lessons/00 with one hidden test added to
the z test, so the run also shows hidden tests put back (in the executed
notebook) and kept out of the student's feedback page."""
import copy
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest

from nnlab_env import CLI, NODE, ROOT

LESSON = "00-getting-started"
HIDDEN = 'if (!Number.isFinite(hiddenZ([2, -1]))) throw new Error("z is not a finite number (hidden check)");'
Z_RIGHT = "const n = net.neuron(0, 0);\nfunction hiddenZ(x: number[]): number {\n  return n.weights[0] * x[0] + n.weights[1] * x[1] + n.bias;\n}\nhiddenZ([1, 0.5])"
Z_WRONG = "const n = net.neuron(0, 0);\nfunction hiddenZ(x: number[]): number {\n  return n.weights[0] + n.weights[1] + n.bias;\n}\nhiddenZ([1, 0.5])"
A_RIGHT = "function hiddenA(z: number): number {\n  return Math.tanh(z);\n}\nhiddenA(0.5)"
A_WRONG = "function hiddenA(z: number): number {\n  return 1 / (1 + Math.exp(-z));\n}\nhiddenA(0.5)"


def student_notebook():
    with open(os.path.join(ROOT, "notebooks", LESSON + ".ipynb")) as f:
        return json.load(f)


def submission(answers=None, tests=None, delete=()):
    """The student notebook with answer cells (by grade_id) and test cells replaced, cells deleted."""
    nb = copy.deepcopy(student_notebook())
    for cell in nb["cells"]:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        for source in [(answers or {}).get(grade_id), (tests or {}).get(grade_id)]:
            if source is not None:
                cell["source"] = source
    nb["cells"] = [c for c in nb["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") not in delete]
    return json.dumps(nb, indent=1)


def python_notebook():
    nb = student_notebook()
    nb["metadata"] = {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}}
    return json.dumps(nb)


SUBMISSIONS = {
    # student: (notebook text, file name)
    "correct": submission({"z-by-hand": Z_RIGHT, "a-by-hand": A_RIGHT}),
    "wrong": submission({"z-by-hand": Z_WRONG, "a-by-hand": A_WRONG}),
    "partly": submission({"z-by-hand": Z_RIGHT}),  # a left as the stub
    "syntax": submission({"z-by-hand": Z_RIGHT, "a-by-hand": "function hiddenA(z: number): number {\n  return Math.tanh(z;\n}"}),
    # an endless answer cell (stopped; its test fails), then an answer that makes its test loop (the test times out)
    "loop": submission({"z-by-hand": "let z = 0;\nwhile (true) {}\nz",
                        "a-by-hand": A_RIGHT + ";\n(net as any).forward = () => { while (true) {} };"}),
    "crash": submission({"z-by-hand": Z_RIGHT, "a-by-hand": A_RIGHT + ";\nprocess.exit(1);"}),
    "deleted": submission({"z-by-hand": Z_WRONG, "a-by-hand": A_RIGHT}, delete=["z-by-hand-tests"]),
    "weakened": submission({"z-by-hand": Z_WRONG, "a-by-hand": A_RIGHT}, {"z-by-hand-tests": '"tests passed"'}),
    # a right answer that prints 1.8 MB: graded normally, its output capped with a note
    "noisy": submission({"z-by-hand": Z_RIGHT, "a-by-hand": 'for (let i = 0; i < 30000; i++) console.log("a line of output the grader keeps only so much of, " + i);\n' + A_RIGHT}),
    "badjson": '{"cells": [ this is not JSON',
    "python": python_notebook(),
    # two students whose names differ only in an accent keep their own grades and pages
    "Zo\u00eb": submission({"z-by-hand": Z_RIGHT, "a-by-hand": A_RIGHT}),
    "Zo\u00e9": submission({"z-by-hand": Z_WRONG, "a-by-hand": A_WRONG}),
    # two folders whose names are the same after Unicode normalization are neither merged nor graded
    "Ren\u00e9e": submission({"z-by-hand": Z_RIGHT, "a-by-hand": A_RIGHT}),
    "Rene\u0301e": submission({"z-by-hand": Z_RIGHT, "a-by-hand": A_RIGHT}),
}
LOOK_ALIKE = ("Ren\u00e9e", "Rene\u0301e")

# student → [(grade_id, points, status, words the message must contain)]
EXPECTED = {
    "correct": [("z-by-hand-tests", 1, "passed", ""), ("a-by-hand-tests", 1, "passed", "")],
    "wrong": [("z-by-hand-tests", 0, "failed", "your weighted sum z of hidden neuron 0"), ("a-by-hand-tests", 0, "failed", "your activation a")],
    "partly": [("z-by-hand-tests", 1, "passed", ""), ("a-by-hand-tests", 0, "failed", "not answered yet")],
    "syntax": [("z-by-hand-tests", 1, "passed", ""), ("a-by-hand-tests", 0, "failed", "TSError")],
    "loop": [("z-by-hand-tests", 0, "failed", "stopped after 5 s"), ("a-by-hand-tests", 0, "timeout", "stopped after 5 s")],
    "crash": [("z-by-hand-tests", 1, "passed", ""), ("a-by-hand-tests", 0, "failed", "crashed the kernel")],
    "deleted": [("z-by-hand-tests", 0, "failed", "deleted"), ("a-by-hand-tests", 1, "passed", "")],
    "weakened": [("z-by-hand-tests", 0, "failed", "edited"), ("a-by-hand-tests", 1, "passed", "")],
    "badjson": [("z-by-hand-tests", 0, "invalid", "not valid JSON"), ("a-by-hand-tests", 0, "invalid", "not valid JSON")],
    "python": [("z-by-hand-tests", 0, "invalid", "Python 3"), ("a-by-hand-tests", 0, "invalid", "Python 3")],
    "unknown": [("", 0, "invalid", "unknown lesson")],
    "noisy": [("z-by-hand-tests", 1, "passed", ""), ("a-by-hand-tests", 1, "passed", "")],
    "Zo\u00eb": [("z-by-hand-tests", 1, "passed", ""), ("a-by-hand-tests", 1, "passed", "")],
    "Zo\u00e9": [("z-by-hand-tests", 0, "failed", "your weighted sum z of hidden neuron 0"), ("a-by-hand-tests", 0, "failed", "your activation a")],
    LOOK_ALIKE[0]: [("", 0, "invalid", "look the same")],
    LOOK_ALIKE[1]: [("", 0, "invalid", "look the same")],
}


def safe_segment(name):
    """The folder nnlab grade writes a student's pages to (safeSegment): the name, or a safe form plus a hash of it."""
    if re.fullmatch(r"[\w.@+-]+", name, re.ASCII) and not re.fullmatch(r"\.+", name):
        return name
    return re.sub(r"^\.+", "_", re.sub(r"[^\w.@+-]+", "_", name, flags=re.ASCII)) + "~" + hashlib.sha256(name.encode()).hexdigest()[:8]


def digest(folder):
    out = {}
    for base, _, files in os.walk(folder):
        for name in files:
            with open(os.path.join(base, name), "rb") as f:
                out[os.path.join(base, name)] = hashlib.sha256(f.read()).hexdigest()
    return out


def grade(*args):
    return subprocess.run([NODE, CLI, "grade", *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


class Grade(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="nnlab-grade-test-")
        cls.subs = os.path.join(cls.tmp, "submitted")
        cls.out = os.path.join(cls.tmp, "graded")
        cls.lessons = os.path.join(cls.tmp, "lessons")
        os.makedirs(cls.lessons)
        with open(os.path.join(ROOT, "lessons", LESSON + ".md")) as f:
            text = f.read()
        options = re.search(r":grade_id: z-by-hand-tests\n(:\w+:.*\n)*", text)
        text = text[:options.end()] + "// BEGIN HIDDEN TESTS\n" + HIDDEN + "\n// END HIDDEN TESTS\n" + text[options.end():]
        with open(os.path.join(cls.lessons, LESSON + ".md"), "w") as f:
            f.write(text)
        for student, text in SUBMISSIONS.items():
            os.makedirs(os.path.join(cls.subs, student))
            with open(os.path.join(cls.subs, student, LESSON + ".ipynb"), "w") as f:
                f.write(text)
        os.makedirs(os.path.join(cls.subs, "unknown"))
        with open(os.path.join(cls.subs, "unknown", "99-no-such-lesson.ipynb"), "w") as f:
            f.write(SUBMISSIONS["correct"])
        cls.before = digest(cls.subs)
        start = time.time()
        cls.result = grade(cls.subs, "--out", cls.out, "--lessons", cls.lessons, "--timeout", "5", "--jobs", "2")
        cls.seconds = time.time() - start
        print("\n%s(%.1f s)\n%s" % (cls.result.stdout, cls.seconds, cls.result.stderr[-3000:]))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def rows(self, out=None):
        with open(os.path.join(out or self.out, "gradebook.json")) as f:
            return json.load(f)

    def test_each_submission_gets_its_points_and_status(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        by_student = {}
        for row in self.rows():
            by_student.setdefault(row["student"], []).append(row)
        self.assertEqual(sorted(by_student), sorted(EXPECTED))
        for student, expected in EXPECTED.items():
            rows = by_student[student]
            got = [(r["grade_id"], r["points"], r["status"]) for r in rows]
            self.assertEqual(got, [e[:3] for e in expected], "%s: %s" % (student, rows))
            for row, (_, _, _, words) in zip(rows, expected):
                self.assertIn(words, row["message"], "%s: %s" % (student, row))
            self.assertTrue(all(r["max_points"] == (0 if student in ("unknown",) + LOOK_ALIKE else 1) for r in rows), rows)

    def test_rows_are_sorted_and_the_csv_matches_the_json(self):
        rows = self.rows()
        keys = [(r["student"], r["notebook"]) for r in rows]
        self.assertEqual(keys, sorted(keys))
        with open(os.path.join(self.out, "gradebook.csv"), newline="") as f:
            import csv
            table = list(csv.DictReader(f))
        self.assertEqual(len(table), len(rows))
        self.assertEqual([(t["student"], t["grade_id"], t["status"]) for t in table], [(r["student"], r["grade_id"], r["status"]) for r in rows])

    def test_submissions_are_not_modified(self):
        self.assertEqual(digest(self.subs), self.before)

    def test_hidden_tests_run_but_stay_out_of_the_feedback(self):
        with open(os.path.join(self.out, "autograded", "correct", LESSON + ".ipynb")) as f:
            executed = json.load(f)
        sources = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in executed["cells"]]
        self.assertTrue(any(HIDDEN in s for s in sources))
        for student in SUBMISSIONS:
            page = os.path.join(self.out, "feedback", safe_segment(student), LESSON + ".html")
            self.assertTrue(os.path.exists(page), page)
            with open(page) as f:
                html = f.read()
            self.assertFalse("hidden check" in html, "%s shows a hidden test" % page)
            self.assertTrue("Score:" in html, page)

    def test_a_cells_output_is_capped_with_a_visible_note(self):
        with open(os.path.join(self.out, "autograded", "noisy", LESSON + ".ipynb")) as f:
            cells = json.load(f)["cells"]
        answer = next(c for c in cells if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == "a-by-hand")
        text = "".join("".join(o.get("text", "")) for o in answer["outputs"] if o["output_type"] == "stream")
        self.assertLess(len(text), 101_000)
        self.assertIn("[nnlab grade: this cell's output was cut at 100000 characters]", text)

    def test_runtime_is_modest(self):
        # about 50 s on an idle 2-core machine (8 kernels, 2 at a time); generous for a busy one
        self.assertLess(self.seconds, 180)

    def test_a_rerun_replaces_only_the_submissions_it_grades(self):
        again = os.path.join(self.tmp, "again", "correct")
        os.makedirs(again)
        with open(os.path.join(again, LESSON + ".ipynb"), "w") as f:
            f.write("not a notebook")
        out = os.path.join(self.tmp, "graded-again")
        shutil.copytree(self.out, out)
        before = self.rows(out)
        result = grade(again, "--out", out, "--lessons", self.lessons)
        self.assertEqual(result.returncode, 0, result.stderr)
        after = self.rows(out)
        self.assertEqual([r for r in after if r["student"] != "correct"], [r for r in before if r["student"] != "correct"])
        self.assertEqual({r["status"] for r in after if r["student"] == "correct"}, {"invalid"})


if __name__ == "__main__":
    unittest.main()
