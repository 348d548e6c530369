"""A memory limit per student, enforced by the kernel: each student's
single-user server joins a cgroup of its own (cgroup v1 memory controller)
before it starts, so the server and every kernel it starts share one limit.
Past it the kernel's OOM killer ends a process of that student's only
(usually the nnlab kernel, the largest: JupyterLab says the kernel died and
restarts it); other students are not touched.

Needs root and a writable cgroup v1 memory hierarchy; where there is none
(not root, cgroup v2), `available()` says why and the limit is only
advertised (MEM_LIMIT), not enforced -- docs/classroom.md says what holds.
The groups live under the hub's own cgroup, in nnlab-hub-<port>/<student>."""
import os
import signal
import time

V1_ROOT = "/sys/fs/cgroup/memory"


def own_v1_group():
    """The memory cgroup this process is in (v1), e.g. /sys/fs/cgroup/memory/some/path, or None."""
    try:
        with open("/proc/self/cgroup") as f:
            for line in f:
                _, controllers, where = line.rstrip("\n").split(":", 2)
                if "memory" in controllers.split(","):
                    return os.path.join(V1_ROOT, where.lstrip("/"))
    except OSError:
        return None
    return None


def available():
    """(base folder for the hub's groups, None) or (None, why not)."""
    if os.geteuid() != 0:
        return None, "the hub is not running as root"
    own = own_v1_group()
    if not own or not os.path.isfile(os.path.join(own, "memory.limit_in_bytes")):
        return None, "no cgroup v1 memory controller here (cgroup v2 is not driven by nnlab hub yet: docs/classroom.md)"
    if not os.access(own, os.W_OK):
        return None, "the memory cgroup %s is not writable" % own
    return own, None


class MemoryGroups:
    """One memory cgroup per student under `<own group>/<name>`."""

    def __init__(self, base, name):
        self.root = os.path.join(base, name)

    def path(self, student):
        return os.path.join(self.root, student)

    def create(self, student, limit_bytes):
        group = self.path(student)
        os.makedirs(group, exist_ok=True)
        _write(group, "memory.limit_in_bytes", limit_bytes)
        if os.path.exists(os.path.join(group, "memory.memsw.limit_in_bytes")):
            _write(group, "memory.memsw.limit_in_bytes", limit_bytes)  # no escape into swap
        return group

    def join(self, student):
        """For preexec_fn: moves the calling (child) process into the student's group."""
        _write(self.path(student), "cgroup.procs", os.getpid())

    def usage(self, student):
        with open(os.path.join(self.path(student), "memory.max_usage_in_bytes")) as f:
            return int(f.read())

    def remove(self, student):
        """Kills what is left in the student's group (orphaned kernels) and removes it."""
        group = self.path(student)
        if not os.path.isdir(group):
            return
        for pid in _pids(group):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for _ in range(50):
            try:
                os.rmdir(group)
                return
            except OSError:
                time.sleep(0.1)

    def remove_all(self):
        if os.path.isdir(self.root):
            for student in os.listdir(self.root):
                if os.path.isdir(os.path.join(self.root, student)):
                    self.remove(student)
            try:
                os.rmdir(self.root)
            except OSError:
                pass


def _pids(group):
    with open(os.path.join(group, "cgroup.procs")) as f:
        return [int(p) for p in f.read().split()]


def _write(group, name, value):
    with open(os.path.join(group, name), "w") as f:
        f.write(str(value))
