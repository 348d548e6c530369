"""Hostile submissions of lesson 00, graded in ONE `nnlab grade` call: each
tries one way to spy, write outside its scratch folder, outlive its grading,
exhaust a resource, forge its result through the runner's output, or confuse
identities and outputs. Each gets its expected score; nothing outside the
output folder changes; no process of theirs is left; no secret reaches a page.

Needs root and bubblewrap (as in CI); skipped otherwise. Forgery by patching
the checks (inside the student's JavaScript realm) is tested elsewhere."""
import csv
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
import time
import unittest

from nnlab_env import CLI, NODE, ROOT
from test_grade import A_RIGHT, LESSON, Z_RIGHT, student_notebook

UID_FIRST, UID_LAST = 1_500_000_000, 1_600_000_000  # the throwaway uids (sandbox.ts, uidFor)
SECRETS = {"lesson": "TEACHER-SECRET-IN-LESSON", "other": "OTHER-STUDENT-SECRET", "home": "HOME-SECRET-FILE", "env": "ENV-SECRET-VALUE"}
MEMORY_MIB, CPU_S = 1024, 20


def notebook(z=None, a=None, markdown=None):
    """The student notebook with the z and a answer cells replaced (None: left as the stub)."""
    nb = json.loads(json.dumps(student_notebook()))
    for cell in nb["cells"]:
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        source = {"z-by-hand": z, "a-by-hand": a}.get(grade_id)
        if source is not None:
            cell["source"] = source
    if markdown:
        nb["cells"].insert(1, {"cell_type": "markdown", "id": "hostile-md", "metadata": {}, "source": markdown})
    return json.dumps(nb, indent=1)


def stub(grade_id):
    return next("".join(c["source"]) for c in student_notebook()["cells"] if c.get("metadata", {}).get("nbgrader", {}).get("grade_id") == grade_id)


def uid_processes():
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                uid = os.stat("/proc/" + name).st_uid
            except OSError:
                continue
            if UID_FIRST <= uid < UID_LAST:
                with open("/proc/%s/cmdline" % name, "rb") as f:
                    found.append((int(name), uid, f.read().replace(b"\0", b" ").decode(errors="replace")))
    return found


def digest(folder, skip=()):
    out = {}
    for base, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if os.path.join(base, d) not in skip]
        for name in files + [d for d in dirs]:
            p = os.path.join(base, name)
            if os.path.islink(p) or os.path.isdir(p):
                out[p] = "link:" + os.readlink(p) if os.path.islink(p) else "dir"
            else:
                with open(p, "rb") as f:
                    out[p] = hashlib.sha256(f.read()).hexdigest()
    return out


class Hostile(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        if os.geteuid() != 0 or not os.path.exists("/usr/bin/bwrap"):
            raise unittest.SkipTest("the sandbox needs root and bubblewrap")
        cls.tmp = tempfile.mkdtemp(prefix="nnlab-hostile-")
        t = lambda *p: os.path.join(cls.tmp, *p)
        cls.subs, cls.out, cls.lessons, cls.home, cls.outside = t("submitted"), t("graded"), t("lessons"), t("home"), t("outside")
        for d in (cls.subs, cls.lessons, cls.home, cls.outside):
            os.makedirs(d)
        with open(os.path.join(ROOT, "lessons", LESSON + ".md")) as f:
            lesson = f.read()
        with open(os.path.join(cls.lessons, LESSON + ".md"), "w") as f:
            f.write(lesson + "\n<!-- %s -->\n" % SECRETS["lesson"])
        with open(os.path.join(cls.home, "secret.txt"), "w") as f:
            f.write(SECRETS["home"])
        paths = {"SUBS": cls.subs, "OUT": cls.out, "LESSONS": cls.lessons, "HOME": cls.home, "ROOT": ROOT}
        js = lambda code: code.replace("$PATHS", json.dumps(paths))
        fs = 'const fs = require("fs"); const P: any = $PATHS;\n'
        spy = js(fs + """const peek = (p: string) => { try { return fs.statSync(p).isDirectory() ? fs.readdirSync(p).join(",") : fs.readFileSync(p, "utf8").slice(0, 3000); } catch (e: any) { return "DENIED " + e.code; } };
for (const p of [P.LESSONS + "/00-getting-started.md", P.SUBS + "/correct/00-getting-started.ipynb", P.SUBS, P.OUT, P.HOME + "/secret.txt", P.ROOT + "/lessons", "/etc/shadow", "/proc/1/environ", "/proc/1/cmdline", "/tmp"]) console.log("SPY", p, peek(p));
console.log("SPY env", JSON.stringify(process.env));
""")
        writer = js(fs + """const tryWrite = (p: string) => { try { fs.writeFileSync(p, "pwned"); return "WROTE"; } catch (e: any) { return "DENIED " + e.code; } };
for (const p of [P.SUBS + "/correct/00-getting-started.ipynb", P.SUBS + "/writer/pwned.txt", P.LESSONS + "/00-getting-started.md", P.OUT + "/gradebook.json", P.OUT + "/pwned.txt", P.HOME + "/pwned.txt", P.ROOT + "/notebooks/pwned.txt", P.ROOT + "/dist/pwned.js", "/tmp/nnlab-pwned"]) console.log("WRITE", p, tryWrite(p));
""")
        linger = js("""const cp = require("child_process"); const P: any = $PATHS;
cp.spawn("/bin/sh", ["-c", "sleep 3; echo pwned > " + P.OUT + "/gradebook.csv; echo pwned > " + P.SUBS + "/linger/late.txt"], { detached: true, stdio: "ignore" }).unref();
cp.spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { detached: true, stdio: "ignore" }).unref();
""")
        hog = "\nconst hog: number[][] = [];\nfor (;;) hog.push(new Array(1e6).fill(1.5));\n"
        burn = "\nfor (;;) {}\n"
        bomb = """const cp = require("child_process");
let started = 0;
for (let i = 0; i < 300; i++) { const c = cp.spawn("/bin/sleep", ["600"], { detached: true, stdio: "ignore" }); c.on("error", () => {}); if (c.pid) started++; c.unref(); }
console.log("started", started);
const until = Date.now() + 1500; while (Date.now() < until) {}
"""
        flood = 'const line = "x".repeat(1000000);\nfor (let i = 0; i < 40; i++) console.log(line);\n'
        disk = """const fs = require("fs");
for (const dir of [".", "/tmp"]) { try { for (let i = 0; ; i++) fs.writeFileSync(dir + "/fill" + i, Buffer.alloc(8 * 1024 * 1024, 1)); } catch (e: any) { console.log(dir, e.code); } }
"""
        forge = """const fake = (id: number) => "\\nnnlab-grade: " + JSON.stringify({ id: String(id), seconds: 0, restarts: 0, error: null, cells: [] }) + "\\n";
for (let id = 0; id < 40; id++) { process.stdout.write(fake(id)); require("fs").writeSync(1, fake(id)); require("fs").writeSync(2, fake(id)); }
"""
        html = 'console.log("<script>alert(1)</script>");\n'
        cls.submissions = {
            "correct": notebook(Z_RIGHT + "\n// %s" % SECRETS["other"], A_RIGHT),
            "spy": notebook(spy + Z_RIGHT, A_RIGHT),
            "writer": notebook(writer + Z_RIGHT, A_RIGHT),
            "linger": notebook(linger + Z_RIGHT, A_RIGHT),
            "memory": notebook(Z_RIGHT, A_RIGHT + hog),
            "cpu": notebook(Z_RIGHT, A_RIGHT + burn),
            "forkbomb": notebook(Z_RIGHT, bomb + A_RIGHT),
            "output": notebook(Z_RIGHT, flood + A_RIGHT),
            "disk": notebook(Z_RIGHT, disk + A_RIGHT),
            "forger": notebook(forge + stub("z-by-hand"), None),
            "=1+1": notebook(html + Z_RIGHT, A_RIGHT, markdown="<img src=x onerror=alert(2)><script>alert(3)</script>"),
            ".sneaky": notebook(Z_RIGHT, A_RIGHT),
            "Zo\u00eb": notebook(Z_RIGHT, A_RIGHT),
            "Zoe\u0308": notebook(Z_RIGHT, A_RIGHT),
        }
        for student, text in cls.submissions.items():
            os.makedirs(os.path.join(cls.subs, student))
            with open(os.path.join(cls.subs, student, LESSON + ".ipynb"), "w") as f:
                f.write(text)
        with open(os.path.join(cls.outside, LESSON + ".ipynb"), "w") as f:
            f.write(notebook(Z_RIGHT, A_RIGHT))
        os.symlink(cls.outside, os.path.join(cls.subs, "linked"))
        os.symlink("loopy", os.path.join(cls.subs, "loopy"))
        os.makedirs(os.path.join(cls.subs, "inner"))
        os.symlink(os.path.join(cls.lessons, LESSON + ".md"), os.path.join(cls.subs, "inner", LESSON + ".ipynb"))
        cls.watched = [cls.subs, cls.lessons, cls.home, cls.outside, os.path.join(ROOT, "lessons"), os.path.join(ROOT, "notebooks"), os.path.join(ROOT, "dist")]
        cls.before = {d: digest(d) for d in cls.watched}
        # the grader's own Jupyter/IPython folders go elsewhere, so any change in HOME is the submissions' doing
        env = dict(os.environ, HOME=cls.home, NNLAB_TEST_SECRET=SECRETS["env"], JUPYTER_RUNTIME_DIR=t("runtime"), IPYTHONDIR=t("ipython"))
        start = time.time()
        cls.result = subprocess.run([NODE, CLI, "grade", cls.subs, "--out", cls.out, "--lessons", cls.lessons, "--timeout", "90",
                                     "--jobs", "2", "--cpu", str(CPU_S), "--memory", str(MEMORY_MIB)],
                                    cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
        cls.seconds = time.time() - start
        cls.left_at_end = uid_processes()
        with open(os.path.join(cls.out, "gradebook.csv"), "rb") as f:
            cls.csv_at_end = f.read()
        time.sleep(4)  # the lingering child would write now
        print("\n%s(%.1f s)\n%s" % (cls.result.stdout, cls.seconds, cls.result.stderr[-3000:]))

    @classmethod
    def tearDownClass(cls):
        shutil.rmtree(cls.tmp, ignore_errors=True)

    def rows(self):
        with open(os.path.join(self.out, "gradebook.json")) as f:
            return json.load(f)

    def executed_text(self, student):
        """Everything the submission's cells printed (stream outputs), as graded."""
        with open(os.path.join(self.out, "autograded", student, LESSON + ".ipynb")) as f:
            cells = json.load(f)["cells"]
        texts = [o.get("text", "") for c in cells for o in c.get("outputs", []) if o.get("output_type") == "stream"]
        return "".join("".join(t) if isinstance(t, list) else t for t in texts)

    def test_each_hostile_submission_gets_its_score(self):
        self.assertEqual(self.result.returncode, 0, self.result.stderr)
        by = {}
        for row in self.rows():
            by.setdefault(row["student"], []).append(row)
        right = [("z-by-hand-tests", 1, "passed"), ("a-by-hand-tests", 1, "passed")]
        expected = {
            "correct": (right, None), "spy": (right, None), "writer": (right, None), "linger": (right, None), "=1+1": (right, None),
            "memory": ([("z-by-hand-tests", 1, "passed"), ("a-by-hand-tests", 0, "failed")], "memory limit 1 GiB reached"),
            "cpu": ([("z-by-hand-tests", 1, "passed"), ("a-by-hand-tests", 0, "failed")], "CPU time limit %d s reached" % CPU_S),
            "forkbomb": (right, "process limit 64 reached"),
            "output": (right, "output limit reached"),
            "disk": (right, "disk limit 128 MiB reached"),
            "forger": ([("z-by-hand-tests", 0, "failed"), ("a-by-hand-tests", 0, "failed")], "not answered yet"),
            ".sneaky": ([("", 0, "invalid")], "hidden folder"),
            "linked": ([("", 0, "invalid")], "leaves the submissions folder"),
            "loopy": ([("", 0, "invalid")], "loops"),
            "inner": ([("", 0, "invalid")], "leaves the submissions folder"),
            "Zo\u00eb": ([("", 0, "invalid")], "look the same"),
            "Zoe\u0308": ([("", 0, "invalid")], "look the same"),
        }
        self.assertEqual(sorted(by), sorted(expected))
        for student, (want, words) in expected.items():
            rows = by[student]
            self.assertEqual([(r["grade_id"], r["points"], r["status"]) for r in rows], want, "%s: %s" % (student, rows))
            said = " ".join(r["message"] for r in rows)
            if words is None:
                self.assertEqual(said.strip(), "", "%s: %s" % (student, rows))
            else:
                self.assertIn(words, said, "%s: %s" % (student, rows))

    def test_nothing_outside_the_output_folder_changed(self):
        for folder in self.watched:
            self.assertEqual(digest(folder), self.before[folder], folder)
        self.assertFalse(os.path.exists("/tmp/nnlab-pwned"))
        self.assertFalse(os.path.exists(os.path.join(self.out, "pwned.txt")))
        writes = [line for line in self.executed_text("writer").split("\n") if line.startswith("WRITE ")]
        self.assertTrue(writes and all("DENIED" in w or w.endswith("/tmp/nnlab-pwned WROTE") for w in writes), writes)

    def test_no_process_is_left_and_the_gradebook_is_not_rewritten(self):
        self.assertEqual(self.left_at_end, [])
        self.assertEqual(uid_processes(), [])
        with open(os.path.join(self.out, "gradebook.csv"), "rb") as f:
            self.assertEqual(f.read(), self.csv_at_end)
        self.assertNotIn(b"pwned", self.csv_at_end)

    def test_no_secret_reaches_a_submission(self):
        spied = self.executed_text("spy")
        self.assertIn("SPY", spied)
        for name, secret in SECRETS.items():
            self.assertNotIn(secret, spied, name)
        self.assertIn("SPY /etc/shadow DENIED", spied)
        self.assertIn("SPY /proc/1/environ DENIED", spied)
        with open(os.path.join(self.out, "feedback", "spy", LESSON + ".html")) as f:
            page = f.read()
        for secret in SECRETS.values():
            self.assertNotIn(secret, page)

    def test_hostile_output_stays_inert(self):
        with open(os.path.join(self.out, "feedback", next(d for d in os.listdir(os.path.join(self.out, "feedback")) if d.startswith("_1+1~")), LESSON + ".html")) as f:
            page = f.read()
        self.assertIn("Content-Security-Policy", page)
        self.assertNotIn("<script", page.lower())
        self.assertIn("&lt;script&gt;alert(1)", page)  # printed: shown as text
        self.assertIn("&lt;script>alert(3)", page)  # in a Markdown cell: its tag disarmed
        with open(os.path.join(self.out, "gradebook.csv"), newline="") as f:
            students = {row["student"] for row in csv.DictReader(f)}
        self.assertIn("'=1+1", students)

    def test_runtime(self):
        self.assertLess(self.seconds, 600)


if __name__ == "__main__":
    unittest.main()


class WithoutBubblewrap(unittest.TestCase):
    """On a machine without bubblewrap (simulated: NNLAB_BWRAP= names no tool), grading still works, with
    the rlimits only, and says which protections are missing."""

    def test_grading_degrades_with_a_warning_naming_each_missing_protection(self):
        tmp = tempfile.mkdtemp(prefix="nnlab-nobwrap-")
        try:
            os.makedirs(os.path.join(tmp, "submitted", "ada"))
            with open(os.path.join(tmp, "submitted", "ada", LESSON + ".ipynb"), "w") as f:
                f.write(notebook(Z_RIGHT, A_RIGHT))
            env = dict(os.environ, NNLAB_BWRAP="")
            explained = subprocess.run([NODE, CLI, "grade", "--explain-sandbox"], cwd=ROOT, env=env, capture_output=True, text=True)
            self.assertIn("NO   namespaces", explained.stdout)
            result = subprocess.run([NODE, CLI, "grade", os.path.join(tmp, "submitted"), "--out", os.path.join(tmp, "graded")],
                                    cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
            self.assertEqual(result.returncode, 0, result.stderr)
            self.assertIn("WARNING", result.stderr)
            for missing in ("namespaces", "filesystem view", "private scratch folder", "clean environment", "throwaway uid", "reaping", "process limit", "disk limit"):
                self.assertIn("  - %s:" % missing, result.stderr)
            with open(os.path.join(tmp, "graded", "gradebook.json")) as f:
                rows = json.load(f)
            self.assertEqual([(r["grade_id"], r["points"], r["status"]) for r in rows], [("z-by-hand-tests", 1, "passed"), ("a-by-hand-tests", 1, "passed")])
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
