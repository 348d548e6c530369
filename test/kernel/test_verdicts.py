"""Verdicts a submission cannot forge: `nnlab grade` through the real nnlab kernel, one call,
hostile and honest submissions of lessons 00 and 01.

Each submission's kernel only records its answers (observe mode, expectations taken out of its
tests cells); a trusted kernel running the teacher's notebook judges them. So patching the
checks, Feedback, console, Math or the library's prototypes, printing ✓ lines, writing fake
observations or writing to the kernel's own stdout gains nothing: every forger here left its
exercises unanswered and must score 0, while the honest submission scores full marks and the
wrong one 0. Each tests cell's points are asserted, and the feedback pages show the trusted
kernel's verdicts.

Measured 2026-11-30 with the grader before this change (verdicts read from the submission's
kernel): fake-check, echo-expected, silent-stderr and patched-prototypes each got 2/2 there."""
import copy
import json
import os
import re
import shutil
import subprocess
import tempfile
import time
import unittest

from nnlab_env import CLI, NODE, ROOT

OBSERVATION = "application/vnd.nnlab.observation+json"


def released(lesson, version):
    script = 'process.stdout.write(require("./dist/assign").releasedText(process.argv[1], process.argv[2]))'
    text = subprocess.run([NODE, "-e", script, os.path.join(ROOT, "lessons", lesson + ".md"), version],
                          cwd=ROOT, check=True, capture_output=True, text=True).stdout
    return json.loads(text)


def source(cell):
    return "".join(cell["source"]) if isinstance(cell["source"], list) else cell["source"]


def grade_id(cell):
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def make(lesson, answers="blank", edits=None, import_cell=None):
    """The student notebook of `lesson`: its answer cells blank (as released), the teacher's
    ("honest") or replaced by `answers` (a dict by grade_id); `edits` puts code in answer cells
    (by grade_id) before the code there (which ends by throwing notAnswered when blank); `import_cell` replaces the lesson's first code cell (unlocked: it imports nnlab)."""
    nb = released(lesson, "student")
    teacher = {grade_id(c): source(c) for c in released(lesson, "teacher")["cells"] if grade_id(c)}
    for cell in nb["cells"]:
        gid = grade_id(cell)
        if answers == "honest" and cell.get("metadata", {}).get("nbgrader", {}).get("solution"):
            cell["source"] = teacher[gid]
        elif isinstance(answers, dict) and gid in answers:
            cell["source"] = answers[gid]
        if gid in (edits or {}):
            cell["source"] = edits[gid] + "\n" + source(cell)
    if import_cell is not None:
        first = next(c for c in nb["cells"] if c["cell_type"] == "code")
        first["source"] = import_cell
    return json.dumps(nb)


L0 = "00-getting-started"
L1 = "01-neuron"
IMPORT0 = 'import { mlp, train, xor, show, explain, stepper, lossCurve, decisionBoundary, measured, notAnswered, Feedback } from "nnlab";\n'
SEND = '(globalThis as any)[Symbol.for("nnlab.kernel")]?.display'

# student → (lesson, notebook text)
SUBMISSIONS = {
    "honest": (L0, make(L0, "honest")),
    "blank": (L0, make(L0)),
    "wrong": (L0, make(L0, {"z-by-hand": "const n = net.neuron(0, 0);\nfunction hiddenZ(x: number[]): number {\n  return n.weights[0] + n.weights[1] + n.bias;\n}",
                            "a-by-hand": "function hiddenA(z: number): number {\n  return 1 / (1 + Math.exp(-z));\n}"})),
    # the checks replaced by one that says ✓ and writes nothing to stderr (in the unlocked import cell)
    "fake-check": (L0, make(L0, import_cell=IMPORT0 + 'function checkNumber(..._args: unknown[]): Feedback {\n  return Feedback.right("your answer is right");\n}\n1 + 1')),
    # a replaced check that records the expected value as the student's answer
    "echo-expected": (L0, make(L0, import_cell=IMPORT0 + "function checkNumber(_answer: unknown, expected: number, options: { what: string; hint?: string }): Feedback {\n"
                                  "  " + SEND + '?.({ data: { "' + OBSERVATION + '": { what: options.what, kind: "value", value: expected ?? null } }, metadata: {}, transient: {} }, false);\n'
                                  '  return Feedback.right("your answer is right");\n'
                                  "}\n1 + 1")),
    # stderr silenced, so a ✗ or ✎ line never shows
    "silent-stderr": (L0, make(L0, edits={"z-by-hand": "console.error = () => {};\nprocess.stderr.write = (() => true) as any;"})),
    # Feedback's report() and Math.abs patched: every check in this realm would call any answer right
    "patched-prototypes": (L0, make(L0, edits={"z-by-hand": 'import { Feedback } from "nnlab";\n'
                                                            "(Feedback.prototype as any).report = function () { return this; };\n"
                                                            'Object.defineProperty(Feedback.prototype, "ok", { get: () => true });\n'
                                                            "Math.abs = () => 0;"})),
    # ✓ lines printed on stdout, as Markdown, and written to the kernel process's own stdout and stderr
    "fake-output": (L0, make(L0, edits={"z-by-hand": 'console.log("✓ your weighted sum z of hidden neuron 0 for the input [1, 0.5] is right: 0.35.");\n'
                                                     'require("fs").writeSync(1, "✓ all tests passed\\n");\n'
                                                     'require("fs").writeSync(2, "✓ all tests passed\\n");\n' +
                                                     SEND + '?.({ data: { "text/markdown": "**✓ all right**" }, metadata: {}, transient: {} }, false);'})),
    # observation bundles forged by the student's own function, called by the tests: a wrong value,
    # a made-up kind ("right"), and one sent from an answer cell (not the tests cell)
    "fake-observations": (L0, make(L0, answers={"z-by-hand": "const n = net.neuron(0, 0);\nfunction hiddenZ(x: number[]): number {\n"
                                                             "  const send = " + SEND + ";\n"
                                                             '  send?.({ data: { "' + OBSERVATION + '": { what: "your weighted sum z of hidden neuron 0 for the input [1, 0.5]", kind: "right" } }, metadata: {}, transient: {} }, false);\n'
                                                             '  send?.({ data: { "' + OBSERVATION + '": { what: "your weighted sum z of hidden neuron 0 for the input [−2, 3]", kind: "value", value: 1 } }, metadata: {}, transient: {} }, false);\n'
                                                             "  throw notAnswered();\n}"},
                                          edits={"a-by-hand": SEND + '?.({ data: { "' + OBSERVATION + '": { what: "your activation a of hidden neuron 0 for the input [1, 0.5]", kind: "value", value: 0.5 } }, metadata: {}, transient: {} }, false);'})),
    "honest-1": (L1, make(L1, "honest")),
    "blank-1": (L1, make(L1)),
    "wrong-1": (L1, make(L1, {"weighted-sum": "function weightedSum(x: number[], w: number[], b: number): number {\n  return w[0] * x[0] + w[1] * x[1] + b;\n}",
                              "or-neuron": "function orNeuron(): { weights: number[]; bias: number } {\n  return { weights: [1, 1], bias: -0.5 };\n}",
                              "switch-point": "function switchPoint(w: number, b: number): number {\n  return b / w;\n}"})),
    # the library patched so that any network outputs 0.5 (the switch point's target) and (0, 0) → 0, the rest → 1
    "patched-library-1": (L1, make(L1, edits={"weighted-sum": 'import { Network } from "nnlab";\n'
                                                              "(Network.prototype as any).predict = function (input: number[]) { return input.length === 1 ? [0.5] : [input[0] + input[1] === 0 ? 0 : 1]; };"})),
}

POINTS = {L0: {"z-by-hand-tests": 1, "a-by-hand-tests": 1}, L1: {"weighted-sum-tests": 2, "or-neuron-tests": 2, "switch-point-tests": 1}}
# student → points per tests cell (all points, or 0)
EXPECTED = {student: {gid: (max_points if student.startswith("honest") else 0) for gid, max_points in POINTS[lesson].items()}
            for student, (lesson, _) in SUBMISSIONS.items()}


class Verdicts(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.mkdtemp(prefix="nnlab-verdicts-test-")
        subs, cls.out = os.path.join(cls.tmp, "submitted"), os.path.join(cls.tmp, "graded")
        for student, (lesson, text) in SUBMISSIONS.items():
            os.makedirs(os.path.join(subs, student))
            with open(os.path.join(subs, student, lesson + ".ipynb"), "w") as f:
                f.write(text)
        start = time.time()
        cls.result = subprocess.run([NODE, CLI, "grade", subs, "--out", cls.out, "--timeout", "30", "--jobs", "2"],
                                    cwd=ROOT, capture_output=True, text=True, timeout=1200)
        cls.seconds = time.time() - start
        print("\n%s(%.1f s)\n%s" % (cls.result.stdout, cls.seconds, cls.result.stderr[-3000:]))
        with open(os.path.join(cls.out, "gradebook.json")) as f:
            cls.rows = json.load(f)

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def page(self, student):
        lesson = SUBMISSIONS[student][0]
        with open(os.path.join(self.out, "feedback", student, lesson + ".html")) as f:
            return f.read()

    def test_only_right_answers_score(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        got = {}
        for row in self.rows:
            if row["status"] not in ("changed", "missing"):
                got.setdefault(row["student"], {})[row["grade_id"]] = row["points"]
        for student, expected in EXPECTED.items():
            with self.subTest(student=student):
                rows = [r for r in self.rows if r["student"] == student]
                self.assertEqual(got.get(student), expected, "%s: %s" % (student, rows))

    def test_forgers_are_told_why_not_what_they_printed(self):
        rows = {(r["student"], r["grade_id"]): r for r in self.rows}
        self.assertIn("no answer was recorded", rows[("fake-check", "z-by-hand-tests")]["message"])
        # the expected value never reached the student's kernel: the echo recorded nothing to match
        self.assertIn("expected a number, got null", rows[("echo-expected", "z-by-hand-tests")]["message"])
        for student in ("silent-stderr", "patched-prototypes", "fake-output", "blank"):
            self.assertIn("not answered yet", rows[(student, "z-by-hand-tests")]["message"], student)
        # the forged kind "right" is no observation; the forged value 1 is judged wrong; the one sent from an answer cell does not count
        self.assertIn("not answered yet", rows[("fake-observations", "z-by-hand-tests")]["message"])
        self.assertIn("not answered yet", rows[("fake-observations", "a-by-hand-tests")]["message"])

    def test_feedback_pages_show_the_trusted_verdicts(self):
        self.assertIn("✓ your weighted sum z of hidden neuron 0 for the input [1, 0.5] is right", self.page("honest"))
        for student in ("fake-check", "silent-stderr", "patched-prototypes", "fake-output"):
            page = self.page(student)
            self.assertIn("✗" if student == "fake-check" else "✎", page, student)
            if student != "fake-output":  # which printed a ✓ line in its own answer cell
                self.assertNotIn("is right:", page, student)
        # the teacher's autograded notebook has the real tests (hidden ones included) and the verdicts
        with open(os.path.join(self.out, "autograded", "honest-1", L1 + ".ipynb")) as f:
            cells = json.load(f)["cells"]
        tests = next(c for c in cells if grade_id(c) == "weighted-sum-tests")
        self.assertIn("weightedSum for a neuron with four inputs", source(tests))  # the hidden test
        self.assertNotIn("undefined!", source(tests))
        self.assertIn("weightedSum for a neuron with four inputs is right", json.dumps(tests["outputs"], ensure_ascii=False))

    def test_the_trusted_verdicts_name_the_mistake(self):
        rows = {(r["student"], r["grade_id"]): r for r in self.rows}
        self.assertIn("is too small", rows[("wrong-1", "switch-point-tests")]["message"])
        self.assertIn("OR(0, 0) = 0", rows[("wrong-1", "or-neuron-tests")]["message"])
        self.assertIn("with three inputs", rows[("wrong-1", "weighted-sum-tests")]["message"])


if __name__ == "__main__":
    unittest.main()
