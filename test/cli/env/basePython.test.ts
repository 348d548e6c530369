import { expect, test } from "vitest";
import { candidates, choosePython, Probe } from "../../../src/cli/env/basePython";

const fake = (table: Record<string, Omit<Probe, "python">>) => (python: string): Probe => table[python] ? { python, ...table[python] } : { python, venv: false };

test("candidates(env) is python3, python3.13 … python3.10, python; NNLAB_PYTHON alone when set", () => {
  expect(candidates({})).toEqual(["python3", "python3.13", "python3.12", "python3.11", "python3.10", "python"]);
  expect(candidates({ NNLAB_PYTHON: "/opt/py/bin/python3" })).toEqual(["/opt/py/bin/python3"]);
});

test("choosePython(names, probe) takes the first Python >= 3.10 that can make a venv", () => {
  const choice = choosePython(["python3", "python3.12", "python"], fake({ python3: { version: "3.9.18", venv: true }, "python3.12": { version: "3.12.1", venv: true } }));
  expect(choice).toEqual({ ok: true, probe: { python: "python3.12", version: "3.12.1", venv: true } });
});

test("choosePython skips a new-enough Python without venv when another has it", () => {
  const choice = choosePython(["python3", "python3.11"], fake({ python3: { version: "3.11.2", venv: false }, "python3.11": { version: "3.11.7", venv: true } }));
  expect(choice.ok && choice.probe.python).toBe("python3.11");
});

test("choosePython: only a Python without venv → says to install python3-venv (Debian) for that version", () => {
  const choice = choosePython(["python3"], fake({ python3: { version: "3.11.2", venv: false } }));
  expect(choice.ok).toBe(false);
  if (!choice.ok) {
    expect(choice.message).toContain("sudo apt install python3-venv");
    expect(choice.message).toContain("python3.11-venv");
  }
});

test("choosePython: only old Pythons → names them and the minimum 3.10", () => {
  const choice = choosePython(["python3", "python"], fake({ python3: { version: "3.9.18", venv: true }, python: { version: "2.7.18", venv: false } }));
  expect(choice.ok).toBe(false);
  if (!choice.ok) {
    expect(choice.message).toContain("Python 3.10 or newer");
    expect(choice.message).toContain("python3 (Python 3.9.18)");
    expect(choice.message).toContain("python (Python 2.7.18)");
  }
});

test("choosePython: no Python at all → says so, lists what was tried and how to use an existing JupyterLab", () => {
  const choice = choosePython(["python3", "python"], fake({}));
  expect(choice.ok).toBe(false);
  if (!choice.ok) {
    expect(choice.message).toContain("found no Python (tried python3, python)");
    expect(choice.message).toContain("NNLAB_JUPYTER_PYTHON=");
  }
});
