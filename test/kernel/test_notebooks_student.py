"""The student notebooks in notebooks/ executed through the nnlab kernel: every
cell runs, and the only errors are in exercise cells (a solution stub's "Not
implemented yet", or a check failing because the exercise is not done yet)."""
import glob
import json
import os
import shutil
import subprocess
import tempfile
import unittest

from nnlab_env import CLI, NODE, ROOT


class StudentNotebooks(unittest.TestCase):
    def test_student_notebooks_fail_only_in_their_exercises(self):
        out = tempfile.mkdtemp(prefix="nnlab-student-")
        try:
            notebooks = sorted(glob.glob(os.path.join(ROOT, "notebooks", "*.ipynb")))
            self.assertGreater(len(notebooks), 0)
            result = subprocess.run([NODE, CLI, "run", "notebooks", "--out", out, "--allow-errors"],
                                    cwd=ROOT, capture_output=True, text=True, timeout=1200)
            print("\n" + result.stdout)
            for nb in notebooks:
                with open(os.path.join(out, os.path.basename(nb))) as f:
                    cells = [c for c in json.load(f)["cells"] if c["cell_type"] == "code"]
                for cell in cells:
                    self.assertIsNotNone(cell["execution_count"], "%s: a cell did not run" % nb)
                    errors = [o for o in cell["outputs"] if o["output_type"] == "error"]
                    if not errors:
                        continue
                    grader = cell["metadata"].get("nbgrader", {})
                    where = "%s, cell %s" % (os.path.basename(nb), cell.get("id"))
                    self.assertTrue(grader.get("solution") or grader.get("grade"),
                                    "%s: an error outside the exercises: %s: %s" % (where, errors[0]["ename"], errors[0]["evalue"]))
                    if grader.get("solution"):
                        self.assertIn("Not implemented yet", errors[0]["evalue"], where)
        finally:
            shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    unittest.main()
