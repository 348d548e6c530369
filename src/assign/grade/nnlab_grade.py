"""Executes prepared submissions with nbclient through the nnlab kernel (used by `nnlab grade`).

usage: python3 nnlab_grade.py < JOBS.json   (speaks scripts/nnlab_protocol.py)

JOBS.json: {"kernel": "nnlab", "cell_timeout": 60, "notebook_timeout": 600, "jobs": 2,
            "limits": {"memory": bytes, "cpuSeconds": s, "processes": n, "disk": bytes},
            "submissions": [{"id": "0", "notebook": "in.ipynb", "out": "out.ipynb", "cwd": "dir",
                             "argv": [...], "kernel_dir": "dir", "uid": 1234, "setup": "code"}]}

"setup" (optional) runs quietly in each kernel the job starts, before the notebook (nnlab grade
puts the checks in observe mode with it: see judge.ts).

A submission with "argv" is run sandboxed (sandbox.ts builds that command, with
"{connection_file}" for the connection file): its kernel talks over Unix sockets
(ZeroMQ ipc) in "kernel_dir", as "uid" when given. A watcher reads /proc for that
uid's processes, to name a limit the submission reached (memory, CPU time,
processes, disk) on the cell that reached it, and to make sure none is left when
the submission's result is printed.

Each submission runs in its own fresh kernel, every code cell in order, errors
allowed (a failing cell does not stop the next one: each cell has its own
outcome). A cell that runs past its timeout is interrupted; a kernel that does
not come back, or dies, is restarted and the cells that had succeeded are run
again (silently) so grading continues with the next cell.

Sends one protocol result per submission, in the order they finish:
{"kind": "result", "id", "seconds", "restarts", "error", "left", "cells": [{"index", "status", "ename", "evalue", "stderr", "seconds", "limits", "observations"}]}
with status "ok" | "error" | "timeout" | "crashed" | "not-run", and "stderr" the text the cell
wrote to stderr (a check's ✗ or "not answered yet" line: a tests cell with stderr output fails,
as in nbgrader), at most STDERR_LIMIT characters, "limits" the limits that cell reached
(sentences), "observations" the answers the cell's checks recorded (nnlab_observations.py), "left" the number of the submission's processes that had to be killed after its kernel
stopped (0 normally: the pid namespace takes them). The executed
notebook is written to "out".
"""
import asyncio
import inspect
import json
import math
import os
import signal
import sys
import time
from queue import Empty

import nbformat
from jupyter_client import AsyncKernelManager
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nnlab_observations import observations_of

# The helpers' protocol lives in the package's scripts/ (this file is <root>/dist/assign/grade/ or <root>/src/assign/grade/).
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "scripts"))
import nnlab_protocol as protocol  # noqa: E402
INTERRUPT_GRACE = 5  # seconds a timed-out cell gets to stop after SIGINT
STDERR_LIMIT = 2000  # characters of a cell's stderr kept for the gradebook
OUTPUT_LIMIT = 100_000  # characters of text one cell's outputs keep in the graded notebook
DATA_LIMIT = 2_000_000  # characters of displays (MIME bundles: a chart's spec and picture) one cell keeps


async def maybe(value):
    return await value if inspect.isawaitable(value) else value


def stderr_of(cell):
    """What the cell wrote to stderr, or None."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream" and o.get("name") == "stderr")
    return text[:STDERR_LIMIT] if text.strip() else None


def cap_outputs(cell, limit=OUTPUT_LIMIT, data_limit=DATA_LIMIT):
    """Keeps at most `limit` characters of a cell's text outputs (streams, errors) and `data_limit` of its
    displays (MIME bundles: charts with their pictures), in order, the rest replaced by one visible note,
    so a submission that prints without end cannot bloat the graded notebook or its feedback.
    Returns True when something was cut."""
    kept, used, shown, cut = [], 0, 0, False
    for output in cell.get("outputs", []):
        if output.get("output_type") == "stream":
            text = output.get("text", "")
            text = "".join(text) if isinstance(text, list) else text
            if used + len(text) > limit:
                output["text"] = text[:max(0, limit - used)]
                cut = True
            used += len(output["text"])
            if output["text"]:
                kept.append(output)
            continue
        size = len(json.dumps(output.get("data", {}))) + len(json.dumps(output.get("traceback", [])))
        if shown + size > data_limit:
            cut = True
            continue
        shown += size
        kept.append(output)
    if cut:
        kept.append(nbformat.v4.new_output("stream", name="stdout", text="\n[nnlab grade: this cell's output was cut at %d characters]\n" % limit))
        cell["outputs"] = kept
    return cut


class JobKernelManager(AsyncKernelManager):
    """Starts the kernel with the job's own command (the sandbox) instead of the kernelspec's argv."""

    launch_argv = None

    # Jupyter interrupts a kernel by sending SIGINT to its process group: the sandbox's own processes
    # ignore it (exec keeps an ignored signal ignored); the kernel, which handles SIGINT, still gets it.
    SHIM = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); os.execv(sys.argv[1], sys.argv[1:])"

    def format_kernel_cmd(self, extra_arguments=None):
        if not self.launch_argv:
            return super().format_kernel_cmd(extra_arguments)
        return [sys.executable, "-c", self.SHIM] + [a.replace("{connection_file}", self.connection_file) for a in self.launch_argv]

    def write_connection_file(self, **kwargs):
        super().write_connection_file(**kwargs)
        if self.launch_argv:
            os.chmod(self.connection_file, 0o644)  # the kernel's uid reads it; its folder is the grader's


class CappedClient(NotebookClient):
    """Keeps at most OUTPUT_LIMIT characters of each cell's text and DATA_LIMIT of its displays as they
    arrive (the rest is dropped), so a submission that prints without end cannot fill the grader's memory."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.used = {}
        self.cut = set()

    def output(self, outs, msg, display_id, cell_index):
        content = msg.get("content", {})
        text = msg.get("msg_type") == "stream"
        size = len(content.get("text", "")) if text else len(json.dumps(content))
        key = (cell_index, text)
        used = self.used.get(key, 0)
        if used > (OUTPUT_LIMIT if text else DATA_LIMIT):
            self.cut.add(cell_index)
            return None
        self.used[key] = used + size
        return super().output(outs, msg, display_id, cell_index)


MEMORY_WORDS = ("heap out of memory", "Allocation failed", "Cannot allocate memory")


class Watch:
    """What one uid's processes are doing, read from /proc every SAMPLE seconds (outside the sandbox)."""

    SAMPLE = 0.25

    def __init__(self, uid, limits):
        self.uid, self.limits = uid, limits
        self.reached = set()
        self.tick = os.sysconf("SC_CLK_TCK")

    def pids(self):
        found = []
        for name in os.listdir("/proc"):
            if name.isdigit():
                try:
                    if os.stat("/proc/" + name).st_uid == self.uid:
                        found.append(int(name))
                except OSError:
                    pass
        return found

    def sample(self):
        tasks = 0
        for pid in self.pids():
            try:
                with open("/proc/%d/status" % pid) as f:
                    status = dict(line.split(":", 1) for line in f if ":" in line)
                with open("/proc/%d/stat" % pid) as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except (OSError, ValueError):
                continue
            tasks += int(status.get("Threads", "1").strip() or 1)
            data = int(status.get("VmData", "0 kB").split()[0]) * 1024
            cpu = (int(fields[11]) + int(fields[12])) / self.tick
            if data >= 0.9 * self.limits["memory"]:
                self.reached.add("memory")
            if cpu >= self.limits["cpuSeconds"] - 0.5:
                self.reached.add("cpu")
            for place in ("/home/student", "/tmp"):
                try:
                    fs = os.statvfs("/proc/%d/root%s" % (pid, place))
                    if fs.f_blocks and fs.f_bfree <= 0.02 * fs.f_blocks:
                        self.reached.add("disk")
                except OSError:
                    pass
        if tasks >= self.limits["processes"] - 2:
            self.reached.add("processes")

    async def run(self):
        while True:
            self.sample()
            await asyncio.sleep(self.SAMPLE)

    def kill_all(self):
        """SIGKILLs every process of the uid still alive (after the kernel stopped); returns how many."""
        pids = self.pids()
        for pid in pids:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        return len(pids)


def limit_sentences(reached, limits):
    """The limits reached, said for the gradebook row."""
    mib = 1024 * 1024
    size = lambda b: "%g GiB" % (b / 1024 / mib) if b >= 1024 * mib else "%d MiB" % round(b / mib)
    said = {
        "memory": "memory limit %s reached" % size(limits.get("memory", 0)),
        "cpu": "CPU time limit %g s reached" % limits.get("cpuSeconds", 0),
        "processes": "process limit %d reached" % limits.get("processes", 0),
        "disk": "disk limit %s reached" % size(limits.get("disk", 0)),
        "file size": "file size limit %s reached" % size(limits.get("fileSize", 0)),
        "output": "output limit reached (%d characters per cell kept)" % OUTPUT_LIMIT,
    }
    return [said[k] for k in ("memory", "cpu", "processes", "disk", "file size", "output") if k in reached]


def error_output(ename, evalue):
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=["%s: %s" % (ename, evalue)])


class Runner:
    """One kernel for one notebook, restarted (and replayed) when it hangs or dies."""

    def __init__(self, nb, kernel, cwd, job):
        self.client = CappedClient(nb, kernel_name=kernel, allow_errors=True, interrupt_on_timeout=False,
                                   record_timing=False, startup_timeout=60, resources={"metadata": {"path": cwd}},
                                   kernel_manager_class=JobKernelManager)
        self.job = job
        self.log = open(os.path.join(cwd, "kernel.log"), "ab")  # the kernel process's own stdout/stderr
        self.replies = {}
        self.client.on_cell_executed = self._executed
        self.succeeded = []  # sources of the cells that ran without error, for a replay
        self.restarts = 0

    def _executed(self, cell, cell_index, execute_reply):
        self.replies[cell_index] = execute_reply

    async def start(self):
        km = self.client.create_kernel_manager()
        if self.job.get("argv"):
            km.launch_argv = self.job["argv"]
            km.transport = "ipc"
            km.ip = os.path.join(self.job["kernel_dir"], "sockets", "k")
            km.connection_file = os.path.join(self.job["kernel_dir"], "kernel.json")
        sockets = os.path.join(self.job["kernel_dir"], "sockets") if self.job.get("argv") else None
        if sockets and self.job.get("uid") is not None:
            os.chown(sockets, self.job["uid"], self.job["uid"])  # the kernel makes its sockets here...
        await self.client.async_start_new_kernel(stdout=self.log, stderr=self.log)
        await self.client.async_start_new_kernel_client()
        if sockets and self.job.get("uid") is not None:
            os.chown(sockets, 0, 0)  # ...and then may write nothing more to the grader's disk
        if self.job.get("setup") and not await self.quietly(self.job["setup"], 60):
            raise RuntimeError("the kernel did not run the grader's setup code")

    async def stop(self, now=False):
        """Stops the kernel (public API only: the client's channels, then the manager's shutdown)."""
        km, kc = self.client.km, self.client.kc
        self.client.km = self.client.kc = None
        if km is None:
            return
        if kc is not None:
            kc.stop_channels()
        try:
            await maybe(km.shutdown_kernel(now=now))
        except Exception:  # noqa: BLE001 - a kernel that will not shut down is killed
            await maybe(km.shutdown_kernel(now=True))

    def exit_code(self):
        """The kernel process's exit code once it has died, else None."""
        process = getattr(getattr(self.client.km, "provisioner", None), "process", None)
        return process.poll() if process is not None else None

    async def run(self, cell, index, timeout):
        """Runs one cell; returns (status, ename, evalue)."""
        self.client.timeout = max(1, math.ceil(timeout))
        self.replies.pop(index, None)
        await self.client.async_execute_cell(cell, index, execution_count=index + 1)
        reply = (self.replies.pop(index, None) or {}).get("content", {})
        status = reply.get("status")
        if status == "ok":
            self.succeeded.append(cell.source)
            return "ok", None, None
        if status == "error":
            return "error", reply.get("ename"), reply.get("evalue")
        return "not-run", None, "the kernel answered %r instead of running the cell" % status

    async def interrupt(self):
        """Interrupts the running cell; True when the kernel answered within the grace period."""
        await maybe(self.client.km.interrupt_kernel())
        end = time.monotonic() + INTERRUPT_GRACE
        while end - time.monotonic() > 0:
            try:
                msg = await maybe(self.client.kc.shell_channel.get_msg(timeout=end - time.monotonic()))
            except Empty:
                return False
            if msg.get("msg_type") == "execute_reply":
                return True
        return False

    async def restart(self, timeout):
        """A fresh kernel with every cell that had succeeded run again; False if that fails.

        If the replayed kernel does not answer (a replayed cell left a hanging
        callback behind), the kernel is started once more without the replay.
        """
        self.restarts += 1
        await self.stop(now=True)
        await self.start()
        replayed = all([await self.quietly(source, timeout) for source in self.succeeded])
        if replayed and await self.quietly("0", INTERRUPT_GRACE):
            return True
        self.succeeded = []
        await self.stop(now=True)
        await self.start()
        return await self.quietly("0", INTERRUPT_GRACE)

    async def quietly(self, source, timeout):
        """Runs `source` outside the notebook; True when the kernel answered within `timeout`."""
        kc = self.client.kc
        msg_id = await maybe(kc.execute(source, store_history=False, stop_on_error=False))
        end = time.monotonic() + timeout
        while end - time.monotonic() > 0:
            try:
                msg = await maybe(kc.shell_channel.get_msg(timeout=end - time.monotonic()))
            except Empty:
                return False
            if msg["parent_header"].get("msg_id") == msg_id:
                return True
        return False


async def grade(job, kernel, cell_timeout, notebook_timeout):
    start = time.monotonic()
    deadline = start + notebook_timeout
    nb = nbformat.read(job["notebook"], as_version=4)
    cwd = job.get("cwd") or os.path.dirname(os.path.abspath(job["notebook"]))
    runner = Runner(nb, kernel, cwd, job)
    limits = job.get("limits") or {}
    watch = Watch(job["uid"], limits) if job.get("uid") is not None and limits else None
    watcher = asyncio.ensure_future(watch.run()) if watch else None
    log = os.path.join(cwd, "kernel.log")
    cells, error, broken = [], None, None
    try:
        await runner.start()
    except Exception as e:  # noqa: BLE001 - any start failure is reported in the gradebook
        broken = error = "the kernel did not start: %s" % e
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        began = time.monotonic()
        remaining = deadline - began
        status, ename, evalue = "ok", None, None
        reached = set()
        logged = os.path.getsize(log) if os.path.exists(log) else 0
        if watch:
            watch.reached = set()
        if broken:
            status, evalue = "not-run", broken
        elif remaining <= 0:
            status, evalue = "not-run", "the notebook's time limit (%g s) was used up before this cell" % notebook_timeout
        elif cell.source.strip():
            limit = min(cell_timeout, remaining)
            try:
                status, ename, evalue = await runner.run(cell, index, limit)
            except (CellTimeoutError, DeadKernelError) as e:
                if isinstance(e, CellTimeoutError):
                    which = "cell" if limit >= cell_timeout else "notebook"
                    status, ename, evalue = "timeout", "Timeout", "stopped after %g s (the %s time limit)" % (round(limit, 1), which)
                    recovered = await runner.interrupt()
                else:
                    status, ename, evalue = "crashed", "KernelDied", "the kernel died while running this cell"
                    recovered = False
                    code = runner.exit_code()
                    if code in (128 + signal.SIGXCPU, -signal.SIGXCPU):
                        reached.add("cpu")
                    if code in (128 + signal.SIGXFSZ, -signal.SIGXFSZ):
                        reached.add("file size")
                    if any(w in read_tail(log, logged) for w in MEMORY_WORDS):
                        reached.add("memory")
                cell.outputs.append(error_output(ename, evalue))
                if not recovered:
                    try:
                        if not await runner.restart(max(1, deadline - time.monotonic())):
                            broken = "the kernel could not be brought back after an earlier cell hung or crashed"
                    except Exception as e2:  # noqa: BLE001
                        broken = "the kernel could not be restarted: %s" % e2
        stderr = stderr_of(cell)  # before capping: a check's verdict is read in full
        observations = observations_of(cell)  # likewise
        if watch:
            watch.sample()
            reached |= watch.reached
        if cap_outputs(cell) or index in runner.client.cut:
            reached.add("output")
        cells.append({"index": index, "status": status, "ename": ename, "evalue": evalue, "stderr": stderr,
                      "seconds": round(time.monotonic() - began, 2), "limits": limit_sentences(reached, limits),
                      **({"observations": observations} if observations else {})})
    try:
        await runner.stop()
    except Exception:  # noqa: BLE001 - the results are in; a kernel that will not shut down is killed
        await runner.stop(now=True)
    left = 0
    if watch:
        watcher.cancel()
        for _ in range(40):  # the pid namespace ends with the kernel; give the kernel a moment to reap it
            if not watch.pids():
                break
            await asyncio.sleep(0.05)
        left = watch.kill_all()
    runner.log.close()
    os.makedirs(os.path.dirname(os.path.abspath(job["out"])), exist_ok=True)
    nbformat.write(nb, job["out"])
    return {"id": job["id"], "seconds": round(time.monotonic() - start, 2), "restarts": runner.restarts,
            "error": error, "left": left, "cells": cells}


def read_tail(file, offset):
    """What `file` got after `offset` (the kernel's own output since a cell began), at most 64 kB."""
    try:
        with open(file, "rb") as f:
            f.seek(max(offset, os.path.getsize(file) - 65536))
            return f.read().decode("utf8", "replace")
    except OSError:
        return ""


def quiet_dead_kernel_noise(loop, context):
    # nbclient leaves an output poller behind when a kernel dies; its Empty is expected.
    if not isinstance(context.get("exception"), Empty):
        loop.default_exception_handler(context)


async def main_async(spec):
    asyncio.get_running_loop().set_exception_handler(quiet_dead_kernel_noise)
    gate = asyncio.Semaphore(max(1, int(spec.get("jobs", 1))))

    async def one(job):
        async with gate:
            try:
                result = await grade(dict(job, limits=spec.get("limits")), spec.get("kernel", "nnlab"), float(spec["cell_timeout"]), float(spec["notebook_timeout"]))
            except Exception as e:  # noqa: BLE001 - one broken submission never stops the others
                result = {"id": job["id"], "seconds": 0, "restarts": 0, "error": "%s: %s" % (type(e).__name__, e), "left": 0, "cells": []}
            protocol.result(**result)

    await asyncio.gather(*(one(job) for job in spec["submissions"]))


def main():
    spec = protocol.read_input()
    asyncio.run(main_async(spec))


if __name__ == "__main__":
    protocol.serve(main)
