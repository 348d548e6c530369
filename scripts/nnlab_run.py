"""Executes notebooks with nbclient through a Jupyter kernel (used by `nnlab run`).

usage: python3 nnlab_run.py [--kernel nnlab] [--timeout 600] [--allow-errors] NOTEBOOK::OUTPUT...

Writes each executed notebook to OUTPUT and answers in nnlab's helper protocol
(nnlab_protocol.py): one result per notebook, in order,
{"kind": "result", "path", "out", "cells", "seconds", "status": "ok"|"failed", "error", "failed_cell",
"peak_mib"} (the kernel's peak resident memory, from /proc; null where there is none);
a notebook that cannot be run at all (unreadable, no such kernel) gives
{"kind": "error", "message", "path"} and the next one is run.
A failing cell stops that notebook (later cells are not run) unless
--allow-errors; the executed notebook is still written, with the error in the
failing cell's output.
"""
import argparse
import os
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

import nnlab_protocol as protocol


def peak_mib(pid):
    """The peak resident memory (VmHWM) of process `pid` in MiB, or None (no /proc, or gone)."""
    try:
        with open("/proc/%d/status" % pid) as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return round(int(line.split()[1]) / 1024, 1)
    except (OSError, ValueError):
        pass
    return None


def run(path, out, kernel, timeout, allow_errors=False):
    nb = nbformat.read(path, as_version=4)
    peak = {"mib": None}
    client = NotebookClient(
        nb,
        kernel_name=kernel,
        timeout=timeout,
        allow_errors=allow_errors,
        resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
    )

    def measure_memory(**_):
        # After each cell, while the kernel runs (nbclient's notebook hooks come after it stops).
        pid = getattr(getattr(client.km, "provisioner", None), "pid", None)
        mib = peak_mib(pid) if pid else None
        if mib is not None:
            peak["mib"] = mib

    client.on_cell_executed = measure_memory
    start = time.time()
    status, error = "ok", None
    try:
        client.execute()
    except CellExecutionError as e:
        status, error = "failed", "%s: %s" % (e.ename, e.evalue)
    except CellTimeoutError as e:
        status, error = "failed", "timeout: %s" % str(e).splitlines()[0]
    except DeadKernelError as e:
        status, error = "failed", "kernel died: %s" % e
    seconds = time.time() - start
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    nbformat.write(nb, out)
    cells = sum(1 for c in nb.cells if c.cell_type == "code" and c.get("execution_count") is not None)
    failed_cell = None
    for i, c in enumerate(nb.cells):
        if c.cell_type == "code" and any(o.get("output_type") == "error" for o in c.get("outputs", [])):
            failed_cell = i + 1
            break
    return {"path": path, "out": out, "cells": cells, "seconds": round(seconds, 2),
            "status": status, "error": error, "failed_cell": failed_cell, "peak_mib": peak["mib"]}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--kernel", default="nnlab")
    parser.add_argument("--timeout", type=int, default=600)
    parser.add_argument("--allow-errors", action="store_true", help="run every cell even after an error")
    parser.add_argument("pairs", nargs="+", help="NOTEBOOK::OUTPUT")
    args = parser.parse_args()
    failures = 0
    for pair in args.pairs:
        path, out = pair.split("::", 1)
        try:
            protocol.result(**run(path, out, args.kernel, args.timeout, args.allow_errors))
        except Exception as e:  # noqa: BLE001 - reported, and the next notebook runs
            failures += 1
            protocol.error("%s: %s" % (type(e).__name__, e), path=path)
    return 1 if failures else 0


if __name__ == "__main__":
    protocol.serve(main)
