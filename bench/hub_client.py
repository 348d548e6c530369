"""A student of nnlab's hub, simulated over HTTP and the kernel websocket as a
browser would: sign in through the login form, start their server, open a
notebook (a session, which starts its kernel), then run its code cells one
after another on the kernel's websocket channel, as Run All does.

Used by bench/hub_load.py (the load test) and test/hub/test_hub.py (the
end-to-end test); also starts and stops a hub for them (`Hub`). Only the
packages of nnlab's hub environment: requests, websocket-client."""
import json
import os
import re
import signal
import socket
import subprocess
import time
import uuid

import requests
import websocket

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
PASSWORD = "nnlab-test-password"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Hub:
    """`nnlab hub` on loopback in `hub_dir` (shared accounts; --allow-root when root), until stop()."""

    def __init__(self, hub_dir, memory="1G", cull=3600, log=None, extra=()):
        self.port = free_port()
        self.url = "http://127.0.0.1:%d" % self.port
        args = ["node", os.path.join(ROOT, "dist", "cli.js"), "hub", "--dir", hub_dir, "--port", str(self.port),
                "--users", "shared", "--memory", memory, "--cull", str(cull), *extra]
        if os.geteuid() == 0:
            args.append("--allow-root")
        env = dict(os.environ, NNLAB_HUB_PASSWORD=PASSWORD)
        self.log = log or open(os.devnull, "w")
        self.proc = subprocess.Popen(args, cwd=ROOT, env=env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)

    def wait(self, timeout=120):
        end = time.time() + timeout
        while time.time() < end:
            if self.proc.poll() is not None:
                raise RuntimeError("the hub exited with %s" % self.proc.returncode)
            try:
                if requests.get(self.url + "/hub/api/", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.3)
        raise RuntimeError("the hub did not answer within %d s" % timeout)

    def stop(self, timeout=60):
        """SIGTERM to `nnlab hub` (as Ctrl-C would be): the hub stops every server, the proxy and the culler."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        return self.proc.returncode


class Student:
    def __init__(self, hub_url, name, password=PASSWORD, timeout=300):
        self.hub, self.name, self.password, self.timeout = hub_url, name, password, timeout
        self.http = requests.Session()
        self.token = None

    def _api(self, method, path, **kw):
        headers = {"Authorization": "token %s" % self.token} if self.token else {}
        return self.http.request(method, self.hub + path, headers=headers, timeout=self.timeout, **kw)

    def login(self):
        """The login form (with its _xsrf), then an API token of the student's own for the rest."""
        page = self.http.get(self.hub + "/hub/login", timeout=self.timeout)
        xsrf = re.search(r'name="_xsrf" value="([^"]+)"', page.text).group(1)
        r = self.http.post(self.hub + "/hub/login", data={"username": self.name, "password": self.password, "_xsrf": xsrf},
                           allow_redirects=False, timeout=self.timeout)
        if r.status_code != 302:
            raise RuntimeError("login of %s: HTTP %d" % (self.name, r.status_code))
        r = self.http.post(self.hub + "/hub/api/users/%s/tokens" % self.name, json={"note": "load test", "expires_in": 3600},
                           headers={"X-XSRFToken": self.http.cookies.get("_xsrf")}, timeout=self.timeout)
        r.raise_for_status()
        self.token = r.json()["token"]

    def spawn(self):
        r = self._api("POST", "/hub/api/users/%s/server" % self.name)
        if r.status_code not in (201, 202):
            raise RuntimeError("spawn of %s: HTTP %d %s" % (self.name, r.status_code, r.text[:200]))
        end = time.time() + self.timeout
        while time.time() < end:
            server = self._api("GET", "/hub/api/users/%s" % self.name).json().get("servers", {}).get("")
            if server and server.get("ready"):
                return
            if not server or not server.get("pending") and not server.get("ready"):
                raise RuntimeError("the server of %s stopped while starting" % self.name)
            time.sleep(1)  # JupyterLab's spawn page waits on an event stream; polling faster only loads the hub
        raise RuntimeError("the server of %s was not ready within %d s" % (self.name, self.timeout))

    def server(self, method, path, **kw):
        r = self._api(method, "/user/%s%s" % (self.name, path), **kw)
        r.raise_for_status()
        return r.json() if r.content else None

    def open_notebook(self, path):
        """The notebook's code cells, and a session (JupyterLab's "open"), which starts its nnlab kernel."""
        model = self.server("GET", "/api/contents/%s?content=1" % path)
        cells = ["".join(c["source"]) if isinstance(c["source"], list) else c["source"] for c in model["content"]["cells"] if c["cell_type"] == "code"]
        session = self.server("POST", "/api/sessions", json={"path": path, "name": os.path.basename(path), "type": "notebook", "kernel": {"name": "nnlab"}})
        return cells, Channel(self, session["kernel"]["id"], session["id"])

    def stop_server(self):
        r = self._api("DELETE", "/hub/api/users/%s/server" % self.name)
        if r.status_code not in (202, 204):
            raise RuntimeError("stopping the server of %s: HTTP %d" % (self.name, r.status_code))
        end = time.time() + self.timeout
        while time.time() < end:
            if not self._api("GET", "/hub/api/users/%s" % self.name).json().get("servers"):
                return
            time.sleep(0.25)
        raise RuntimeError("the server of %s did not stop" % self.name)


class Channel:
    """The kernel's websocket (jupyter_server's JSON protocol): one request at a time, waiting for its reply and idle."""

    def __init__(self, student, kernel_id, session_id):
        url = student.hub.replace("http", "ws", 1) + "/user/%s/api/kernels/%s/channels?session_id=%s" % (student.name, kernel_id, session_id)
        self.session = session_id
        self.ws = websocket.create_connection(url, header=["Authorization: token %s" % student.token], timeout=student.timeout)

    def request(self, msg_type, content, channel="shell"):
        """Sends a request; returns (reply content, [(msg_type, content)] of its IOPub messages)."""
        msg_id = uuid.uuid4().hex
        header = {"msg_id": msg_id, "msg_type": msg_type, "session": self.session, "username": "", "version": "5.3", "date": ""}
        self.ws.send(json.dumps({"header": header, "parent_header": {}, "metadata": {}, "content": content, "channel": channel}))
        reply, outputs, idle = None, [], False
        while reply is None or not idle:
            msg = json.loads(self.ws.recv())
            if msg.get("parent_header", {}).get("msg_id") != msg_id:
                continue
            if msg["channel"] == channel and msg["msg_type"].endswith("_reply"):
                reply = msg["content"]
            elif msg["msg_type"] == "status":
                idle = msg["content"]["execution_state"] == "idle"
            elif msg["channel"] == "iopub":
                outputs.append((msg["msg_type"], msg["content"]))
        return reply, outputs

    def execute(self, code):
        return self.request("execute_request", {"code": code, "silent": False, "store_history": True, "user_expressions": {},
                                                "allow_stdin": False, "stop_on_error": True})

    def close(self):
        self.ws.close()


def cpu_seconds(pids):
    """User + system CPU seconds the processes `pids` have used so far."""
    tick, total = os.sysconf("SC_CLK_TCK"), 0
    for pid in pids:
        try:
            with open("/proc/%d/stat" % pid) as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            continue
    return total


def kernels_among(pids):
    """Those of `pids` that are nnlab kernels (node …/dist/kernel/main.js)."""
    out = []
    for pid in pids:
        try:
            with open("/proc/%d/cmdline" % pid, "rb") as f:
                if b"kernel/main.js" in f.read():
                    out.append(pid)
        except OSError:
            continue
    return out


def processes_of(name):
    """{pid: rss bytes} of the processes whose environment says JUPYTERHUB_USER=name (the server and its kernels)."""
    found, needle = {}, ("JUPYTERHUB_USER=%s" % name).encode()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/environ" % pid, "rb") as f:
                if needle not in f.read().split(b"\0"):
                    continue
            with open("/proc/%s/status" % pid) as f:
                rss = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
            found[int(pid)] = rss * 1024
        except (OSError, StopIteration):
            continue
    return found


def descendants(pid):
    """Pids of every process below `pid` (children, their children, ...)."""
    parents = {}
    for p in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open("/proc/%s/stat" % p) as f:
                parents[int(p)] = int(f.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
    found, frontier = [], [pid]
    while frontier:
        children = [c for c, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


def alive(pids):
    """Those of `pids` still running (zombies count as gone)."""
    out = []
    for pid in pids:
        try:
            with open("/proc/%d/stat" % pid) as f:
                if f.read().rsplit(")", 1)[1].split()[0] != "Z":
                    out.append(pid)
        except OSError:
            pass
    return out
