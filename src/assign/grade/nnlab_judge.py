"""Judges the answers recorded in submissions' kernels, in a trusted kernel (used by `nnlab grade`).

usage: python3 nnlab_judge.py SPEC.json RESULT.json

SPEC.json: {"kernel": "nnlab", "cell_timeout": 60, "jobs": 2, "setup": "code putting checks in judge mode",
            "lessons": [{"lesson": "01-neuron", "notebook": "teacher.ipynb", "cwd": "dir",
                         "submissions": [{"id": "0", "cells": {"<grade_id>": {"observations": [...], "trouble": "..."}}}]}]}

For each lesson, one fresh kernel runs the TEACHER's notebook (solutions and hidden tests in),
cell by cell; the submissions' code never runs there. At each tests cell it runs the cell once
per submission, the submission's recorded answers for that cell put in front of it as data (a
JSON string literal, on the cell's first line so line numbers stay), and keeps that run's
outcome: status, stderr (where a check writes ✗ or ✎) and outputs. A tests cell run never
counts as a cell to replay after a restart.

RESULT.json: {"<lesson>": {"error": null | "why the lesson could not be judged", "seconds": s,
              "submissions": {"<id>": {"<grade_id>": {"status", "ename", "evalue", "stderr", "outputs", "seconds"}}}}}
"""
import asyncio
import copy
import json
import sys
import time

import nbformat
from nbclient.exceptions import CellTimeoutError, DeadKernelError
from nnlab_grade import Runner, cap_outputs, error_output, quiet_dead_kernel_noise, stderr_of

INPUT = '(globalThis as any)[Symbol.for("nnlab.judgeInput")] = %s; '


def with_input(source, cell_input):
    """The tests cell's source with the submission's answers assigned on its first line, as a string literal."""
    return INPUT % json.dumps(json.dumps(cell_input)) + source


async def run_cell(runner, cell, index, timeout):
    """Runs one cell; (status, ename, evalue), and False in `broken` position when the kernel is gone for good."""
    try:
        status, ename, evalue = await runner.run(cell, index, timeout)
        return status, ename, evalue, True
    except (CellTimeoutError, DeadKernelError) as e:
        if isinstance(e, CellTimeoutError):
            status, ename, evalue = "timeout", "Timeout", "stopped after %g s (the cell time limit)" % round(timeout, 1)
            recovered = await runner.interrupt()
        else:
            status, ename, evalue = "crashed", "KernelDied", "the judging kernel died while running this cell"
            recovered = False
        cell.outputs.append(error_output(ename, evalue))
        alive = True
        if not recovered:
            try:
                alive = await runner.restart(timeout)
            except Exception:  # noqa: BLE001
                alive = False
        return status, ename, evalue, alive


async def judge_lesson(lesson, spec):
    start = time.monotonic()
    kernel, timeout = spec.get("kernel", "nnlab"), float(spec["cell_timeout"])
    nb = nbformat.read(lesson["notebook"], as_version=4)
    runner = Runner(nb, kernel, lesson["cwd"], {"setup": spec.get("setup")})  # no "argv": the kernelspec's own kernel, unsandboxed
    verdicts = {s["id"]: {} for s in lesson["submissions"]}
    error = None
    try:
        await runner.start()
    except Exception as e:  # noqa: BLE001
        return {"error": "the judging kernel did not start: %s" % e, "seconds": 0, "submissions": verdicts}
    try:
        for index, cell in enumerate(nb.cells):
            if cell.cell_type != "code" or not cell.source.strip():
                continue
            grade_id = cell.metadata.get("nbgrader", {}).get("grade_id")
            if not cell.metadata.get("nbgrader", {}).get("grade"):
                status, ename, evalue, alive = await run_cell(runner, cell, index, timeout)
                if status != "ok" and error is None:
                    error = "the teacher's cell %d failed (%s: %s)" % (index, ename, evalue)
                if not alive:
                    error = "the judging kernel could not be restarted after cell %d" % index
                    break
                continue
            for submission in lesson["submissions"]:
                began = time.monotonic()
                trial = copy.deepcopy(cell)
                trial.outputs = []
                trial.source = with_input(cell.source, submission["cells"].get(grade_id, {"observations": [], "trouble": "this test cell did not run in your notebook"}))
                status, ename, evalue, alive = await run_cell(runner, trial, index, timeout)
                if runner.succeeded and runner.succeeded[-1] == trial.source:
                    runner.succeeded.pop()  # a judgement is not part of the notebook to replay
                stderr = stderr_of(trial)
                cap_outputs(trial)
                verdicts[submission["id"]][grade_id] = {"status": status, "ename": ename, "evalue": evalue, "stderr": stderr,
                                                        "outputs": trial.outputs, "seconds": round(time.monotonic() - began, 2)}
                if not alive:
                    error = "the judging kernel could not be restarted"
                    break
            if error and error.startswith("the judging kernel could not"):
                break
    finally:
        try:
            await runner.stop()
        except Exception:  # noqa: BLE001
            await runner.stop(now=True)
        runner.log.close()
    return {"error": error, "seconds": round(time.monotonic() - start, 2), "submissions": verdicts}


async def main_async(spec):
    asyncio.get_running_loop().set_exception_handler(quiet_dead_kernel_noise)
    gate = asyncio.Semaphore(max(1, int(spec.get("jobs", 1))))
    results = {}

    async def one(lesson):
        async with gate:
            try:
                results[lesson["lesson"]] = await judge_lesson(lesson, spec)
            except Exception as e:  # noqa: BLE001 - one lesson never stops the others
                results[lesson["lesson"]] = {"error": "%s: %s" % (type(e).__name__, e), "seconds": 0, "submissions": {}}

    await asyncio.gather(*(one(lesson) for lesson in spec["lessons"]))
    return results


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1]) as f:
        spec = json.load(f)
    results = asyncio.run(main_async(spec))
    with open(sys.argv[2], "w") as f:
        json.dump(results, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
