"""Executes prepared submissions with nbclient through the nnlab kernel (used by `nnlab grade`).

usage: python3 nnlab_grade.py JOBS.json

JOBS.json: {"kernel": "nnlab", "cell_timeout": 60, "notebook_timeout": 600, "jobs": 2,
            "submissions": [{"id": "0", "notebook": "in.ipynb", "out": "out.ipynb", "cwd": "dir"}]}

Each submission runs in its own fresh kernel, every code cell in order, errors
allowed (a failing cell does not stop the next one: each cell has its own
outcome). A cell that runs past its timeout is interrupted; a kernel that does
not come back, or dies, is restarted and the cells that had succeeded are run
again (silently) so grading continues with the next cell.

Prints one line per submission, "nnlab-grade: " and JSON, in the order they finish:
{"id", "seconds", "restarts", "error", "cells": [{"index", "status", "ename", "evalue", "stderr", "seconds"}]}
with status "ok" | "error" | "timeout" | "crashed" | "not-run", and "stderr" the text the cell
wrote to stderr (a check's ✗ or "not answered yet" line: a tests cell with stderr output fails,
as in nbgrader), at most STDERR_LIMIT characters. The executed
notebook is written to "out".
"""
import asyncio
import inspect
import json
import math
import os
import sys
import time
from queue import Empty

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellTimeoutError, DeadKernelError

MARK = "nnlab-grade: "  # result lines; kernels share this stdout
INTERRUPT_GRACE = 5  # seconds a timed-out cell gets to stop after SIGINT
STDERR_LIMIT = 2000  # characters of a cell's stderr kept for the gradebook
OUTPUT_LIMIT = 100_000  # characters of text, or bytes of base64 data, one cell's outputs keep in the graded notebook


async def maybe(value):
    return await value if inspect.isawaitable(value) else value


def stderr_of(cell):
    """What the cell wrote to stderr, or None."""
    text = "".join(o.get("text", "") for o in cell.get("outputs", []) if o.get("output_type") == "stream" and o.get("name") == "stderr")
    return text[:STDERR_LIMIT] if text.strip() else None


def cap_outputs(cell, limit=OUTPUT_LIMIT):
    """Keeps at most `limit` characters of a cell's outputs (text and MIME data, in order), the rest
    replaced by one visible note, so a submission that prints without end cannot bloat the graded
    notebook or its feedback. Returns True when something was cut."""
    kept, used, cut = [], 0, False
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
        if used + size > limit:
            cut = True
            continue
        used += size
        kept.append(output)
    if cut:
        kept.append(nbformat.v4.new_output("stream", name="stdout", text="\n[nnlab grade: this cell's output was cut at %d characters]\n" % limit))
        cell["outputs"] = kept
    return cut


def error_output(ename, evalue):
    return nbformat.v4.new_output("error", ename=ename, evalue=evalue, traceback=["%s: %s" % (ename, evalue)])


class Runner:
    """One kernel for one notebook, restarted (and replayed) when it hangs or dies."""

    def __init__(self, nb, kernel, cwd):
        self.client = NotebookClient(nb, kernel_name=kernel, allow_errors=True, interrupt_on_timeout=False,
                                     record_timing=False, startup_timeout=60, resources={"metadata": {"path": cwd}})
        self.replies = {}
        self.client.on_cell_executed = self._executed
        self.succeeded = []  # sources of the cells that ran without error, for a replay
        self.restarts = 0

    def _executed(self, cell, cell_index, execute_reply):
        self.replies[cell_index] = execute_reply

    async def start(self):
        self.client.create_kernel_manager()
        await self.client.async_start_new_kernel()
        await self.client.async_start_new_kernel_client()

    async def stop(self, now=False):
        if self.client.km is None:
            return
        self.client.shutdown_kernel = "immediate" if now else "graceful"
        await self.client._async_cleanup_kernel()

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
    runner = Runner(nb, kernel, job.get("cwd") or os.path.dirname(os.path.abspath(job["notebook"])))
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
                cell.outputs.append(error_output(ename, evalue))
                if not recovered:
                    try:
                        if not await runner.restart(max(1, deadline - time.monotonic())):
                            broken = "the kernel could not be brought back after an earlier cell hung or crashed"
                    except Exception as e2:  # noqa: BLE001
                        broken = "the kernel could not be restarted: %s" % e2
        stderr = stderr_of(cell)  # before capping: a check's verdict is read in full
        cap_outputs(cell)
        cells.append({"index": index, "status": status, "ename": ename, "evalue": evalue, "stderr": stderr,
                      "seconds": round(time.monotonic() - began, 2)})
    try:
        await runner.stop()
    except Exception:  # noqa: BLE001 - the results are in; a kernel that will not shut down is killed
        await runner.stop(now=True)
    os.makedirs(os.path.dirname(os.path.abspath(job["out"])), exist_ok=True)
    nbformat.write(nb, job["out"])
    return {"id": job["id"], "seconds": round(time.monotonic() - start, 2), "restarts": runner.restarts,
            "error": error, "cells": cells}


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
                result = await grade(job, spec.get("kernel", "nnlab"), float(spec["cell_timeout"]), float(spec["notebook_timeout"]))
            except Exception as e:  # noqa: BLE001 - one broken submission never stops the others
                result = {"id": job["id"], "seconds": 0, "restarts": 0, "error": "%s: %s" % (type(e).__name__, e), "cells": []}
            print(MARK + json.dumps(result), flush=True)

    await asyncio.gather(*(one(job) for job in spec["submissions"]))


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    asyncio.run(main_async(spec))
    return 0


if __name__ == "__main__":
    sys.exit(main())
