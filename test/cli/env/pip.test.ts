import { expect, test } from "vitest";
import { installArgs, withoutNoise } from "../../../src/cli/env/pip";

test("withoutNoise(stderr) drops pip's 'Location … is ignored' warnings and keeps real errors", () => {
  const stderr = [
    "WARNING: Location 'file:///opt/pypi-more/simple/jupyterlab/' is ignored: it is neither a file nor a directory.",
    "ERROR: Could not find a version that satisfies the requirement jupyterlab==4.6.6 (from versions: none)",
    "WARNING: Retrying (Retry(total=4)) after connection broken",
  ].join("\n");
  expect(withoutNoise(stderr)).toBe(
    "ERROR: Could not find a version that satisfies the requirement jupyterlab==4.6.6 (from versions: none)\nWARNING: Retrying (Retry(total=4)) after connection broken",
  );
});

test("installArgs(requirements, constraints) installs quietly from every requirement file under the constraints", () => {
  expect(installArgs(["r.txt"], "c.txt")).toEqual(["-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-input", "-r", "r.txt", "-c", "c.txt"]);
  expect(installArgs(["r.txt", "hub.txt"], "c.txt")).toEqual(["-m", "pip", "install", "-q", "--disable-pip-version-check", "--no-input", "-r", "r.txt", "-r", "hub.txt", "-c", "c.txt"]);
});
