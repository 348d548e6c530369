"""End to end on loopback: `nnlab hub` starts JupyterHub; two students sign
in, get their servers with their own copy of the lessons, and run cells
through the nnlab kernel over the websocket; one student's server is
stopped, the other's is culled when idle; past its memory limit a kernel is
killed while its server and the other student carry on; the lesson is
collected for grading; stopping the hub leaves no process behind.

Run: npm run test:hub (makes .venv with the hub extra; needs dist/)."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "bench"))
sys.path.insert(0, os.path.join(ROOT, "python", "hub"))
from hub_client import Hub, Student, alive, descendants  # noqa: E402
import nnlab_memory  # noqa: E402

CULL = 45
LESSON = "00-getting-started"


class HubEndToEnd(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.dir = tempfile.mkdtemp(prefix="nnlab-hub-test-")
        cls.log = open(os.path.join(cls.dir, "hub.log"), "w")
        cls.hub = Hub(os.path.join(cls.dir, "hub"), memory="700M", cull=CULL, log=cls.log).wait()

    @classmethod
    def tearDownClass(cls):
        cls.hub.stop()
        cls.log.close()
        shutil.rmtree(cls.dir, ignore_errors=True)

    def hub_log(self, tail=4000):
        with open(os.path.join(self.dir, "hub.log")) as f:
            text = f.read()
        return text if tail is None else text[-tail:]

    def test_a_class_of_two(self):
        ada, bob = Student(self.hub.url, "ada", timeout=120), Student(self.hub.url, "bob", timeout=120)
        errors = []

        def start(student):
            try:
                student.login()
                student.spawn()
            except Exception as e:  # reported below with the hub's log
                errors.append(e)
        threads = [threading.Thread(target=start, args=(s,)) for s in (ada, bob)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        self.assertEqual(errors, [], self.hub_log())
        started = time.time()

        # Each has their own copy of the lessons, listed by their own server.
        for s in (ada, bob):
            listing = s.server("GET", "/api/contents/lessons")
            self.assertIn(LESSON + ".ipynb", [f["name"] for f in listing["content"]])
            self.assertTrue(os.path.isfile(os.path.join(self.dir, "hub", "home", s.name, "lessons", LESSON + ".ipynb")))

        # Run cells through the nnlab kernel over the websocket, as JupyterLab does.
        cells, ada_channel = ada.open_notebook("lessons/%s.ipynb" % LESSON)
        reply, outputs = ada_channel.execute("const answer: number = 6 * 7;\nanswer")
        self.assertEqual(reply["status"], "ok")
        self.assertIn("42", json.dumps([c for t, c in outputs if t == "execute_result"]))
        reply, _ = ada_channel.execute(cells[0])  # the lesson's first cell (imports nnlab)
        self.assertEqual(reply["status"], "ok", reply)
        ada.server("PUT", "/api/contents/lessons/%s.ipynb" % LESSON, json={"type": "notebook", "content": _with_answer(ada, LESSON)})

        # Past the memory limit, bob's kernel is killed; his server and ada's kernel carry on.
        if nnlab_memory.available()[0]:
            _, bob_channel = bob.open_notebook("lessons/%s.ipynb" % LESSON)
            bob_channel.ws.settimeout(60)
            group = os.path.join(nnlab_memory.own_v1_group(), "nnlab-hub-%d" % self.hub.port, "bob")
            with open(os.path.join(group, "memory.limit_in_bytes")) as f:
                self.assertEqual(int(f.read()), 700 * 1024 ** 2)
            _run_until_killed(bob_channel)
            bob_channel.close()
            self.assertEqual(len(bob.server("GET", "/api/kernels")), 1)  # restarted by his server
            reply, _ = ada_channel.execute("1 + 1")
            self.assertEqual(reply["status"], "ok")
        ada_channel.close()

        # Collect the lesson for grading: the layout nnlab grade reads.
        out = os.path.join(self.dir, "submitted")
        run = subprocess.run(["node", os.path.join(ROOT, "dist", "cli.js"), "hub", "collect", LESSON, "--dir", os.path.join(self.dir, "hub"), "--out", out],
                             capture_output=True, text=True, cwd=ROOT)
        self.assertEqual(run.returncode, 0, run.stdout + run.stderr)
        self.assertEqual(sorted(os.listdir(out)), ["ada", "bob"])
        with open(os.path.join(out, "ada", LESSON + ".ipynb")) as f:
            self.assertIn("my answer", f.read())

        # Bob's server is stopped; ada's, idle, is culled by jupyterhub-idle-culler.
        bob.stop_server()
        end = started + CULL + 60
        while time.time() < end and ada._api("GET", "/hub/api/users/ada").json().get("servers"):
            time.sleep(1)
        self.assertEqual(ada._api("GET", "/hub/api/users/ada").json().get("servers"), {}, "ada's idle server was not culled\n" + self.hub_log())
        self.assertIn("Culling server ada", self.hub_log(tail=None))

        # Stopping the hub stops everything it started.
        processes = descendants(self.hub.proc.pid)
        self.assertTrue(processes)
        self.assertEqual(self.hub.stop(), 0)
        time.sleep(1)
        self.assertEqual(alive(processes + [self.hub.proc.pid]), [])
        if nnlab_memory.available()[0]:
            self.assertFalse(os.path.exists(os.path.join(nnlab_memory.own_v1_group(), "nnlab-hub-%d" % self.hub.port)))


def _with_answer(student, lesson):
    nb = student.server("GET", "/api/contents/lessons/%s.ipynb?content=1" % lesson)["content"]
    nb["cells"].append({"cell_type": "markdown", "metadata": {}, "source": "my answer", "id": "myanswer"})
    return nb


def _run_until_killed(channel):
    """Allocates 64 MB at a time until the kernel dies (a restart status arrives)."""
    import uuid
    code = "const hog: Float64Array[] = [];\nfor (let i = 0; i < 200; i++) { hog.push(new Float64Array(8e6).fill(i)); }\nhog.length"
    msg_id = uuid.uuid4().hex
    header = {"msg_id": msg_id, "msg_type": "execute_request", "session": channel.session, "username": "", "version": "5.3", "date": ""}
    channel.ws.send(json.dumps({"header": header, "parent_header": {}, "metadata": {}, "channel": "shell",
                                "content": {"code": code, "silent": False, "store_history": True, "user_expressions": {}, "allow_stdin": False}}))
    end = time.time() + 60
    while time.time() < end:
        msg = json.loads(channel.ws.recv())
        if msg["msg_type"] == "status" and msg["content"]["execution_state"] in ("restarting", "dead", "autorestarting"):
            return
        if msg["msg_type"] == "execute_reply" and msg["parent_header"].get("msg_id") == msg_id:
            raise AssertionError("the kernel allocated 12.8 GB under a 700 MB limit: %s" % msg["content"])
    raise AssertionError("no restart within 60 s")


if __name__ == "__main__":
    unittest.main()
