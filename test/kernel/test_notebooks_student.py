"""The student notebooks in notebooks/ executed through the nnlab kernel the
way a learner's Run All does (nbclient's default: stop at the first error):
every cell runs and none shows an error. An unanswered exercise is not an
error: its solution stub and its check write "not answered yet" to stderr,
and no other cell writes to stderr."""
import glob
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from nnlab_env import CLI, NODE, ROOT


def stderr(cell):
    texts = [o.get("text", "") for o in cell["outputs"] if o["output_type"] == "stream" and o.get("name") == "stderr"]
    return "".join("".join(t) if isinstance(t, list) else t for t in texts)


class StudentNotebooks(unittest.TestCase):
    def test_run_all_reaches_the_end_of_every_student_notebook(self):
        out = tempfile.mkdtemp(prefix="nnlab-student-")
        try:
            notebooks = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
            self.assertGreater(len(notebooks), 0)
            result = subprocess.run([NODE, CLI, "run", "notebooks", "--out", out],
                                    cwd=ROOT, capture_output=True, text=True, timeout=1200)
            print("\n" + result.stdout)
            for nb in notebooks:
                with open(os.path.join(out, os.path.basename(nb))) as f:
                    cells = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]
                for cell in cells:
                    grader = cell["metadata"].get("nbgrader", {})
                    where = "%s, cell %s" % (os.path.basename(nb), cell.get("id"))
                    self.assertIsNotNone(cell["execution_count"], "%s did not run" % where)
                    errors = [o for o in cell["outputs"] if o["output_type"] == "error"]
                    self.assertFalse(errors, "%s: %s" % (where, errors and "%s: %s" % (errors[0]["ename"], errors[0]["evalue"])))
                    if grader.get("grade"):
                        self.assertIn("not answered yet", stderr(cell), where)
                    elif not grader.get("solution"):
                        self.assertEqual(stderr(cell), "", "%s writes to stderr" % where)
            self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        finally:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
